import EngageCore
import Postgres

extension Store {
    /// The headline counts for `scope`: two queries (the counts, then events per kind).
    ///
    /// `--officer` keeps that officer's activities and sendings, and the requests of authorities
    /// that officer leads; briefings published have no officer and are counted whatever it is.
    /// `--region` keeps records of authorities in the region: national activities, networks and
    /// sector briefings are left out (a locality briefing counts when one of its authorities is in it).
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func summaryReport(_ scope: ReportScope) throws -> SummaryReport {
        try summaryReport(scope, severalTypes: nil)
    }

    /// The summary, taking the authorities reached through several agency types from the
    /// agencies report of the same scope when given (the period report has it), which saves
    /// running the agency marks a second time.
    func summaryReport(_ scope: ReportScope, severalTypes: Int?) throws -> SummaryReport {
        try report(scope) { connection, conditions in
            let counted: Query = """
                SELECT v.kind, v.authority_id FROM activities v LEFT JOIN authorities a ON a.id = v.authority_id
                WHERE NOT v.planned AND \(conditions.inPeriod("v.occurred_on"))
                  AND \(conditions.byOfficer("v.officer_id")) AND \(conditions.inRegion("a.region"))
                """
            var kinds: [ActivityKind: Int] = [:]
            var events = 0
            for row in try connection.execute("WITH counted AS (\(counted)) SELECT kind, count(*)::int AS n FROM counted GROUP BY ROLLUP (kind)") {
                if let kind = try row.decode("kind", as: ActivityKind?.self) { kinds[kind] = try row.decode("n") } else { events = try row.decode("n") }
            }
            let row = try connection.execute(Self.headlineQuery(counted: counted, conditions, severalTypes: severalTypes)).singleRow()
            return SummaryReport(
                scope: scope, authoritiesEngaged: try row.decode("engaged"), authoritiesReachedThroughSeveralTypes: try severalTypes ?? row.decode("several"),
                presentations: try row.decode("presentations"), workshops: try row.decode("workshops"), events: events,
                eventCounts: kinds, briefingsPublished: try row.decode("briefings"), disseminations: try row.decode("sendings"),
                authoritiesAskingForMore: try row.decode("asking"))
        }
    }

    private static func headlineQuery(counted: Query, _ conditions: ReportConditions, severalTypes: Int?) -> Query {
        let marks: Query = severalTypes == nil ? ", marks AS (\(agencyMarks(conditions)))" : ""
        let several: Query = severalTypes == nil
            ? "(SELECT count(*) FROM (SELECT authority_id FROM marks GROUP BY authority_id HAVING count(*) > 1) AS several)::int"
            : "NULL::int"
        return """
        WITH counted AS (\(counted))\(marks)
        SELECT
            (SELECT count(DISTINCT authority_id) FROM counted WHERE kind IN ('presentation', 'workshop'))::int AS engaged,
            \(several) AS several,
            (SELECT count(*) FILTER (WHERE kind = 'presentation') FROM counted)::int AS presentations,
            (SELECT count(*) FILTER (WHERE kind = 'workshop') FROM counted)::int AS workshops,
            (SELECT count(*) FROM briefings b
             WHERE \(conditions.inPeriod("b.published_on"))
               AND (\(conditions.scope.region)::text IS NULL OR EXISTS (
                    SELECT FROM briefing_localities l JOIN authorities a ON a.id = l.authority_id
                    WHERE l.briefing_id = b.id AND \(conditions.inRegion("a.region")))))::int AS briefings,
            (SELECT count(*) FROM briefing_disseminations d
             LEFT JOIN agencies g ON g.id = d.agency_id
             LEFT JOIN authorities a ON a.id = coalesce(d.authority_id, g.authority_id)
             WHERE \(conditions.inPeriod("d.sent_on")) AND \(conditions.byOfficer("d.officer_id"))
               AND \(conditions.inRegion("a.region")))::int AS sendings,
            (SELECT count(DISTINCT f.authority_id) FROM followups f JOIN authorities a ON a.id = f.authority_id
             WHERE \(conditions.inPeriod("f.opened_on")) AND \(conditions.inRegion("a.region"))
               AND \(conditions.byOfficer("a.lead_officer_id")))::int AS asking
        """
    }
}
