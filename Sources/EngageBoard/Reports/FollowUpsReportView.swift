import EngageCore
import EngageRendering

/// The follow-ups report on its page: the requests open now by age as a chart, each band's
/// overdue ones (past their due date, from the open follow-ups of the same region and officer)
/// hatched at the front of its bar; then the measures as a table.
///
/// Chart rows carry `data-band` (the JSON key of `open_now`), `data-count` and `data-overdue`.
enum FollowUpsReportView {
    /// The bands' JSON keys, youngest first, as `FollowUpsReport.AgeBands` encodes them.
    static let bandKeys = ["days_0_to_30", "days_31_to_60", "days_61_to_90", "over_90_days"]

    /// The page's content; `open` are the follow-ups open now in the report's region and officer.
    static func render(_ report: FollowUpsReport, open: [FollowUp]) -> HTML {
        let overdue = overdueByBand(open, today: report.scope.today)
        let rows = zip(bandKeys, report.openNow.labelled).enumerated().map { index, band in
            let late = min(overdue[index], band.1.count)
            return BarChart.Row(label: "Open \(band.1.label)",
                                attributes: [("band", band.0), ("count", String(band.1.count)), ("overdue", String(late))],
                                bars: [BarChart.Bar(segments: [.init(value: Double(late), series: .hatched),
                                                               .init(value: Double(band.1.count - late), series: .solid)],
                                                    text: late > 0 ? "\(band.1.count) (\(late) overdue)" : String(band.1.count))])
        }
        let chart = BarChart(id: "followups-ages", title: "Requests for more open now, by age",
                             description: "One bar per age band, youngest first, its count written after it; "
                                 + "the overdue requests (past their due date) are the hatched part at the front of each bar.",
                             legend: [(.solid, "Open"), (.hatched, "Open and overdue")], rows: rows).render()
        let table = ReportTable.render(id: "followups-table", caption: "Requests for more",
                                       columns: [.init("Measure"), .init("Value", number: true)],
                                       rows: ReportFollowUpsOutput.measures(report).map { [$0.label, $0.value] })
        return "\(chart)\(table)"
    }

    /// How many of `open` are overdue in each age band, youngest first.
    private static func overdueByBand(_ open: [FollowUp], today: Day) -> [Int] {
        var counts = [0, 0, 0, 0]
        for followUp in open where followUp.isOverdue(today: today) {
            let age = followUp.age(today: today)
            counts[age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3] += 1
        }
        return counts
    }
}
