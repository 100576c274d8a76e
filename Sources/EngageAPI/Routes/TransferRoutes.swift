import CSV
import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore

/// `/api/import/…` and `/api/export/…`: records in bulk, as the CSV `engage import` reads and
/// `engage export` writes, one literal route per kind so that the document lists each with its
/// columns.
enum TransferRoutes {
    /// The imports, then the exports, one per kind.
    static var all: [APIRoute] { ImportKind.allCases.map(importRoute) + ImportKind.allCases.map(exportRoute) }

    /// The media types an import's body may declare; a body without `Content-Type` is taken as CSV too.
    static let csvMediaTypes = ["text/csv", "text/plain", "application/csv"]

    /// `POST /api/import/KIND`.
    private static func importRoute(_ kind: ImportKind) -> APIRoute {
        APIRoute(.post, "/api/import/\(kind.rawValue)", operationID: "import" + kind.capitalized,
                 summary: "Import \(kind.rawValue) from CSV (the columns GET /api/export/\(kind.rawValue) answers); "
                     + "bodies are limited to 1 MiB by default (engage serve's body limit): split larger files",
                 access: .manager,
                 query: [Property("skip_bad", .boolean,
                                  "true: store the good rows and answer the bad ones in bad_rows; default: refuse the whole file (422 import_refused) when any row is bad.")],
                 body: .csv(bodyDescription(kind)),
                 response: .json("What the import did: rows read, added, unchanged (already recorded) and skipped (bad, with skip_bad); with skip_bad also bad_rows, the bad rows as CSV (the columns and error, header included).",
                                 .reference("ImportSummary")),
                 handler: .store { context in try context.json(try importing(kind, context)) })
    }

    /// `GET /api/export/KIND`.
    private static func exportRoute(_ kind: ImportKind) -> APIRoute {
        APIRoute(.get, "/api/export/\(kind.rawValue)", operationID: "export" + kind.capitalized,
                 summary: "Export every \(kind.noun) as the CSV POST /api/import/\(kind.rawValue) reads back (columns \(kind.header)), or as JSON lines",
                 access: .viewer,
                 query: [Property("format", .enumeration(ExportFormat.allCases.map(\.rawValue)),
                                  "csv (default): text/csv with a header row, sorted by the natural key; json: JSON lines (application/x-ndjson), one object per record with the same names as keys.")],
                 response: .choice("Every \(kind.noun): CSV by default, JSON lines with format=json.",
                                   schema: .anyObject, mediaTypes: ExportFormat.allCases.map(\.mediaType)),
                 handler: .store { context in
                     let format = ExportFormat(rawValue: context.query.optionalString("format") ?? "csv") ?? .csv
                     var bytes: [UInt8] = []
                     _ = try context.store.export(kind, format: format) { bytes.append(contentsOf: $0) }
                     return HTTPResponse(status: .ok, headers: ["Content-Type": format.mediaType + "; charset=utf-8"], body: bytes)
                 })
    }

    /// Runs the import of the request's body.
    /// - Throws: `APIError` (415) for a body that says it is not CSV; `ImportRefused` (422) when
    ///   a row is bad without `skip_bad`; `EngageError` (422) for a bad header or malformed CSV.
    private static func importing(_ kind: ImportKind, _ context: APIContext) throws -> ImportAnswer {
        try requireCSV(context.request)
        var pending: [UInt8]? = context.request.body
        var reader = CSVReader { defer { pending = nil }; return pending }
        let file = "the uploaded \(kind.rawValue) CSV"
        guard context.query.flag("skip_bad") else {
            let summary = try context.store.importRecords(kind, from: &reader, file: file, today: context.today, badRows: nil) { _ in }
            return ImportAnswer(summary: summary, badRows: nil)
        }
        var bad: [UInt8] = []
        let summary = try context.store.importRecords(kind, from: &reader, file: file, today: context.today,
                                                      badRows: { bad.append(contentsOf: $0) }) { _ in }
        return ImportAnswer(summary: summary, badRows: String(decoding: bad, as: UTF8.self))
    }

    /// Refuses (415) a body whose `Content-Type` names something other than CSV or plain text.
    private static func requireCSV(_ request: HTTPRequest) throws(APIError) {
        guard let type = request.headers["Content-Type"] else { return }
        let essence = type.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingWhitespace().lowercased() } ?? ""
        guard csvMediaTypes.contains(essence) else {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type",
                           "the body must be CSV with 'Content-Type: text/csv', got '\(type)'",
                           details: ["accepted": .array(csvMediaTypes.map(JSONValue.string))])
        }
    }

    /// The body's description for the document: the columns, and how rows are matched.
    private static func bodyDescription(_ kind: ImportKind) -> String {
        let columns = kind.columns.map { "\($0.name)\($0.required ? " (required)" : ""): \($0.help)" }.joined(separator: "; ")
        return """
            CSV (RFC 4180, UTF-8) whose first row names the columns, in any order; optional ones may be left out. \
            Columns: \(columns). Content-Type text/csv, text/plain or application/csv (or none). A row whose \(kind.noun) \
            is already recorded counts as unchanged and is left as it is, so importing a file again changes nothing. \
            At most 1 MiB by default (the service's body limit; 413 beyond).
            """
    }
}

extension ImportKind {
    /// The kind's name with a capital, for operation ids: `Authorities`, `FollowUps`.
    var capitalized: String {
        self == .followups ? "FollowUps" : rawValue.prefix(1).uppercased() + rawValue.dropFirst()
    }
}

extension ExportFormat {
    /// The media type of an export in this format.
    var mediaType: String {
        switch self {
        case .csv: "text/csv"
        case .json: "application/x-ndjson"
        }
    }
}

/// An import's answer: the summary's counts and, with `skip_bad`, the bad rows.
struct ImportAnswer: Encodable {
    /// What the import did.
    let summary: ImportSummary
    /// With `skip_bad`, the bad rows as CSV (the kind's columns and `error`, header included);
    /// nil without it.
    let badRows: String?

    private enum CodingKeys: String, CodingKey { case badRows }

    /// The summary's members, and `bad_rows` with `skip_bad` (left out without it, so that the
    /// answer is then exactly an `ImportSummary`).
    func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(badRows, forKey: .badRows)
    }
}
