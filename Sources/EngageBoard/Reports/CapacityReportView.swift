import EngageCore

/// The capacity report on its page: month by month, each officer's active authorities at the
/// month's end against their cap (the dashed mark), and the team's against the team cap, as a
/// chart; then the figures as a table.
///
/// The chart shows the latest `chartMonths` months (a long period would make a page too heavy to
/// read); the table has every month. Chart rows carry `data-month`, `data-officer` (`(team)` for
/// the team), `data-active` and `data-cap` (empty when the team has no cap).
enum CapacityReportView {
    /// The most months the chart shows, the latest.
    static let chartMonths = 24

    static func render(_ report: CapacityReport) -> HTML {
        let shown = report.months.suffix(chartMonths)
        let rows = shown.flatMap { month in
            [BarChart.Row(label: month.month, attributes: [("month-heading", month.month)])]
                + month.officers.map { load in
                    row(month.month, load.officer, active: load.active, cap: load.cap)
                }
                + [row(month.month, "(team)", active: month.teamActive, cap: report.teamCap)]
        }
        let chart = BarChart(id: "capacity-months", title: "Active authorities at each month's end against the caps",
                             description: "For each month, one bar per officer and one for the team: the active authorities at the month's end, "
                                 + "written after the bar with the cap; the dashed mark is the cap (today's); a hatched bar is at or over its cap.",
                             legend: [(.solid, "Active, under the cap"), (.hatched, "Active, at or over the cap")], rows: rows).render()
        let note: HTML = shown.count < report.months.count
            ? "<p class=\"report-note\" id=\"capacity-chart-note\">The chart shows the latest \(shown.count) of the period's \(report.months.count) months; the table has them all.</p>"
            : ""
        return "\(note)\(chart)\(table(report))"
    }

    private static func row(_ month: String, _ officer: String, active: Int, cap: Int?) -> BarChart.Row {
        let full = cap.map { active >= $0 } ?? false
        let text = "\(active)" + (cap.map { " of \($0)" } ?? " (no cap)") + (full ? ", full" : "")
        return BarChart.Row(label: officer, attributes: [("month", month), ("officer", officer), ("active", String(active)),
                                                         ("cap", cap.map(String.init) ?? "")],
                            bars: [BarChart.Bar(Double(active), full ? .hatched : .solid, text: text, marker: cap.map(Double.init))])
    }

    private static func table(_ report: CapacityReport) -> HTML {
        let rows = report.months.flatMap { month in
            month.officers.map { load in
                [month.month, load.officer, String(load.active), String(load.cap), load.isFull ? "full" : "", "", ""]
            } + [[month.month, "Team", String(month.teamActive), report.teamCap.map(String.init) ?? "none",
                  report.teamCap.map { month.teamActive >= $0 } ?? false ? "full" : "", String(month.waitlisted), String(month.signposted)]]
        }
        return ReportTable.render(id: "capacity-table", caption: "Capacity month by month",
                                  columns: [.init("Month"), .init("Officer"), .init("Active", number: true), .init("Cap", number: true),
                                            .init("At the cap"), .init("Waitlisted", number: true), .init("Signposted", number: true)],
                                  rows: rows, empty: "No month to show.")
    }
}
