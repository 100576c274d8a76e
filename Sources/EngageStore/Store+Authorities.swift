import EngageCore
import Postgres

extension Store {
    /// Adds an authority as a prospect.
    /// - Parameter authority: The validated authority.
    /// - Returns: The stored authority.
    /// - Throws: `EngageError.duplicate` when the name is taken (ignoring case).
    public func addAuthority(_ authority: NewAuthority) throws -> Authority {
        try write { connection in
            if let existing = try findAuthority(named: authority.name, in: connection) {
                throw EngageError(.duplicate, "authority '\(existing.name)' already exists",
                                  hint: "names are unique ignoring case; see 'engage authority show \(existing.name)'")
            }
            let id = try connection.execute("""
                INSERT INTO authorities (name, region, profile) VALUES (\(authority.name), \(authority.region), \(authority.profile))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            try connection.execute("""
                INSERT INTO stage_changes (authority_id, to_status, changed_by, reason)
                VALUES (\(id), 'prospect', \(actor), 'added')
                """)
            let added = try Authority(row: connection.execute(Self.authoritySelect + " WHERE a.id = \(id)").singleRow())
            try audit(connection, action: "authority.add", entity: "authority", id: id, details: AuditChange(after: added))
            return added
        }
    }

    /// The authorities that pass `filter`, by region then name.
    /// - Parameter filter: Which to show; filters combine.
    public func authorities(_ filter: AuthorityFilter = AuthorityFilter()) throws -> [Authority] {
        try read { connection in
            var query = Self.authoritySelect
            query.append(" WHERE true")
            if let status = filter.status { query.append(" AND a.status = \(status)") }
            if let region = filter.region { query.append(" AND a.region = \(region)") }
            if let stage = filter.stage { query.append(" AND a.stage = \(stage)") }
            if let officer = filter.officer {
                let lead = try requireOfficer(named: officer, in: connection)
                query.append(" AND a.lead_officer_id = \(lead.id)")
            }
            query.append(" ORDER BY r.sort_order, lower(a.name)")
            return try connection.execute(query).map(Authority.init(row:))
        }
    }

    /// The authority of that name, ignoring case.
    /// - Throws: `EngageError.notFound`, suggesting the nearest names.
    public func authority(named name: String) throws -> Authority {
        try read { connection in try requireAuthority(named: name, in: connection) }
    }

    /// The authority with what has been recorded for it, its latest assessment and its open
    /// work-plan actions.
    /// - Parameters:
    ///   - name: The authority's name, in any case.
    ///   - today: The day that decides which actions are overdue.
    /// - Throws: `EngageError.notFound`, suggesting the nearest names.
    public func overview(of name: String, today: Day = .today()) throws -> AuthorityOverview {
        try consistentRead { connection in
            let authority = try requireAuthority(named: name, in: connection)
            let row = try connection.execute("""
                SELECT (SELECT count(*) FROM activities WHERE authority_id = \(authority.id) AND NOT planned) AS activities,
                       (SELECT max(occurred_on) FROM activities WHERE authority_id = \(authority.id) AND NOT planned) AS last_activity,
                       (SELECT count(*) FROM followups WHERE authority_id = \(authority.id) AND closed_on IS NULL) AS open_followups,
                       (SELECT count(*) FROM contacts WHERE authority_id = \(authority.id)) AS contacts
                """).singleRow()
            return AuthorityOverview(
                authority: authority, evidence: try evidence(for: authority.id, in: connection),
                activities: try row.decode("activities"), lastActivity: try row.decode("last_activity"),
                openFollowUps: try row.decode("open_followups"), contacts: try row.decode("contacts"),
                latestAssessment: try latestAssessment(authorityId: authority.id, in: connection),
                openPlanActions: try planActions(PlanAction.Filter(authority: authority.name, openOnly: true, today: today), in: connection)
                    .map { AwaitingAction($0, today: today) })
        }
    }

    /// The authority of that name, or a not-found error suggesting the nearest names.
    /// - Parameter lock: Whether to lock its row until the transaction ends, then read it as it
    ///   stands once any change that held the lock committed.
    func requireAuthority(named name: String, in connection: Connection, lock: Bool = false) throws -> Authority {
        // Locked in a statement of its own: a joined SELECT … FOR UPDATE that waited would re-check
        // the new row against the joined rows it read before waiting (a new lead would vanish).
        if lock { try connection.execute("SELECT id FROM authorities WHERE lower(name) = lower(\(name)) FOR UPDATE") }
        let query = Self.authoritySelect + " WHERE lower(a.name) = lower(\(name))"
        if let authority = try connection.execute(query).first.map(Authority.init(row:)) { return authority }
        throw try notFound("authority", named: name, candidates: "SELECT name FROM authorities",
                           otherwise: "see 'engage authority list', or add it with 'engage authority add'", in: connection)
    }

    func findAuthority(named name: String, in connection: Connection) throws -> Authority? {
        try connection.execute(Self.authoritySelect + " WHERE lower(a.name) = lower(\(name))").first.map(Authority.init(row:))
    }

    static let authoritySelect: Query = """
        SELECT a.id, a.name, a.region, a.status, a.stage, o.name AS lead_officer, a.signposted_to, a.profile,
               a.status_changed_at, a.stage_changed_at, a.created_at
        FROM authorities a
        JOIN regions r ON r.key = a.region
        LEFT JOIN officers o ON o.id = a.lead_officer_id
        """
}

extension Authority {
    init(row: Row) throws {
        self.init(id: try row.decode("id"), name: try row.decode("name"), region: try row.decode("region"),
                  status: try row.decode("status"), stage: try row.decode("stage"),
                  leadOfficer: try row.decode("lead_officer"), signpostedTo: try row.decode("signposted_to"),
                  profile: try row.decode("profile"), statusChangedAt: try row.decode("status_changed_at"),
                  stageChangedAt: try row.decode("stage_changed_at"), createdAt: try row.decode("created_at"))
    }
}
