import EngageCore
import Postgres

extension Store {
    /// Outcomes for `scope`: two queries, the first and latest rating per authority and statement
    /// found with window functions over the assessments in the period, then the evidence gap.
    ///
    /// `--region` and `--officer` keep authorities in that region, led by that officer now.
    /// - Throws: `EngageError.notFound` for an unknown officer.
    public func outcomesReport(_ scope: ReportScope) throws -> OutcomesReport {
        try report(scope) { connection, conditions in
            let scoped: Query = """
                SELECT a.id, a.name, a.region, a.status, a.lead_officer_id FROM authorities a
                WHERE \(conditions.inRegion("a.region")) AND \(conditions.byOfficer("a.lead_officer_id"))
                """
            let statements = try connection.execute(Self.movementQuery(scoped: scoped, conditions)).map { row in
                OutcomesReport.StatementOutcome(
                    statement: try row.decode("key"), title: try row.decode("title"), authorities: try row.decode("authorities"),
                    rose: try row.decode("rose"), stayed: try row.decode("stayed"), fell: try row.decode("fell"),
                    medianChange: try row.decode("median_change"))
            }
            let gap = try connection.execute(Self.evidenceGapQuery(scoped: scoped, conditions)).map { row in
                OutcomesReport.EvidenceGap(authority: try row.decode("name"), region: try row.decode("region"),
                                           officer: try row.decode("officer"), completedOn: try row.decode("completed_on"))
            }
            return OutcomesReport(scope: scope, statements: statements, evidenceGap: gap)
        }
    }

    /// Per statement, in order: authorities with two or more ratings of it in the period, how many
    /// rose, stayed or fell from the first to the latest, and the median of latest − first.
    private static func movementQuery(scoped: Query, _ conditions: ReportConditions) -> Query {
        """
        WITH scoped AS (\(scoped)),
        rated AS (
            SELECT s.id AS authority_id, r.statement_key,
                   row_number() OVER w AS n,
                   count(*) OVER w AS ratings,
                   first_value(r.rating) OVER w AS first_rating,
                   last_value(r.rating) OVER w AS latest_rating
            FROM scoped s
            JOIN assessments x ON x.authority_id = s.id
            JOIN assessment_ratings r ON r.assessment_id = x.id
            WHERE \(conditions.inPeriod("x.assessed_on"))
            WINDOW w AS (PARTITION BY s.id, r.statement_key ORDER BY x.assessed_on, x.id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
        ),
        moved AS (
            SELECT statement_key, (latest_rating - first_rating)::int AS change
            FROM rated WHERE n = 1 AND ratings >= 2
        )
        SELECT q.key, q.title,
               count(m.change)::int AS authorities,
               count(m.change) FILTER (WHERE m.change > 0)::int AS rose,
               count(m.change) FILTER (WHERE m.change = 0)::int AS stayed,
               count(m.change) FILTER (WHERE m.change < 0)::int AS fell,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY m.change) AS median_change
        FROM quality_statements q
        LEFT JOIN moved m ON m.statement_key = q.key
        GROUP BY q.key, q.title, q.position
        ORDER BY q.position
        """
    }

    /// Authorities completed now whose latest change to completed fell in the period, with no
    /// assessment dated on or after that day.
    private static func evidenceGapQuery(scoped: Query, _ conditions: ReportConditions) -> Query {
        """
        WITH scoped AS (\(scoped)),
        completions AS (
            SELECT c.authority_id, \(conditions.day("c.changed_at")) AS completed_on,
                   row_number() OVER (PARTITION BY c.authority_id ORDER BY c.changed_at DESC, c.id DESC) AS n
            FROM stage_changes c JOIN scoped s ON s.id = c.authority_id
            WHERE s.status = 'completed' AND c.to_status = 'completed'
        )
        SELECT s.name, s.region, o.name AS officer, k.completed_on
        FROM completions k
        JOIN scoped s ON s.id = k.authority_id
        LEFT JOIN officers o ON o.id = s.lead_officer_id
        WHERE k.n = 1 AND \(conditions.inPeriod("k.completed_on"))
          AND NOT EXISTS (SELECT 1 FROM assessments x WHERE x.authority_id = k.authority_id AND x.assessed_on >= k.completed_on)
        ORDER BY k.completed_on, lower(s.name)
        """
    }
}
