import EngageCore
import Postgres

extension Store {
    /// Records a follow-up request for an authority, optionally from one of its contacts.
    ///
    /// The audit row names the contact by id only, so that erasing the contact leaves no copy
    /// of its personal data here.
    /// - Parameter request: The validated request.
    /// - Returns: The stored follow-up, with its authority's status (see `FollowUp.needsNewWork`).
    /// - Throws: `EngageError.notFound` for an unknown authority or contact.
    public func addFollowUp(_ request: NewFollowUp) throws -> FollowUp {
        try write { connection in
            let authority = try authorityForRecording(named: request.authority, in: connection)
            let contact = try request.contact.map { try requireContact(named: $0, in: authority, connection: connection) }
            let id = try connection.execute("""
                INSERT INTO followups (authority_id, contact_id, request, kind, opened_on, due_on)
                VALUES (\(authority.id), \(contact?.id), \(request.summary), \(request.kind), \(request.openedOn), \(request.dueOn))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let added = try loadFollowUp(id: id, in: connection)
            try audit(connection, action: "followup.add", entity: "followup", id: id, details: AuditChange(after: added))
            return added
        }
    }

    /// The open follow-ups that pass `filter`, oldest first (by opening date, then id).
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func openFollowUps(_ filter: FollowUp.Filter) throws -> [FollowUp] {
        try read { connection in
            var query = Self.followUpSelect + " WHERE f.closed_on IS NULL"
            if let officer = filter.officer {
                query.append(" AND a.lead_officer_id = \(try requireOfficer(named: officer, in: connection).id)")
            }
            if let region = filter.region { query.append(" AND a.region = \(region)") }
            query.append(" ORDER BY f.opened_on, f.id")
            let open = try connection.execute(query).decodeRows(FollowUp.self)
            return filter.overdueOnly ? open.filter { $0.isOverdue(today: filter.today) } : open
        }
    }

    /// Every follow-up of one authority: the open ones first, oldest first (by opening date, then
    /// id), then the done ones, the most recently done first (by closing date, then id, both
    /// descending).
    /// - Parameter authority: The authority's name, in any case.
    /// - Throws: `EngageError.notFound` for an unknown authority, suggesting the nearest names.
    public func followUps(of authority: String) throws -> [FollowUp] {
        try read { connection in
            let found = try requireAuthority(named: authority, in: connection)
            return try connection.execute(Self.followUpSelect + """
                 WHERE f.authority_id = \(found.id)
                ORDER BY f.closed_on IS NOT NULL,
                         CASE WHEN f.closed_on IS NULL THEN f.opened_on END, CASE WHEN f.closed_on IS NULL THEN f.id END,
                         f.closed_on DESC, f.id DESC
                """).decodeRows(FollowUp.self)
        }
    }

    /// Marks a follow-up done with what was done.
    /// - Parameters:
    ///   - id: The follow-up's id.
    ///   - outcome: What was done.
    ///   - date: When.
    ///   - today: Today, which `date` may not be after.
    /// - Returns: The follow-up as it now stands.
    /// - Throws: `EngageError.notFound` for an unknown id, `.refused` when already done, `.invalid` for
    ///   a blank outcome or a date outside its life.
    public func completeFollowUp(id: Int64, outcome: String, on date: Day, today: Day) throws -> FollowUp {
        try write { connection in
            guard let before = try connection.execute(Self.followUpSelect + " WHERE f.id = \(id) FOR UPDATE OF f")
                .decodeFirst(FollowUp.self) else {
                throw EngageError(.notFound, "no follow-up with id \(id)", hint: "see 'engage followup list' for the open ones")
            }
            _ = try authorityForRecording(named: before.authority, in: connection)
            let text = try before.checkCompletion(outcome: outcome, on: date, today: today)
            try connection.execute("UPDATE followups SET closed_on = \(date), outcome = \(text) WHERE id = \(id)")
            let after = try loadFollowUp(id: id, in: connection)
            try audit(connection, action: "followup.done", entity: "followup", id: id, details: AuditChange(before: before, after: after))
            return after
        }
    }

    /// One follow-up by id.
    /// - Throws: `EngageError.notFound` for an unknown id.
    public func followUp(id: Int64) throws -> FollowUp {
        try read { connection in
            guard let found = try connection.execute(Self.followUpSelect + " WHERE f.id = \(id)").decodeFirst(FollowUp.self) else {
                throw EngageError(.notFound, "no follow-up with id \(id)", hint: "see the follow-ups page for the open ones")
            }
            return found
        }
    }

    private func loadFollowUp(id: Int64, in connection: Connection) throws -> FollowUp {
        try connection.execute(Self.followUpSelect + " WHERE f.id = \(id)").decodeSingle(FollowUp.self)
    }

    static let followUpSelect: Query = """
        SELECT f.id, a.name AS authority, a.region, a.status AS authority_status, o.name AS lead_officer,
               f.request, f.kind, f.contact_id, f.opened_on, f.due_on, f.closed_on, f.outcome
        FROM followups f
        JOIN authorities a ON a.id = f.authority_id
        LEFT JOIN officers o ON o.id = a.lead_officer_id
        """
}

extension FollowUp.Kind: PostgresDecodable, PostgresEncodable {}

extension FollowUp: RowDecodable {
    static let columns = ["id", "authority", "region", "authority_status", "lead_officer", "request", "kind", "contact_id",
                          "opened_on", "due_on", "closed_on", "outcome"]

    init(row: Row) throws {
        var cells = row.cells
        self.init(id: try cells.next(), authority: try cells.next(), region: try cells.next(), authorityStatus: try cells.next(),
                  leadOfficer: try cells.next(), summary: try cells.next(), kind: try cells.next(), contactId: try cells.next(),
                  openedOn: try cells.next(), dueOn: try cells.next(), closedOn: try cells.next(), outcome: try cells.next())
    }
}
