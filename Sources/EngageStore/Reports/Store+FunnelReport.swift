import EngageCore
import Postgres

extension Store {
    /// Authorities per status and per stage now, and each stage's stays in the period: two queries,
    /// the stays found with window functions over `stage_changes`.
    ///
    /// `--region` and `--officer` keep authorities in that region, led by that officer.
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func funnelReport(_ scope: ReportScope) throws -> FunnelReport {
        try report(scope) { connection, conditions in
            let scoped: Query = """
                SELECT a.id, a.status, a.stage FROM authorities a
                WHERE \(conditions.inRegion("a.region")) AND \(conditions.byOfficer("a.lead_officer_id"))
                """
            var statusCounts: [AuthorityStatus: Int] = [:]
            for row in try connection.execute("WITH scoped AS (\(scoped)) SELECT status, count(*)::int AS n FROM scoped GROUP BY status") {
                statusCounts[try row.decode("status")] = try row.decode("n")
            }
            let stages = try connection.execute(Self.stayQuery(scoped: scoped, conditions)).map { row in
                FunnelReport.StageFlow(
                    stage: try row.decode("stage"), activeNow: try row.decode("active_now"), entered: try row.decode("entered"),
                    left: try row.decode("left_"), stays: try row.decode("stays"), medianDays: try row.decode("median_days"),
                    maxDays: try row.decode("max_days"))
            }
            return FunnelReport(scope: scope, statusCounts: statusCounts, stages: stages)
        }
    }

    /// Per stage 1–4: active now, stays entered and left in the period, and the median and longest
    /// stay (in days) of the stays overlapping the period.
    ///
    /// A change that keeps status and stage (a reassignment) does not split a stay: only rows whose
    /// status or stage differ from the row before start one.
    private static func stayQuery(scoped: Query, _ conditions: ReportConditions) -> Query {
        """
        WITH scoped AS (\(scoped)),
        changes AS (
            SELECT s.authority_id, s.changed_at, s.to_status, s.to_stage,
                   lag(s.to_status) OVER w AS before_status, lag(s.to_stage) OVER w AS before_stage
            FROM stage_changes s JOIN scoped ON scoped.id = s.authority_id
            WINDOW w AS (PARTITION BY s.authority_id ORDER BY s.changed_at, s.id)
        ),
        boundaries AS (
            SELECT * FROM changes
            WHERE before_status IS DISTINCT FROM to_status OR before_stage IS DISTINCT FROM to_stage
        ),
        spans AS (
            SELECT to_status, to_stage, \(conditions.day("changed_at")) AS started,
                   \(conditions.day("lead(changed_at) OVER (PARTITION BY authority_id ORDER BY changed_at)")) AS ended
            FROM boundaries
        ),
        stays AS (
            SELECT to_stage AS stage, started, ended, coalesce(ended, \(conditions.today)) - started AS days,
                   started <= coalesce(\(conditions.scope.to), 'infinity'::date)
                       AND coalesce(ended, 'infinity'::date) >= coalesce(\(conditions.scope.from), '-infinity'::date) AS overlaps
            FROM spans WHERE to_status = 'active'
        )
        SELECT g.stage::smallint AS stage,
               (SELECT count(*) FROM scoped WHERE scoped.status = 'active' AND scoped.stage = g.stage)::int AS active_now,
               count(s.stage) FILTER (WHERE \(conditions.inPeriod("s.started")))::int AS entered,
               count(s.stage) FILTER (WHERE \(conditions.inPeriod("s.ended")))::int AS left_,
               count(s.stage) FILTER (WHERE s.overlaps)::int AS stays,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days) FILTER (WHERE s.overlaps) AS median_days,
               max(s.days) FILTER (WHERE s.overlaps) AS max_days
        FROM generate_series(1, 4) AS g (stage)
        LEFT JOIN stays s ON s.stage = g.stage
        GROUP BY g.stage
        ORDER BY g.stage
        """
    }
}
