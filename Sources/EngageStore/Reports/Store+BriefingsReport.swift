import EngageCore
import Postgres

extension Store {
    /// Each briefing sent in the period, where it went and how often: two queries (the counts per
    /// briefing with a grand total by `GROUPING SETS`, then the places).
    ///
    /// `--officer` keeps that officer's sendings; `--region` keeps sendings to authorities, and to
    /// agencies of authorities, in the region (networks are national).
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func briefingsReport(_ scope: ReportScope) throws -> BriefingsReport {
        try report(scope) { connection, conditions in
            let sent: Query = """
                SELECT d.briefing_id, d.authority_id, d.agency_id, d.network_id, d.sent_on
                FROM briefing_disseminations d
                LEFT JOIN agencies g ON g.id = d.agency_id
                LEFT JOIN authorities a ON a.id = coalesce(d.authority_id, g.authority_id)
                WHERE \(conditions.inPeriod("d.sent_on")) AND \(conditions.byOfficer("d.officer_id"))
                  AND \(conditions.inRegion("a.region"))
                """
            let counts = try connection.execute("""
                WITH sent AS (\(sent))
                SELECT b.id, b.title, b.kind, b.published_on, GROUPING(b.id) AS level, count(*)::int AS sendings,
                       count(DISTINCT s.authority_id)::int AS authorities, count(DISTINCT s.agency_id)::int AS agencies,
                       count(DISTINCT s.network_id)::int AS networks
                FROM sent s JOIN briefings b ON b.id = s.briefing_id
                GROUP BY GROUPING SETS ((b.id, b.title, b.kind, b.published_on), ())
                ORDER BY GROUPING(b.id), b.published_on NULLS LAST, lower(b.title)
                """)
            let targets = try connection.execute("""
                WITH sent AS (\(sent))
                SELECT s.briefing_id AS id,
                       CASE WHEN s.authority_id IS NOT NULL THEN 'authority' WHEN s.agency_id IS NOT NULL THEN 'agency'
                            ELSE 'network' END AS kind,
                       coalesce(a.name, g.name, n.name) AS name, count(*)::int AS times
                FROM sent s
                LEFT JOIN authorities a ON a.id = s.authority_id
                LEFT JOIN agencies g ON g.id = s.agency_id
                LEFT JOIN networks n ON n.id = s.network_id
                GROUP BY s.briefing_id, 2, 3
                ORDER BY min(s.sent_on), lower(coalesce(a.name, g.name, n.name))
                """)
            var places: [Int64: [BriefingsReport.Target]] = [:]
            for row in targets {
                let kind = BriefingsReport.TargetKind(rawValue: try row.decode("kind")) ?? .network
                places[try row.decode("id"), default: []].append(.init(kind: kind, name: try row.decode("name"), times: try row.decode("times")))
            }
            var entries: [BriefingsReport.Entry] = []
            var total = BriefingsReport.Counts(sendings: 0, authorities: 0, agencies: 0, networks: 0)
            for row in counts {
                let numbers = BriefingsReport.Counts(sendings: try row.decode("sendings"), authorities: try row.decode("authorities"),
                                                     agencies: try row.decode("agencies"), networks: try row.decode("networks"))
                guard try row.decode("level", as: Int.self) == 0 else { total = numbers; continue }
                let id: Int64 = try row.decode("id")
                entries.append(.init(title: try row.decode("title"), kind: try row.decode("kind"), publishedOn: try row.decode("published_on"),
                                     counts: numbers, targets: places[id] ?? []))
            }
            return BriefingsReport(scope: scope, briefings: entries, total: total)
        }
    }
}
