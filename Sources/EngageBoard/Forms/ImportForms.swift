import CSV
import EngageCore
import EngageHTTP
import EngageStore

/// Uploading a CSV file of one kind of record, for managers: the same import as `engage import`
/// and `POST /api/import/KIND`, all or nothing (no `--skip-bad`).
enum ImportForms {
    /// The upload: what the file holds, and the file (`multipart/form-data`). Any bad row
    /// refuses the whole file: the page lists the bad rows by line and column (422).
    static let upload = BoardForm(
        name: "import", route: ImportPage.path, least: .manager,
        read: { input, context in
            let kind = input.optional("kind").flatMap(ImportKind.init(rawValue:))
            if kind == nil { input.fail("kind", "Choose what the file holds") }
            let file = input.file("file").flatMap { $0.body.isEmpty ? nil : $0 }
            if file == nil { input.fail("file", "Choose a CSV file that is not empty") }
            guard let kind, let file else { return nil }
            let name = fileName(file.filename)
            return FormAction { store in
                let summary = try importing(kind, file.body, name: name, today: context.today, into: store)
                return Confirmation(message: "Imported \(summary.kind.rawValue) from \(summary.file): \(summary.rows) rows, "
                                        + "\(summary.added) added, \(summary.unchanged) unchanged (already recorded).",
                                    path: ImportPage.path)
            }
        },
        page: { _, visit, _ in try ImportPage.render(visit) },
        ownPage: true)

    /// Runs the import of `bytes`, its bad rows refused as a `FormRefusal` with their table.
    private static func importing(_ kind: ImportKind, _ bytes: [UInt8], name: String, today: Day, into store: Store) throws -> ImportSummary {
        var pending: [UInt8]? = bytes
        var reader = CSVReader { defer { pending = nil }; return pending }
        do {
            return try store.importRecords(kind, from: &reader, file: name, today: today, badRows: nil) { _ in }
        } catch let refused as ImportRefused {
            throw FormRefusal(field: "file", message: BoardMessage.capitalised(refused.summary) + "; correct the rows listed and send it again",
                              details: ImportPage.badRows(refused))
        }
    }

    /// The file's name as the browser gave it (its last path component), for messages and the
    /// audit row; "the uploaded file" when it has none usable.
    static func fileName(_ given: String?) -> String {
        let last = given?.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init)?.trimmingWhitespace() ?? ""
        guard !last.isEmpty, last.count <= 120, TextLayout.singleLine.firstForbidden(in: last) == nil else { return "the uploaded file" }
        return last
    }
}
