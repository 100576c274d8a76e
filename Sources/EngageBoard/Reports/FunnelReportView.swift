import EngageCore
import EngageRendering

/// The funnel report on its page: authorities per status and per stage now, and the days spent
/// in each stage (median and longest) as charts, then the figures as tables.
///
/// Chart rows carry `data-status` and `data-authorities`; `data-stage`, `data-active-now`,
/// `data-median-days` and `data-max-days` (empty when there were no stays).
enum FunnelReportView {
    static func render(_ report: FunnelReport) -> HTML {
        "\(nowChart(report))\(daysChart(report))\(tables(report))"
    }

    private static func nowChart(_ report: FunnelReport) -> HTML {
        let statuses = report.statuses.map { count in
            BarChart.Row(label: BoardMessage.capitalised(count.status.rawValue), attributes: [("status", count.status.rawValue), ("authorities", String(count.authorities))],
                         bars: [BarChart.Bar(Double(count.authorities), .solid, text: String(count.authorities))])
        }
        let stages = report.stages.map { flow in
            BarChart.Row(label: "Stage \(flow.stage.rawValue): \(flow.name)",
                         attributes: [("stage", String(flow.stage.rawValue)), ("active-now", String(flow.activeNow))],
                         bars: [BarChart.Bar(Double(flow.activeNow), .hatched, text: "\(flow.activeNow) active")])
        }
        return BarChart(id: "funnel-now", title: "Authorities per status now, and the active ones per stage",
                        description: "One bar per status with its count written after it, then one hatched bar per stage with the active authorities at that stage now.",
                        legend: [(.solid, "Authorities with the status"), (.hatched, "Active at the stage")],
                        rows: [BarChart.Row(label: "By status")] + statuses + [BarChart.Row(label: "Active, by stage")] + stages).render()
    }

    private static func daysChart(_ report: FunnelReport) -> HTML {
        let rows = report.stages.map { flow in
            BarChart.Row(label: "Stage \(flow.stage.rawValue): \(flow.name)",
                         attributes: [("stage", String(flow.stage.rawValue)), ("median-days", ReportText.csvNumber(flow.medianDays)),
                                      ("max-days", flow.maxDays.map(String.init) ?? "")],
                         bars: [BarChart.Bar(flow.medianDays ?? 0, .solid, text: "median \(ReportText.days(flow.medianDays)) days"),
                                BarChart.Bar(Double(flow.maxDays ?? 0), .dotted, text: "longest \(flow.maxDays.map(String.init) ?? "—") days")])
        }
        return BarChart(id: "funnel-days", title: "Days per stage in the period: median and longest stay",
                        description: "Two bars per stage: the median stay in days (solid) above the longest (dotted), each number written after its bar; no bar where there were no stays.",
                        legend: [(.solid, "Median stay"), (.dotted, "Longest stay")], rows: rows).render()
    }

    private static func tables(_ report: FunnelReport) -> HTML {
        let statuses = ReportTable.render(id: "funnel-statuses", caption: "Authorities per status now",
                                          columns: [.init("Status"), .init("Authorities", number: true)],
                                          rows: report.statuses.map { [BoardMessage.capitalised($0.status.rawValue), String($0.authorities)] })
        let stages = ReportTable.render(
            id: "funnel-stages", caption: "Stays per stage in the period",
            columns: [.init("Stage"), .init("Active now", number: true), .init("Entered", number: true), .init("Left", number: true),
                      .init("Stays", number: true), .init("Median days", number: true), .init("Longest days", number: true)],
            rows: report.stages.map { flow in
                ["\(flow.stage.rawValue). \(flow.name)", String(flow.activeNow), String(flow.entered), String(flow.left),
                 String(flow.stays), ReportText.days(flow.medianDays), flow.maxDays.map(String.init) ?? "—"]
            })
        return "\(statuses)\(stages)"
    }
}
