/// The statements that build `import_checked` for each kind (see `ImportStatements`).
///
/// Each row's problem is the first that applies, in order: what the reader found in the row
/// itself, then unknown names, then a duplicate of an earlier good row of the same file.
///
/// Rows are matched by the kind's natural key, except that a row of a kind with refs (see
/// `RecordRef`) that gives one is matched by its ref alone: its duplicates are the rows with the
/// same ref, and it exists when a record has that ref. Rows without a ref are checked against each
/// other, and against stored records, by the natural key. `existing` says whether it is stored.
enum ImportChecks {
    /// A problem only the database can see: when `condition` holds, `column` is wrong, `message` says why.
    struct Check {
        let condition: String
        let column: String
        let message: String
    }

    /// `error_column` and `error_message` for the checks, after the row's own problem.
    static func problems(_ checks: [Check]) -> String {
        let columns = checks.map { "WHEN \($0.condition) THEN '\($0.column)'" }.joined(separator: " ")
        let messages = checks.map { "WHEN \($0.condition) THEN \($0.message)" }.joined(separator: " ")
        return """
            CASE WHEN s.error_message IS NOT NULL THEN s.error_column \(columns) END AS error_column,
            CASE WHEN s.error_message IS NOT NULL THEN s.error_message \(messages) END AS error_message
            """
    }

    /// The staged rows with `first_line`: the first good row with the same natural key. With
    /// `refs`, that is the first good row without a ref, and each row also has `ref_id` (its ref
    /// as a uuid, when good) and `first_ref_line`, the first good row with the same ref.
    ///
    /// Both are nil for a row that no other good row repeats, which the checks read as a row that
    /// is its own first: the repeated keys are found by grouping (`HAVING count(*) > 1`) and
    /// joined back, instead of a window over every row, which sorted the whole file (a third more
    /// of the statement's CPU on 100,000 rows). The parts of `key` are never NULL in a good row (each is a required column,
    /// or coalesced), so they are compared with `=`, which a hash join can use.
    static func staged(key: [String], typed: String = "", refs: Bool = false) -> String {
        let natural = refs ? "t.error_message IS NULL AND t.ref IS NULL" : "t.error_message IS NULL"
        let parts = key.enumerated().map { "\($1) AS k\($0)" }.joined(separator: ", ")
        let groups = key.indices.map { String($0 + 1) }.joined(separator: ", ")
        let matches = key.enumerated().map { "d.k\($0) = \($1)" }.joined(separator: " AND ")
        let refColumns = !refs ? "" : ", CASE WHEN t.error_message IS NULL THEN t.ref::uuid END AS ref_id, r.first_ref_line"
        let refJoin = !refs ? "" : """

             LEFT JOIN (SELECT t.ref, min(t.line) AS first_ref_line FROM import_staging t
                        WHERE t.error_message IS NULL AND t.ref IS NOT NULL GROUP BY t.ref HAVING count(*) > 1) r ON r.ref = t.ref
            """
        return """
            (SELECT t.*\(typed)\(refColumns), d.first_line
             FROM import_staging t
             LEFT JOIN (SELECT \(parts), min(t.line) AS first_line FROM import_staging t
                        WHERE \(natural) GROUP BY \(groups) HAVING count(*) > 1) d ON \(natural) AND \(matches)\(refJoin))
            """
    }

    /// A second good row with the same ref.
    static func repeatedRef(_ noun: String) -> Check {
        Check(condition: "s.ref IS NOT NULL AND s.first_ref_line < s.line", column: "ref",
              message: "format('the ref %s is also on line %s; one \(noun) has one ref, so keep one of the two rows', s.ref, s.first_ref_line)")
    }

    static func unknownAuthority(_ column: String = "authority") -> Check {
        Check(condition: "s.authority IS NOT NULL AND a.id IS NULL", column: column,
              message: "format('no authority named ''%s''; import the authorities first, or see ''engage authority list''', s.authority)")
    }

    static let authorities: [String] = ["""
        CREATE TEMPORARY TABLE import_checked ON COMMIT DROP AS
        SELECT s.line, s.name, s.region, s.profile, x.id IS NOT NULL AS existing,
        \(problems([Check(condition: "s.first_line < s.line", column: "name",
                          message: "format('the authority ''%s'' is also on line %s; keep one of the two rows', s.name, s.first_line)")]))
        FROM \(staged(key: ["lower(t.name)"])) s
        LEFT JOIN authorities x ON lower(x.name) = lower(s.name)
        """]

    static let agencies: [String] = ["""
        CREATE TEMPORARY TABLE import_checked ON COMMIT DROP AS
        SELECT s.line, s.authority, s.name, s.type, s.forum, s.identified_on, s.reached_on, s.notes,
               a.id AS authority_id, x.id IS NOT NULL AS existing,
        \(problems([unknownAuthority(),
                    Check(condition: "s.first_line < s.line", column: "name",
                          message: "format('the agency ''%s'' of %s is also on line %s; keep one of the two rows', s.name, coalesce(s.authority, 'no authority'), s.first_line)")]))
        FROM \(staged(key: ["lower(coalesce(t.authority, ''))", "lower(t.name)"])) s
        LEFT JOIN authorities a ON lower(a.name) = lower(s.authority)
        LEFT JOIN agencies x ON x.authority_id IS NOT DISTINCT FROM a.id AND lower(x.name) = lower(s.name)
                            AND (s.authority IS NULL OR a.id IS NOT NULL)
        """]

    static let activities: [String] = ["""
        CREATE TEMPORARY TABLE import_links ON COMMIT DROP AS
        SELECT t.line, n.name, g.id AS agency_id
        FROM import_staging t
        JOIN authorities a ON lower(a.name) = lower(t.authority)
        CROSS JOIN LATERAL unnest(string_to_array(t.agencies, E'\\n')) AS n(name)
        LEFT JOIN agencies g ON g.authority_id = a.id AND lower(g.name) = lower(n.name)
        WHERE t.error_message IS NULL AND t.agencies IS NOT NULL
        """, "ANALYZE import_links", """
        CREATE TEMPORARY TABLE import_checked ON COMMIT DROP AS
        SELECT s.line, s.ref, s.authority, s.kind, s.date, s.sector, s.title, s.attendees, s.officer, s.planned, s.agencies, s.notes,
               s.day, s.ref_id, a.id AS authority_id, o.id AS officer_id,
               CASE WHEN s.ref_id IS NOT NULL THEN r.id IS NOT NULL ELSE x.authority_id IS NOT NULL END AS existing,
        \(problems([unknownAuthority(),
                    Check(condition: "o.id IS NULL", column: "officer",
                          message: "format('no officer named ''%s''; add them with ''engage officer add'', or see ''engage officer list''', s.officer)"),
                    Check(condition: "m.missing IS NOT NULL", column: "agencies",
                          message: "format('no agency named ''%s'' in %s; import the agencies first, or see ''engage agency list''', m.missing, a.name)"),
                    repeatedRef("activity"),
                    Check(condition: "s.ref IS NULL AND s.first_line < s.line", column: "title",
                          message: "format('the same authority, kind, date, title and officer as line %s; give them different titles, or keep one row', s.first_line)")]))
        FROM \(staged(key: ["lower(coalesce(t.authority, ''))", "t.kind", "t.date", "coalesce(t.title, '')", "lower(t.officer)"],
                      typed: ", CASE WHEN t.error_message IS NULL THEN t.date::date END AS day", refs: true)) s
        LEFT JOIN authorities a ON lower(a.name) = lower(s.authority)
        LEFT JOIN officers o ON lower(o.name) = lower(s.officer)
        LEFT JOIN (SELECT line, min(name) AS missing FROM import_links WHERE agency_id IS NULL GROUP BY line) m ON m.line = s.line
        LEFT JOIN activities r ON r.ref = s.ref_id
        LEFT JOIN (SELECT DISTINCT coalesce(authority_id, 0) AS authority_id, kind, occurred_on, coalesce(title, '') AS title, officer_id
                   FROM activities) x
               ON s.ref IS NULL AND x.authority_id = coalesce(a.id, 0) AND x.kind = s.kind AND x.occurred_on = s.day
              AND x.title = coalesce(s.title, '') AND x.officer_id = o.id
        """]

    static let followUps: [String] = ["""
        CREATE TEMPORARY TABLE import_checked ON COMMIT DROP AS
        SELECT s.line, s.ref, s.authority, s.request, s.kind, s.opened_on, s.due_on, s.closed_on, s.outcome,
               s.ref_id, a.id AS authority_id,
               CASE WHEN s.ref_id IS NOT NULL THEN r.id IS NOT NULL ELSE x.authority_id IS NOT NULL END AS existing,
        \(problems([unknownAuthority(),
                    repeatedRef("follow-up"),
                    Check(condition: "s.ref IS NULL AND s.first_line < s.line", column: "request",
                          message: "format('the same authority, opened_on and request as line %s; keep one of the two rows', s.first_line)")]))
        FROM \(staged(key: ["lower(t.authority)", "t.opened_on", "t.request"],
                      typed: ", CASE WHEN t.error_message IS NULL THEN t.opened_on::date END AS opened_day", refs: true)) s
        LEFT JOIN authorities a ON lower(a.name) = lower(s.authority)
        LEFT JOIN followups r ON r.ref = s.ref_id
        LEFT JOIN (SELECT DISTINCT authority_id, opened_on, request FROM followups) x
               ON s.ref IS NULL AND x.authority_id = a.id AND x.opened_on = s.opened_day AND x.request = s.request
        """]
}
