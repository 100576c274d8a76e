import EngageCore
import Postgres

extension Store {
    /// Each officer's active authorities at each month's end against their cap (team totals by
    /// `GROUPING SETS`), and the authorities waitlisted and signposted per month: two queries over
    /// the `stage_changes` history.
    ///
    /// `--officer` shows that officer only; `--region` counts authorities in that region. The
    /// waitlisted and signposted counts follow `--region` only: those authorities have no lead.
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func capacityReport(_ scope: ReportScope) throws -> CapacityReport {
        try report(scope) { connection, conditions in
            let months = Self.reportMonths(conditions)
            var loads: [Day: (officers: [CapacityReport.OfficerLoad], team: Int)] = [:]
            for row in try connection.execute(Self.loadQuery(months: months, conditions)) {
                let month: Day = try row.decode("month")
                if loads[month] == nil { loads[month] = ([], 0) }
                if let officer = try row.decode("officer", as: String?.self) {
                    loads[month]?.officers.append(.init(officer: officer, active: try row.decode("active"), cap: try row.decode("cap")))
                } else {
                    loads[month]?.team = try row.decode("active")
                }
            }
            // Every month of the period, even when there are no officers.
            let turnedAway = try connection.execute(Self.turnedAwayQuery(months: months, conditions)).map { row in
                (month: try row.decode("month", as: Day.self), waitlisted: try row.decode("waitlisted", as: Int.self),
                 signposted: try row.decode("signposted", as: Int.self))
            }
            let teamCap = try connection.execute("SELECT team_cap FROM team_settings").first?.decode("team_cap", as: Int?.self) ?? nil
            return CapacityReport(scope: scope, teamCap: teamCap, months: turnedAway.map { month in
                CapacityReport.Month(first: month.month, officers: loads[month.month]?.officers ?? [], teamActive: loads[month.month]?.team ?? 0,
                                     waitlisted: month.waitlisted, signposted: month.signposted)
            })
        }
    }

    /// The months the period overlaps, each with the instant it ends; all time runs from the first
    /// recorded change (or today) to today's month.
    private static func reportMonths(_ conditions: ReportConditions) -> Query {
        let scope = conditions.scope
        return """
            SELECT m::date AS month, ((m + interval '1 month')::timestamp AT TIME ZONE \(scope.timeZone)::text) AS ends
            FROM generate_series(
                date_trunc('month', coalesce(\(scope.from), (SELECT min(\(conditions.day("changed_at"))) FROM stage_changes), \(conditions.today))),
                date_trunc('month', coalesce(\(scope.to), \(conditions.today))),
                interval '1 month') AS m
            """
    }

    /// Per month and officer (and per month for the team): authorities whose last change before
    /// the month's end left them active with that officer as lead.
    private static func loadQuery(months: Query, _ conditions: ReportConditions) -> Query {
        """
        WITH months AS (\(months)),
        state AS (
            SELECT mo.month, last.authority_id, last.to_status, last.officer_id
            FROM months mo
            CROSS JOIN LATERAL (
                SELECT DISTINCT ON (s.authority_id) s.authority_id, s.to_status, s.officer_id
                FROM stage_changes s WHERE s.changed_at < mo.ends
                ORDER BY s.authority_id, s.changed_at DESC, s.id DESC) AS last
        ),
        active AS (
            SELECT st.month, st.officer_id, st.authority_id FROM state st JOIN authorities a ON a.id = st.authority_id
            WHERE st.to_status = 'active' AND \(conditions.inRegion("a.region"))
        )
        SELECT mo.month, o.name AS officer, o.active_cap AS cap, count(ac.authority_id)::int AS active
        FROM months mo
        CROSS JOIN officers o
        JOIN regions r ON r.key = o.region
        LEFT JOIN active ac ON ac.month = mo.month AND ac.officer_id = o.id
        WHERE \(conditions.byOfficer("o.id"))
        GROUP BY GROUPING SETS ((mo.month, o.id, o.name, o.active_cap, r.sort_order), (mo.month))
        ORDER BY mo.month, GROUPING(o.id), r.sort_order, lower(o.name)
        """
    }

    /// Per month: authorities moved to the waitlist, and signposted, during it.
    private static func turnedAwayQuery(months: Query, _ conditions: ReportConditions) -> Query {
        """
        WITH months AS (\(months))
        SELECT mo.month,
               count(DISTINCT s.authority_id) FILTER (WHERE s.to_status = 'waitlisted')::int AS waitlisted,
               count(DISTINCT s.authority_id) FILTER (WHERE s.to_status = 'signposted')::int AS signposted
        FROM months mo
        LEFT JOIN (stage_changes s JOIN authorities a ON a.id = s.authority_id AND \(conditions.inRegion("a.region")))
            ON s.to_status IN ('waitlisted', 'signposted')
           AND \(conditions.day("s.changed_at")) >= mo.month AND \(conditions.day("s.changed_at")) < mo.month + interval '1 month'
        GROUP BY mo.month
        ORDER BY mo.month
        """
    }
}
