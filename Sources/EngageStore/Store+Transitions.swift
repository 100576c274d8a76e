import EngageCore
import FoundationEssentials
import Postgres

/// The machinery every lifecycle change shares.
extension Store {
    /// Runs one lifecycle change in one transaction: lock the authority, check the action is
    /// allowed from its status, apply the change, record history and audit, suggest the next
    /// waitlisted authority when a place was freed.
    func transition(_ name: String, _ action: LifecycleAction, reason: String?, overridden: Bool = false,
                    apply: (Connection, Authority) throws -> Void) throws -> Transition {
        let reason = try reason.map { try Self.validatedReason($0) }
        return try write { connection in
            let before = try authorityForRecording(named: name, in: connection)
            try action.check(before)
            try apply(connection, before)
            let after = try requireAuthority(named: before.name, in: connection)
            try connection.execute("""
                INSERT INTO stage_changes (authority_id, from_status, to_status, from_stage, to_stage, officer_id, changed_by, reason, overridden)
                SELECT \(before.id), \(before.status), \(after.status), \(before.stage), \(after.stage), lead_officer_id,
                       \(actor), \(reason), \(overridden)
                FROM authorities WHERE id = \(before.id)
                """)
            try audit(connection, action: "authority.\(action.rawValue)", entity: "authority", id: before.id,
                      details: AuditChange(before: before, after: after, reason: reason))
            let transition = Transition(before: before, after: after)
            guard transition.freedPlace, let freed = before.leadOfficer else { return transition }
            return Transition(before: before, after: after, nextOnWaitlist: try nextWaitlisted(forRegionOf: freed, in: connection))
        }
    }

    /// Runs `body`, turning a cap's refusal into a sentence naming the officer or team, the cap
    /// and the authorities that fill it.
    func refusingOverCap<Value>(_ authority: String, officer: String, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let conflict as CapacityConflict {
            throw try capacityRefusal(conflict, authority: authority, officer: officer)
        }
    }

    /// Reads, after the refused transaction, who fills the cap that refused.
    func capacityRefusal(_ conflict: CapacityConflict, authority: String, officer: String) throws -> EngageError {
        try read { connection in
            switch conflict.scope {
            case .team:
                let cap = try connection.execute("SELECT team_cap FROM team_settings").singleRow().decode("team_cap", as: Int?.self) ?? 0
                let holders = try activeNames(where: "", in: connection)
                return CapacityExceeded(scope: .team, cap: cap, holders: holders).error(for: authority)
            case .officer:
                let lead = try requireOfficer(named: officer, in: connection)
                let holders = try activeNames(where: " AND lead_officer_id = \(lead.id)", in: connection)
                return CapacityExceeded(scope: .officer(lead.name), cap: lead.activeCap, holders: holders).error(for: authority)
            }
        }
    }

    /// The names of active authorities, filtered by `condition`, alphabetically.
    func activeNames(where condition: Query, in connection: Connection) throws -> [String] {
        try connection.execute("SELECT name FROM authorities WHERE status = 'active'" + condition + " ORDER BY name")
            .map { try $0.decode("name", as: String.self) }
    }

    /// The evidence the gates look at, in one query.
    func evidence(for authority: Int64, in connection: Connection) throws -> StageEvidence {
        let deliveries = ActivityKind.allCases.filter(\.isDelivery).map(\.rawValue)
        let row = try connection.execute("""
            WITH delivered AS (
                SELECT g.is_forum OR t.is_forum AS forum
                FROM activities a
                JOIN activity_agencies aa ON aa.activity_id = a.id
                JOIN agencies g ON g.id = aa.agency_id
                JOIN agency_types t ON t.key = g.type
                WHERE a.authority_id = \(authority) AND NOT a.planned AND a.kind = ANY(\(deliveries)::text[])
            )
            SELECT (SELECT count(*) FROM agencies WHERE authority_id = \(authority)) AS agencies,
                   (SELECT count(*) FROM briefing_localities l JOIN briefings b ON b.id = l.briefing_id
                     WHERE l.authority_id = \(authority) AND b.kind = 'locality') AS briefings,
                   (SELECT count(*) FROM delivered WHERE forum) AS forum,
                   (SELECT count(*) FROM delivered WHERE NOT forum) AS key_agency,
                   (SELECT count(*) FROM strategic_responses WHERE authority_id = \(authority)) AS responses
            """).singleRow()
        return StageEvidence(agenciesIdentified: try row.decode("agencies"), localityBriefings: try row.decode("briefings"),
                             forumDeliveries: try row.decode("forum"), keyAgencyDeliveries: try row.decode("key_agency"),
                             strategicResponses: try row.decode("responses"))
    }

    /// The oldest waitlisted authority in the region of the officer who freed a place, else the
    /// oldest waitlisted anywhere (a team place is free for it).
    private func nextWaitlisted(forRegionOf officer: String, in connection: Connection) throws -> WaitlistEntry? {
        try connection.execute("""
            SELECT a.name, a.region, a.status_changed_at FROM authorities a
            WHERE a.status = 'waitlisted'
            ORDER BY a.region = (SELECT region FROM officers WHERE lower(name) = lower(\(officer))) DESC, a.status_changed_at, a.id
            LIMIT 1
            """).first.map { row in
                WaitlistEntry(authority: try row.decode("name"), region: try row.decode("region"), since: try row.decode("status_changed_at"))
            }
    }

    private static func validatedReason(_ reason: String) throws(EngageError) -> String {
        let trimmed = reason.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            throw EngageError(.invalid, "the reason is empty", hint: "say why in a few words, or leave the option out")
        }
        return trimmed
    }
}
