import EngageRendering

/// `/reports`: the eight reports of `engage report`, each with what it shows and a link to its page.
enum ReportsPage {
    static func render(visit: Visit) -> HTML {
        let items = BoardReport.all.map { report -> HTML in
            """
            <li data-report="\(report.name.rawValue)"><h2><a href="\(report.path)">\(report.name.title)</a></h2>\
            <p>\(report.name.summary).</p></li>
            """
        }
        let body: HTML = """
            <h1>Reports</h1>
            <p class="lede">The reports of <code>engage report</code>: choose one, then its period, region and officer. \
            Each page can be bookmarked, and gives its figures as CSV and JSON too.</p>
            <ul class="report-list" id="reports">\(items)</ul>
            <h2 id="period-heading">For a whole period, printable</h2>
            <p><a href="\(PeriodPage.path)" id="period-link">The period report</a>: what chapter 3 of the evaluation reported \
            (headline counts, agencies, events, briefings, requests, the funnel, the outcomes) for any period, on one page to \
            print or save as a PDF.</p>
            """
        return Layout.page(title: "Reports", viewer: visit, current: BoardReportRoutes.path, body: body)
    }
}
