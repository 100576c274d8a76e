import EngageCore
import EngageHTTP
import EngageStore

/// `/reports` and `/reports/NAME` (with `NAME.csv` and `NAME.json` beside each page): the eight
/// reports of `engage report` in the browser, for every role, as the API's reports are.
///
/// `/reports/:name` takes one segment, so a literal route such as `/reports/period` added by
/// another part of the board wins over it (see `Router`); a name that is no report here is 404.
enum BoardReportRoutes {
    /// The list of reports.
    static let path = "/reports"

    /// Adds the routes to `router`.
    static func add(to router: inout Router, pages: BoardPages) {
        router.get(path) { request in pages.respond(request) { _, visit in ReportsPage.render(visit: visit) } }
        router.get(path + "/:name") { request in
            pages.respond(request) { store, visit in try answer(request, store: store, visit: visit) }
        }
    }

    /// The page, or its CSV or JSON; 422 with the problems when the parameters are wrong.
    private static func answer(_ request: HTTPRequest, store: Store, visit: Visit) throws -> HTTPResponse {
        let segment = request.parameters["name"] ?? ""
        let (name, suffix) = split(segment)
        let download = suffix.flatMap(BoardReport.Download.init(rawValue:))
        guard let report = BoardReport.named(name), suffix == nil || download != nil else {
            throw EngageError(.notFound, "there is no report called '\(segment)'; the reports are listed at \(path)")
        }
        let officers = try store.officers().map(\.name)
        let parameters = ReportParameters.read(request, officers: officers, today: Day.today())
        if let download {
            guard let scope = parameters.scope else {
                let problems = parameters.errors.map(\.message).joined(separator: "\n")
                return HTTPResponse(status: .unprocessableContent, headers: ["Content-Type": "text/plain; charset=utf-8"],
                                    body: Array((problems + "\n").utf8))
            }
            return try report.download(store, scope, download)
        }
        let content = try parameters.scope.map { try report.content(store, $0) }
        let page = ReportPage.render(report, parameters: parameters, officers: officers, content: content, visit: visit)
        return BoardPages.html(page, status: parameters.scope == nil ? .unprocessableContent : .ok)
    }

    /// `summary` → ("summary", nil); `summary.csv` → ("summary", "csv").
    private static func split(_ segment: String) -> (name: String, suffix: String?) {
        guard let dot = segment.lastIndex(of: ".") else { return (segment, nil) }
        return (String(segment[..<dot]), String(segment[segment.index(after: dot)...]))
    }
}
