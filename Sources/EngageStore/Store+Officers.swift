import EngageCore
import Postgres

extension Store {
    /// Adds an officer.
    /// - Parameter officer: The validated officer.
    /// - Returns: The stored officer.
    /// - Throws: `EngageError.duplicate` when the name is taken (ignoring case).
    public func addOfficer(_ officer: NewOfficer) throws -> Officer {
        try write { connection in
            if let existing = try findOfficer(named: officer.name, in: connection) {
                throw EngageError(.duplicate, "officer '\(existing.name)' already exists",
                                  hint: "pick another name (names are unique ignoring case), or see 'engage officer list'")
            }
            let id = try connection.execute("""
                INSERT INTO officers (name, region, active_cap) VALUES (\(officer.name), \(officer.region), \(officer.activeCap))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let added = try loadOfficer(id: id, in: connection)
            try audit(connection, action: "officer.add", entity: "officer", id: id, details: AuditChange(after: added))
            return added
        }
    }

    /// Every officer with their active load, by region then name.
    public func officers() throws -> [Officer] {
        try read { connection in
            try connection.execute(Self.officerSelect + " ORDER BY r.sort_order, lower(o.name)").map(Officer.init(row:))
        }
    }

    /// The officer of that name, ignoring case.
    /// - Throws: `EngageError.notFound`.
    public func officer(named name: String) throws -> Officer {
        try read { connection in try requireOfficer(named: name, in: connection) }
    }

    /// The officer of that name, or a not-found error suggesting the nearest names.
    func requireOfficer(named name: String, in connection: Connection) throws -> Officer {
        if let officer = try findOfficer(named: name, in: connection) { return officer }
        throw try notFound("officer", named: name, candidates: "SELECT name FROM officers",
                           otherwise: "see 'engage officer list'", in: connection)
    }

    func findOfficer(named name: String, in connection: Connection) throws -> Officer? {
        try connection.execute(Self.officerSelect + " WHERE lower(o.name) = lower(\(name))").first.map(Officer.init(row:))
    }

    private func loadOfficer(id: Int64, in connection: Connection) throws -> Officer {
        try Officer(row: connection.execute(Self.officerSelect + " WHERE o.id = \(id)").singleRow())
    }

    private static let officerSelect: Query = """
        SELECT o.id, o.name, o.region, o.active_cap, o.created_at,
               (SELECT count(*) FROM authorities a WHERE a.lead_officer_id = o.id AND a.status = 'active') AS active_count
        FROM officers o JOIN regions r ON r.key = o.region
        """
}

extension Officer {
    init(row: Row) throws {
        self.init(id: try row.decode("id"), name: try row.decode("name"), region: try row.decode("region"),
                  activeCap: try row.decode("active_cap"), activeCount: try row.decode("active_count"),
                  createdAt: try row.decode("created_at"))
    }
}
