import EngageCore
import Postgres

/// The SQL of an import, per kind: a staging table of text, the checks that need the database,
/// and the merge. Every statement is static text; values travel as bound parameters.
///
/// Rows are staged in `import_staging` (the kind's columns as text, the line, and the row's own
/// problem found while reading), checked into `import_checked` in one statement (names resolved
/// to ids, the first problem of each row, whether the record exists), then merged from there.
/// All three tables are TEMPORARY and dropped at commit.
///
/// Every statement is `oneOff`, run unprepared: an import runs each once, and they read tables
/// created afresh by each import, in a shape that depends on the kind; keeping them prepared on
/// a pooled connection would only fill its cache of prepared statements.
struct ImportStatements {
    let kind: ImportKind

    /// `CREATE TEMPORARY TABLE import_staging (…)`: the line, the columns as text, the row's problem.
    var createStaging: Query {
        let columns = kind.columns.map { "\($0.name) text" }.joined(separator: ", ")
        return Query(stringLiteral: """
            CREATE TEMPORARY TABLE import_staging (line integer NOT NULL, \(columns), \
            error_column text, error_message text) ON COMMIT DROP
            """).oneOff
    }

    /// Settings for the import's transaction only (`SET LOCAL`), before anything is staged.
    ///
    /// - `work_mem`: the checks hash every staged row (duplicates, names) and the merge sorts the
    ///   new ones by line; at the default 4 MB a 100,000-row file (about 15 MB staged) spills each
    ///   to temporary files. A bigger file still spills, so the backend's memory stays bounded, at
    ///   a few times 32 MB for the few such steps of one statement.
    /// - `default_statistics_target`: `ANALYZE import_staging` only needs the row count and rough
    ///   column statistics for the planner to pick hash joins; the default target samples 30,000
    ///   rows, which cost more than the checks' joins on a 100,000-row file, a tenth of it as much.
    static let settings: [Query] = [
        ("SET LOCAL work_mem = '32MB'" as Query).oneOff,
        ("SET LOCAL default_statistics_target = 10" as Query).oneOff,
    ]

    /// `ANALYZE import_staging`, so that the checks are planned for the rows staged.
    static let analyzeStaging: Query = ("ANALYZE import_staging" as Query).oneOff

    /// `COPY import_staging FROM STDIN (FORMAT csv)`.
    var copyStaging: Query {
        let columns = kind.columns.map(\.name).joined(separator: ", ")
        return Query(stringLiteral: "COPY import_staging (line, \(columns), error_column, error_message) FROM STDIN (FORMAT csv)")
    }

    /// Builds `import_checked`: every staged row with its first problem, its ids and `existing`.
    var check: [Query] {
        let statements = switch kind {
        case .authorities: ImportChecks.authorities
        case .agencies: ImportChecks.agencies
        case .activities: ImportChecks.activities
        case .followups: ImportChecks.followUps
        }
        return statements.map { Query(stringLiteral: $0).oneOff }
    }

    /// Adds the good rows that do not exist yet; the first statement's one value is how many it added.
    func merge(actor: String) -> [Query] {
        let statements = switch kind {
        case .authorities: [ImportMerges.authorities(actor: actor)]
        case .agencies: [ImportMerges.agencies]
        case .activities: ImportMerges.activities
        case .followups: [ImportMerges.followUps]
        }
        return statements.map(\.oneOff)
    }

    /// `total, bad, unchanged` over `import_checked`.
    static let counts: Query = ("""
        SELECT count(*) AS total, count(*) FILTER (WHERE error_message IS NOT NULL) AS bad,
               count(*) FILTER (WHERE error_message IS NULL AND existing) AS unchanged
        FROM import_checked
        """ as Query).oneOff

    /// The first 20 problems, by line.
    static let firstErrors: Query = ("""
        SELECT line, error_column, error_message FROM import_checked
        WHERE error_message IS NOT NULL ORDER BY line LIMIT 20
        """ as Query).oneOff

    /// The bad rows as CSV: the kind's columns and `error`, for `--skip-bad`.
    var copyBadRows: Query {
        let columns = kind.columns.map(\.name).joined(separator: ", ")
        return Query(stringLiteral: """
            COPY (SELECT \(columns), 'line ' || line || ', column ' || error_column || ': ' || error_message AS error
                  FROM import_checked WHERE error_message IS NOT NULL ORDER BY line)
            TO STDOUT (FORMAT csv, HEADER)
            """)
    }
}
