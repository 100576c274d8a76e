import EngageCore
import EngageHTTP

/// `/import`, for managers: upload a CSV file of one kind of record; after a refusal, the bad
/// rows by line and column; the columns each kind takes.
enum ImportPage {
    static let path = "/import"

    /// The page.
    /// - Throws: `EngageError.forbidden` for anyone but a manager.
    static func render(_ visit: Visit) throws -> HTML {
        guard visit.viewer.may(.manager) else {
            throw EngageError(.forbidden, "only a manager imports records")
        }
        let refused = visit.form?.details(of: ImportForms.upload.name) ?? ""
        return Layout.page(title: "Import", viewer: visit, current: path, body: """
            <h1>Import records from CSV</h1>
            <p>All or nothing: when any row is bad, nothing is imported and the bad rows are listed by line and column. \
            Rows whose record is already there are left as they are, so sending a file again changes nothing.</p>\
            \(refused)\(form(visit))\(columns)
            """)
    }

    /// The table of an import's bad rows: line, column, problem.
    static func badRows(_ refused: ImportRefused) -> HTML {
        let rows = refused.errors.map { error -> HTML in
            "<tr><td>\(error.line)</td><td>\(error.column)</td><td>\(BoardMessage.capitalised(error.message))</td></tr>"
        }
        let listed = refused.errors.count < refused.bad ? " The first \(refused.errors.count) are listed." : ""
        return """
            <h2 id="bad-rows">Rows to correct</h2><p>\(refused.bad) of \(refused.rows) rows are bad; nothing was imported.\(listed)</p>\
            \(TableWrap.render("""
            <table id="import-errors"><thead><tr><th>Line</th><th>Column</th><th>Problem</th></tr></thead><tbody>\(rows)</tbody></table>
            """, label: "Rows to correct"))
            """
    }

    /// The upload form, for a manager signed in with a session.
    private static func form(_ visit: Visit) -> HTML {
        let form = ImportForms.upload
        guard visit.mayRecord(form.least), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: form.name, state: visit.form)
        let kinds = ImportKind.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }
        let limit = HTTPConfiguration.defaultMaxBodyBytes / 1_024
        return view.form(action: path, csrf: csrf, button: "Import", multipart: true, """
            \(view.select("kind", label: "What the file holds", options: kinds, selected: ImportKind.authorities.rawValue))\
            \(view.file("file", label: "CSV file", hint: "UTF-8, its first row naming the columns (see below). At most \(limit) KiB, the service's limit on a request unless it was started with another; split a larger file.", accept: ".csv,text/csv"))
            """)
    }

    /// The columns of each kind, as `engage export` writes them.
    private static var columns: HTML {
        let kinds = ImportKind.allCases.map { kind -> HTML in
            let items = kind.columns.map { column -> HTML in
                "<li><code>\(column.name)</code>\(column.required ? " (required)" : ""): \(column.help)</li>"
            }
            return "<details><summary>\(kind.rawValue.capitalized): <code>\(kind.header)</code></summary><ul>\(items)</ul></details>"
        }
        return "<h2 id=\"columns\">Columns</h2><p>In any order; optional ones may be left out.</p>\(kinds)"
    }
}
