import EngageCore
import Postgres

extension Store {
    /// Adds a sector or locality briefing, with the authorities a locality briefing was written for.
    /// - Parameter draft: The validated briefing.
    /// - Returns: The stored briefing.
    /// - Throws: `EngageError.duplicate` when the title is taken (ignoring case), `.notFound` for an unknown authority.
    public func addBriefing(_ draft: Briefing.Draft) throws -> Briefing {
        try write { connection in
            if let existing = try findBriefing(titled: draft.title, in: connection) {
                throw EngageError(.duplicate, "briefing '\(existing.title)' already exists",
                                  hint: "titles are unique ignoring case; see 'engage briefing list'")
            }
            let authorities = try draft.authorities.map { try authorityForRecording(named: $0, in: connection) }
            let id = try connection.execute("""
                INSERT INTO briefings (title, kind, sector) VALUES (\(draft.title), \(draft.kind), \(draft.sector)) RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            for authority in authorities {
                try connection.execute("INSERT INTO briefing_localities (briefing_id, authority_id) VALUES (\(id), \(authority.id))")
            }
            let added = try Briefing(row: connection.execute(Self.briefingSelect + " WHERE b.id = \(id)").singleRow())
            try audit(connection, action: "briefing.add", entity: "briefing", id: id, details: AuditChange(after: added))
            return added
        }
    }

    /// Records one sending of a briefing to an authority, a network (created on first use) or an agency.
    /// - Parameter sending: The validated sending.
    /// - Returns: What was recorded.
    /// - Throws: `EngageError.notFound` for an unknown briefing, authority or agency.
    public func sendBriefing(_ sending: Briefing.Sending) throws -> Briefing.Dissemination {
        try write { connection in
            let briefing = try requireBriefing(titled: sending.title, in: connection)
            let target = try recipient(sending.recipient, in: connection)
            let id = try connection.execute("""
                INSERT INTO briefing_disseminations (briefing_id, authority_id, agency_id, network_id, sent_on)
                VALUES (\(briefing.id), \(target.authorityID), \(target.agencyID), \(target.networkID), \(sending.sentOn))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let sent = Briefing.Dissemination(id: id, briefing: briefing.title, recipientKind: target.kind,
                                              recipient: target.name, sentOn: sending.sentOn)
            try audit(connection, action: "briefing.send", entity: "briefing", id: briefing.id, details: AuditChange(after: sent))
            return sent
        }
    }

    /// Every briefing with how many times it was sent, by kind then title.
    public func briefings() throws -> [Briefing] {
        try read { connection in
            try connection.execute(Self.briefingSelect + " ORDER BY b.kind DESC, lower(b.title)").map(Briefing.init(row:))
        }
    }

    private struct Target {
        var kind: String
        var name: String
        var authorityID: Int64?
        var agencyID: Int64?
        var networkID: Int64?
    }

    private func recipient(_ recipient: Briefing.Recipient, in connection: Connection) throws -> Target {
        switch recipient {
        case .authority(let name):
            let authority = try authorityForRecording(named: name, in: connection)
            return Target(kind: "authority", name: authority.name, authorityID: authority.id)
        case .network(let name):
            let network = try network(named: name, in: connection)
            return Target(kind: "network", name: network.name, networkID: network.id)
        case .agency(let name, let authorityName):
            let authority = try authorityForRecording(named: authorityName, in: connection)
            guard let agency = try findAgency(named: name, authorityID: authority.id, in: connection) else {
                throw try unknownAgency(name, in: authority, connection: connection,
                                        hint: "record it first with 'engage agency add AUTHORITY --type TYPE --name NAME'")
            }
            return Target(kind: "agency", name: "\(agency.name) (\(authority.name))", agencyID: agency.id)
        }
    }

    /// The network of that name, ignoring case, added (and audited) when it is new. Two first uses
    /// at once both succeed: the second waits for the first and then finds its row.
    private func network(named name: String, in connection: Connection) throws -> (id: Int64, name: String) {
        if let added = try connection.execute("""
            INSERT INTO networks (name) VALUES (\(name)) ON CONFLICT ((lower(name))) DO NOTHING RETURNING id
            """).first {
            let id = try added.decode("id", as: Int64.self)
            try audit(connection, action: "network.add", entity: "network", id: id, details: AuditChange(after: ["name": name]))
            return (id, name)
        }
        let row = try connection.execute("SELECT id, name FROM networks WHERE lower(name) = lower(\(name))").singleRow()
        return (try row.decode("id"), try row.decode("name"))
    }

    private func findBriefing(titled title: String, in connection: Connection) throws -> Briefing? {
        try connection.execute(Self.briefingSelect + " WHERE lower(b.title) = lower(\(title))").first.map(Briefing.init(row:))
    }

    private func requireBriefing(titled title: String, in connection: Connection) throws -> Briefing {
        if let briefing = try findBriefing(titled: title, in: connection) { return briefing }
        let titles = try connection.execute("SELECT title FROM briefings").map { try $0.decode("title", as: String.self) }
        throw EngageError(.notFound, "no briefing titled '\(title)'", hint: NearestNames.hint(
            for: title, among: titles, otherwise: "see 'engage briefing list', or add it with 'engage briefing add'"))
    }

    private static let briefingSelect: Query = """
        SELECT b.id, b.title, b.kind, b.sector,
               coalesce((SELECT string_agg(a.name, chr(10) ORDER BY lower(a.name))
                         FROM briefing_localities l JOIN authorities a ON a.id = l.authority_id
                         WHERE l.briefing_id = b.id), '') AS authorities,
               (SELECT count(*) FROM briefing_disseminations d WHERE d.briefing_id = b.id) AS times_sent
        FROM briefings b
        """
}

extension Briefing.Kind: PostgresDecodable, PostgresEncodable {}

extension Briefing {
    init(row: Row) throws {
        let authorities = try row.decode("authorities", as: String.self)
        self.init(id: try row.decode("id"), title: try row.decode("title"), kind: try row.decode("kind"),
                  sector: try row.decode("sector"), authorities: authorities.split(separator: "\n").map(String.init),
                  timesSent: try row.decode("times_sent"))
    }
}
