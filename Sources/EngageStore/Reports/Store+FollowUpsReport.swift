import EngageCore
import Postgres

extension Store {
    /// Follow-up requests for `scope`: one query of `FILTER`ed counts.
    ///
    /// `--region` and `--officer` keep authorities in that region, led by that officer; an authority
    /// is engaged when it had a presentation or workshop (not planned) in the period.
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func followUpsReport(_ scope: ReportScope) throws -> FollowUpsReport {
        try report(scope) { connection, conditions in
            let row = try connection.execute("""
                WITH scoped AS (
                    SELECT a.id FROM authorities a
                    WHERE \(conditions.inRegion("a.region")) AND \(conditions.byOfficer("a.lead_officer_id"))
                ),
                -- Only the requests a figure below counts: opened or closed in the period, or open
                -- now (at national scale, a third of them for a year).
                requests AS (
                    SELECT f.authority_id, f.opened_on, f.closed_on FROM followups f JOIN scoped ON scoped.id = f.authority_id
                    WHERE \(conditions.inPeriod("f.opened_on")) OR \(conditions.inPeriod("f.closed_on")) OR f.closed_on IS NULL
                ),
                engaged AS (
                    SELECT DISTINCT v.authority_id FROM activities v JOIN scoped ON scoped.id = v.authority_id
                    WHERE NOT v.planned AND v.kind IN ('presentation', 'workshop') AND \(conditions.inPeriod("v.occurred_on"))
                ),
                asked AS (SELECT DISTINCT authority_id FROM requests WHERE \(conditions.inPeriod("opened_on")))
                SELECT count(*) FILTER (WHERE \(conditions.inPeriod("opened_on")))::int AS opened,
                       count(*) FILTER (WHERE \(conditions.inPeriod("closed_on")))::int AS closed,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - opened_on)
                           FILTER (WHERE \(conditions.inPeriod("closed_on"))) AS median_days,
                       count(*) FILTER (WHERE closed_on IS NULL AND \(conditions.today) - opened_on <= 30)::int AS open_0_30,
                       count(*) FILTER (WHERE closed_on IS NULL AND \(conditions.today) - opened_on BETWEEN 31 AND 60)::int AS open_31_60,
                       count(*) FILTER (WHERE closed_on IS NULL AND \(conditions.today) - opened_on BETWEEN 61 AND 90)::int AS open_61_90,
                       count(*) FILTER (WHERE closed_on IS NULL AND \(conditions.today) - opened_on > 90)::int AS open_over_90,
                       (SELECT count(*) FROM engaged)::int AS engaged,
                       (SELECT count(*) FROM engaged JOIN asked USING (authority_id))::int AS engaged_asked
                FROM requests
                """).singleRow()
            return FollowUpsReport(
                scope: scope, opened: try row.decode("opened"), closed: try row.decode("closed"),
                medianDaysToClose: try row.decode("median_days"),
                openNow: .init(upTo30: try row.decode("open_0_30"), from31To60: try row.decode("open_31_60"),
                               from61To90: try row.decode("open_61_90"), over90: try row.decode("open_over_90")),
                engagedAuthorities: try row.decode("engaged"), engagedThatAsked: try row.decode("engaged_asked"))
        }
    }
}
