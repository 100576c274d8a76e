import EngageCore
import Postgres

extension Store {
    /// The sector × kind matrix for `scope`: one query, `GROUP BY CUBE` giving the cells, the row
    /// and column totals and the grand total.
    ///
    /// `--officer` keeps that officer's activities; `--region` leaves national activities out.
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func eventsReport(_ scope: ReportScope) throws -> EventsReport {
        try report(scope) { connection, conditions in
            let rows = try connection.execute("""
                SELECT v.sector, v.kind, GROUPING(v.sector, v.kind) AS level, count(*)::int AS n
                FROM activities v
                LEFT JOIN authorities a ON a.id = v.authority_id
                WHERE NOT v.planned AND \(conditions.inPeriod("v.occurred_on"))
                  AND \(conditions.byOfficer("v.officer_id")) AND \(conditions.inRegion("a.region"))
                GROUP BY CUBE (v.sector, v.kind)
                """)
            var cells: [EventsReport.Cell] = []
            var sectorTotals: [Sector?: Int] = [:]
            var kindTotals: [ActivityKind: Int] = [:]
            var total = 0
            for row in rows {
                let count: Int = try row.decode("n")
                let sector: Sector? = try row.decode("sector")
                let kind: ActivityKind? = try row.decode("kind")
                // GROUPING's bits: 2 when the sector is rolled up, 1 when the kind is.
                switch try row.decode("level", as: Int.self) {
                case 0: if let kind { cells.append(.init(sector: sector, kind: kind, count: count)) }
                case 1: sectorTotals[sector] = count
                case 2: if let kind { kindTotals[kind] = count }
                default: total = count
                }
            }
            return EventsReport(scope: scope, cells: cells, sectorTotals: sectorTotals, kindTotals: kindTotals, total: total)
        }
    }
}
