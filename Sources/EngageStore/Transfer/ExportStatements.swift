import EngageCore
import Postgres

/// The SQL of an export, per kind: one SELECT whose text columns are exactly the import's
/// columns, in order, sorted by the natural key and then the ref, an order decided by the
/// exported columns alone, so that the same records give the same file byte for byte whatever
/// their ids (an export imported into an empty database and exported again gives it back).
struct ExportStatements {
    let kind: ImportKind

    /// `COPY (SELECT …) TO STDOUT (FORMAT csv, HEADER)`.
    var copyCSV: Query { Query(stringLiteral: "COPY (\(select)) TO STDOUT (FORMAT csv, HEADER)") }

    /// A cursor over one JSON object per record, keys sorted, typed (numbers, booleans, null; an
    /// activity's agencies as an array).
    var declareJSONCursor: Query {
        let fields = kind.columns.map(\.name).sorted().map { "\(jsonValue($0)) AS \($0)" }.joined(separator: ", ")
        return Query(stringLiteral: """
            DECLARE export_rows NO SCROLL CURSOR FOR
            SELECT row_to_json(j)::text AS line FROM (SELECT \(fields) FROM (\(select)) e) j
            """)
    }

    static let fetch: Query = "FETCH FORWARD 1000 FROM export_rows"

    private func jsonValue(_ column: String) -> String {
        switch column {
        case "attendees": "e.attendees::integer"
        case "forum", "planned": "e.\(column)::boolean"
        case "agencies": "coalesce(string_to_array(e.agencies, E'\\n'), '{}')"
        default: "e.\(column)"
        }
    }

    private var select: String {
        switch kind {
        case .authorities:
            "SELECT a.name, a.region, a.profile FROM authorities a ORDER BY lower(a.name), a.name"
        case .agencies:
            """
            SELECT a.name AS authority, g.name, g.type, CASE WHEN g.is_forum THEN 'true' ELSE 'false' END AS forum,
                   g.identified_on::text AS identified_on, g.reached_on::text AS reached_on, g.notes
            FROM agencies g LEFT JOIN authorities a ON a.id = g.authority_id
            ORDER BY lower(coalesce(a.name, '')), lower(g.name)
            """
        case .activities: Self.activities
        case .followups:
            """
            SELECT f.ref::text AS ref, a.name AS authority, f.request, f.kind, f.opened_on::text AS opened_on, f.due_on::text AS due_on,
                   f.closed_on::text AS closed_on, f.outcome
            FROM followups f JOIN authorities a ON a.id = f.authority_id
            ORDER BY f.opened_on, lower(a.name), f.request, f.ref
            """
        }
    }

    private static let activities = """
        SELECT v.ref::text AS ref, a.name AS authority, v.kind, v.occurred_on::text AS date, v.sector, v.title, v.attendees::text AS attendees,
               o.name AS officer, CASE WHEN v.planned THEN 'true' ELSE 'false' END AS planned, r.agencies, v.notes
        FROM activities v
        JOIN officers o ON o.id = v.officer_id
        LEFT JOIN authorities a ON a.id = v.authority_id
        LEFT JOIN (SELECT x.activity_id, string_agg(g.name, E'\\n' ORDER BY lower(g.name)) AS agencies
                   FROM activity_agencies x JOIN agencies g ON g.id = x.agency_id GROUP BY x.activity_id) r
               ON r.activity_id = v.id
        ORDER BY v.occurred_on, lower(coalesce(a.name, '')), v.kind, coalesce(v.title, ''), lower(o.name), v.ref
        """
}
