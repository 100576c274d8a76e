import EngageCore
import Postgres

extension Store {
    /// The authority × agency type matrix for `scope`, with its totals: the marks, then the agency
    /// types in the evaluation's order.
    ///
    /// `--officer` keeps marks from that officer's activities, and agencies recorded as reached in
    /// authorities that officer leads.
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func agenciesReport(_ scope: ReportScope) throws -> AgenciesReport {
        try report(scope) { connection, conditions in
            let marks = Self.agencyMarks(conditions)
            let rows = try connection.execute("""
                WITH marks AS (\(marks))
                SELECT a.name AS authority, a.region, m.type
                FROM marks m
                JOIN authorities a ON a.id = m.authority_id
                JOIN regions r ON r.key = a.region
                JOIN agency_types t ON t.key = m.type
                ORDER BY r.sort_order, lower(a.name), t.sort_order
                """)
            var matrix: [AgenciesReport.Row] = []
            for row in rows {
                let authority: String = try row.decode("authority")
                let type: AgencyType = try row.decode("type")
                if matrix.last?.authority == authority {
                    let last = matrix.removeLast()
                    matrix.append(.init(authority: authority, region: last.region, types: last.types + [type]))
                } else {
                    matrix.append(.init(authority: authority, region: try row.decode("region"), types: [type]))
                }
            }
            // The totals are counted from the rows rather than from the marks again: at national
            // scale the marks cost a second of the report's time each.
            let columns = try connection.execute("SELECT key FROM agency_types ORDER BY sort_order")
                .map { try $0.decode("key", as: AgencyType.self) }
            return AgenciesReport(scope: scope, rows: matrix, columns: columns)
        }
    }

    /// One row per (authority, agency type) reached in the scope: by an activity that happened in
    /// the period (the agency's authority, else the activity's), or by an agency's `reached_on`.
    static func agencyMarks(_ conditions: ReportConditions) -> Query {
        """
        SELECT coalesce(g.authority_id, v.authority_id) AS authority_id, g.type
        FROM activities v
        JOIN activity_agencies aa ON aa.activity_id = v.id
        JOIN agencies g ON g.id = aa.agency_id
        JOIN authorities a ON a.id = coalesce(g.authority_id, v.authority_id)
        WHERE NOT v.planned AND \(conditions.inPeriod("v.occurred_on"))
          AND \(conditions.byOfficer("v.officer_id")) AND \(conditions.inRegion("a.region"))
        UNION
        SELECT g.authority_id, g.type
        FROM agencies g
        JOIN authorities a ON a.id = g.authority_id
        WHERE \(conditions.inPeriod("g.reached_on"))
          AND \(conditions.byOfficer("a.lead_officer_id")) AND \(conditions.inRegion("a.region"))
        """
    }
}
