import CSV
import EngageCore
import EngageRendering

/// `/reports/period?from=…&to=…`: the period report on one printable page, in the order chapter 3
/// of the evaluation reported: the headline counts, authority × agency type, events by sector ×
/// kind, briefings and where they went, requests for more, the funnel and the outcomes. Each
/// section is that report's CSV (the API's answer) laid out as a table, so the page, the CSV and
/// the JSON cannot disagree. Printed (A4), each section starts a page and the board's navigation
/// and form are left out; `engage report period --pdf` prints the same page through Chromium.
public enum PeriodPage {
    static let path = "/reports/period"

    /// The page on the board, with the form that chooses the period.
    static func render(_ report: PeriodReport, visit: Visit) -> HTML {
        Layout.page(title: title(report), viewer: visit, current: "", body: "\(form(report.scope, visit: visit))\(content(report))")
    }

    /// The form alone, with what is wrong with the period asked for.
    static func refused(visit: Visit) -> HTML {
        Layout.page(title: "Period report", viewer: visit, current: "", body: "<h1>Period report</h1>\(form(nil, visit: visit))")
    }

    /// The page standing alone, its style sheet inside it (no server to fetch it from; the sheet
    /// is the board's own constant, so it goes in as markup): what the command line prints to PDF.
    public static func document(_ report: PeriodReport) -> String {
        let page: HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
            <title>\(title(report))</title><style>\(HTML(stringLiteral: StyleSheet.text))</style></head>\
            <body><main id="main" class="period">\(content(report))</main></body></html>
            """
        return page.text
    }

    private static func title(_ report: PeriodReport) -> String {
        "Period report, \(report.scope.periodText)"
    }

    /// The title, the scope, then each section.
    private static func content(_ report: PeriodReport) -> HTML {
        let sections = ReportPeriodOutput.sections(report).map { section -> HTML in
            """
            <section class="period-section" id="\(section.name)" aria-labelledby="\(section.name)-heading">\
            <h2 id="\(section.name)-heading">\(section.title)</h2>\(table(section))</section>
            """
        }
        return """
            <div class="period"><h1>\(title(report))</h1>\
            <p class="lede" id="period-scope">\(report.scope.headline); figures as of \(report.scope.today.description).</p>\
            \(sections)</div>
            """
    }

    /// A section's CSV as a table: the header row as column headings (spaced, capitalised),
    /// numbers right-aligned.
    private static func table(_ section: ReportPeriodOutput.Section) -> HTML {
        var reader = CSVReader(text: section.csv)
        var records: [[String]] = []
        while let record = try? reader.next() { records.append(record.fields) }
        guard let header = records.first else { return "<p class=\"empty\">Nothing in this period.</p>" }
        let rows = records.dropFirst()
        guard !rows.isEmpty else { return "<p class=\"empty\">Nothing in this period.</p>" }
        let head = header.map { name -> HTML in "<th scope=\"col\">\(heading(name))</th>" }
        let body = rows.map { fields -> HTML in
            let cells = fields.map { field -> HTML in
                Double(field) == nil ? "<td>\(field)</td>" : "<td class=\"number\">\(field)</td>"
            }
            return "<tr>\(cells)</tr>"
        }
        return TableWrap.render("<table id=\"\(section.name)-table\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>",
                                label: "Table: " + section.title)
    }

    /// `median_days` → "Median days".
    private static func heading(_ name: String) -> String {
        BoardMessage.capitalised(name.replacing("_", with: " "))
    }

    /// The period's GET form: from and to, so the address can be bookmarked and shared.
    private static func form(_ scope: ReportScope?, visit: Visit) -> HTML {
        let view = FormView(name: "period", state: visit.form)
        return """
            <form class="board-form period-form" id="period" method="get" action="\(path)">\
            \(view.date("from", label: "From", value: scope?.from?.description ?? ""))\
            \(view.date("to", label: "To", value: scope?.to?.description ?? ""))\
            <button type="submit" class="button">Show the period</button></form>
            """
    }
}
