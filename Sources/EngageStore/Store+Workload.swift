import EngageCore
import FoundationEssentials
import Postgres

extension Store {
    /// Each officer's active authorities (stage, days in stage, open follow-ups) against their cap,
    /// the team's cap, and the waitlist per region: two queries.
    /// - Parameter now: The moment "days in stage" counts to.
    public func workload(now: Date = Date()) throws -> Workload {
        try consistentRead { connection in
            var loads: [(name: String, region: Region, cap: Int, openFollowUps: Int, active: [Workload.ActiveAuthority])] = []
            // Open follow-ups are counted once and joined, not counted again for every row.
            for row in try connection.execute("""
                WITH open AS (
                    SELECT authority_id, count(*)::int AS n FROM followups WHERE closed_on IS NULL GROUP BY authority_id
                ), per_officer AS (
                    SELECT l.lead_officer_id AS officer_id, sum(open.n)::int AS n
                    FROM open JOIN authorities l ON l.id = open.authority_id GROUP BY l.lead_officer_id
                )
                SELECT o.name AS officer, o.region, o.active_cap, coalesce(po.n, 0) AS officer_followups,
                       a.name AS authority, a.stage, a.stage_changed_at, coalesce(op.n, 0) AS followups
                FROM officers o
                JOIN regions r ON r.key = o.region
                LEFT JOIN per_officer po ON po.officer_id = o.id
                LEFT JOIN authorities a ON a.lead_officer_id = o.id AND a.status = 'active'
                LEFT JOIN open op ON op.authority_id = a.id
                ORDER BY r.sort_order, lower(o.name), a.stage DESC, a.stage_changed_at, lower(a.name)
                """) {
                let officer: String = try row.decode("officer")
                if loads.last?.name != officer {
                    loads.append((officer, try row.decode("region"), try row.decode("active_cap"), try row.decode("officer_followups"), []))
                }
                guard let name = try row.decode("authority", as: String?.self) else { continue }
                let since: Date = try row.decode("stage_changed_at")
                loads[loads.count - 1].active.append(Workload.ActiveAuthority(
                    name: name, stage: try row.decode("stage"), daysInStage: max(0, Int(now.timeIntervalSince(since) / 86_400)),
                    openFollowUps: try row.decode("followups")))
            }
            // One row per region with a waitlist (or one row of NULLs), each carrying the team's figures.
            let rows = try connection.execute("""
                SELECT t.team_cap, t.active_count, w.region, w.waiting
                FROM team_settings t
                LEFT JOIN (SELECT a.region, count(*) AS waiting, min(r.sort_order) AS sort_order
                           FROM authorities a JOIN regions r ON r.key = a.region
                           WHERE a.status = 'waitlisted' GROUP BY a.region) w ON true
                ORDER BY w.sort_order
                """)
            guard let first = rows.first else { throw EngageError(.refused, "the team settings row is missing", hint: "run 'engage migrate'") }
            let waitlist = try rows.compactMap { row -> Workload.RegionWaitlist? in
                guard let region = try row.decode("region", as: Region?.self) else { return nil }
                return Workload.RegionWaitlist(region: region, waiting: try row.decode("waiting"))
            }
            return Workload(
                officers: loads.map { .init(name: $0.name, region: $0.region, cap: $0.cap, active: $0.active, openFollowUps: $0.openFollowUps) },
                team: TeamCapacity(cap: try first.decode("team_cap"), active: try first.decode("active_count")),
                waitlist: waitlist)
        }
    }
}
