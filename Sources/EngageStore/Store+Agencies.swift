import EngageCore
import Postgres

extension Store {
    /// Records an agency identified in an authority.
    /// - Parameter agency: The validated agency.
    /// - Returns: The stored agency.
    /// - Throws: `EngageError.notFound` for an unknown authority, `.duplicate` when the authority
    ///   already has an agency of that name (ignoring case).
    public func addAgency(_ agency: NewAgency) throws -> Agency {
        try write { connection in
            let authority = try authorityForRecording(named: agency.authority, in: connection)
            if let existing = try findAgency(named: agency.name, authorityID: authority.id, in: connection) {
                throw EngageError(.duplicate, "\(authority.name) already has an agency named '\(existing.name)'",
                                  hint: "names are unique per authority ignoring case; see 'engage agency list \(commandWord(authority.name))'")
            }
            return try insertAgency(name: agency.name, type: agency.type, isForum: agency.isForum,
                                    identifiedOn: agency.identifiedOn, authorityID: authority.id, in: connection)
        }
    }

    /// The agencies of one authority, or of all, by authority then type then name.
    /// - Parameters:
    ///   - authority: An authority's name; nil for every authority.
    ///   - type: Only agencies of this type.
    /// - Throws: `EngageError.notFound` for an unknown authority.
    public func agencies(in authority: String? = nil, type: AgencyType? = nil) throws -> [Agency] {
        try read { connection in
            var query = Self.agencySelect + " WHERE true"
            if let authority { query.append(" AND g.authority_id = \(try requireAuthority(named: authority, in: connection).id)") }
            if let type { query.append(" AND g.type = \(type)") }
            query.append(" ORDER BY lower(a.name), t.sort_order, lower(g.name)")
            return try connection.execute(query).map(Agency.init(row:))
        }
    }

    /// Inserts an agency and its audit row, inside the caller's transaction.
    func insertAgency(name: String, type: AgencyType, isForum: Bool, identifiedOn: Day, authorityID: Int64,
                      in connection: Connection) throws -> Agency {
        let id = try connection.execute("""
            INSERT INTO agencies (authority_id, name, type, is_forum, identified_on)
            VALUES (\(authorityID), \(name), \(type), \(isForum), \(identifiedOn))
            RETURNING id
            """).singleRow().decode("id", as: Int64.self)
        let added = try loadAgency(id: id, in: connection)
        try audit(connection, action: "agency.add", entity: "agency", id: id, details: AuditChange(after: added))
        return added
    }

    func findAgency(named name: String, authorityID: Int64, in connection: Connection) throws -> Agency? {
        try connection.execute(Self.agencySelect + " WHERE g.authority_id = \(authorityID) AND lower(g.name) = lower(\(name))")
            .first.map(Agency.init(row:))
    }

    /// The refusal for an agency name unknown in the authority, suggesting the nearest of its agencies.
    func unknownAgency(_ name: String, in authority: Authority, connection: Connection, hint extra: String) throws -> EngageError {
        let names = try connection.execute("SELECT name FROM agencies WHERE authority_id = \(authority.id)")
            .map { try $0.decode("name", as: String.self) }
        let near = NearestNames.suggestions(for: name, among: names)
        let suggestion = near.isEmpty ? "" : "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "? "
        return EngageError(.notFound, "no agency named '\(name)' in \(authority.name)", hint: suggestion + extra)
    }

    func loadAgency(id: Int64, in connection: Connection) throws -> Agency {
        try Agency(row: connection.execute(Self.agencySelect + " WHERE g.id = \(id)").singleRow())
    }

    static let agencySelect: Query = """
        SELECT g.id, a.name AS authority, g.name, g.type, g.is_forum, g.identified_on, g.reached_on
        FROM agencies g
        JOIN agency_types t ON t.key = g.type
        LEFT JOIN authorities a ON a.id = g.authority_id
        """
}

/// A name as typed in a suggested command: quoted when it has spaces.
private func commandWord(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }

extension Agency {
    init(row: Row) throws {
        self.init(id: try row.decode("id"), authority: try row.decode("authority"), name: try row.decode("name"),
                  type: try row.decode("type"), isForum: try row.decode("is_forum"),
                  identifiedOn: try row.decode("identified_on"), reachedOn: try row.decode("reached_on"))
    }
}
