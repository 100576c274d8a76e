import EngageCore
import EngageRendering

/// `/reports/NAME`: one report with its parameters as a GET form (so the address can be
/// bookmarked and shared), links to the same report as CSV and JSON, and its tables and charts;
/// or, when a parameter is wrong, the form with the error beside the field and nothing else.
enum ReportPage {
    /// The page.
    /// - Parameters:
    ///   - parameters: The parameters sent, checked.
    ///   - officers: The officers' names, for the officer control.
    ///   - content: The report's tables and charts; nil when the parameters are wrong.
    static func render(_ report: BoardReport, parameters: ReportParameters, officers: [String], content: HTML?, visit: Visit) -> HTML {
        var shown = visit
        if !parameters.errors.isEmpty { shown.form = parameters.state }
        let result: HTML = parameters.scope.map { scope in
            """
            <section class="report" id="report-\(report.name.rawValue)" aria-labelledby="report-headline">\
            <p class="report-headline" id="report-headline">\(BoardMessage.capitalised(scope.headline))</p>\
            \(downloads(report, parameters))\(content ?? "")</section>
            """
        } ?? ""
        let body: HTML = """
            <p class="back"><a href="\(BoardReportRoutes.path)">All reports</a></p>
            <h1>\(report.name.title) report</h1><p class="lede">\(report.name.summary).</p>
            \(form(report, parameters, officers: officers))\(result)
            """
        return Layout.page(title: "\(report.name.title) report", viewer: shown, current: BoardReportRoutes.path, body: body)
    }

    /// The parameters of `engage report` as a GET form: from, to, region, officer.
    private static func form(_ report: BoardReport, _ parameters: ReportParameters, officers: [String]) -> HTML {
        let view = FormView(name: ReportParameters.form, state: parameters.state)
        let regions = [("", "All regions")] + Region.allCases.map { ($0.rawValue, $0.name) }
        let typed = parameters.values["officer"] ?? ""
        let unlisted = typed.isEmpty || officers.contains(typed) ? [] : [(typed, typed)]
        let people = [("", "All officers")] + officers.map { ($0, $0) } + unlisted
        return """
            <form class="board-form report-form" id="\(ReportParameters.form)" method="get" action="\(report.path)" novalidate>\
            <div class="report-fields">\
            \(view.date("from", label: "From", hint: "First day counted; empty for the beginning"))\
            \(view.date("to", label: "To", hint: "Last day counted; empty for the end"))\
            \(view.select("region", label: "Region", options: regions))\
            \(view.select("officer", label: "Officer", options: people))</div>\
            <button type="submit" class="button">Show report</button></form>
            """
    }

    /// Links to the same report, with the same parameters, as CSV and JSON.
    private static func downloads(_ report: BoardReport, _ parameters: ReportParameters) -> HTML {
        let query = parameters.query.isEmpty ? "" : HTML.query(parameters.query)
        func link(_ format: BoardReport.Download) -> HTML {
            "<a href=\"\(report.path).\(format.rawValue)\(query)\" data-download=\"\(format.rawValue)\">\(format.rawValue.uppercased())</a>"
        }
        return "<p class=\"downloads\">The same report as \(link(.csv)) or \(link(.json)).</p>"
    }
}
