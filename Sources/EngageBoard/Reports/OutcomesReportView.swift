import EngageCore
import EngageRendering

/// The outcomes report on its page: per Quality Statement, how many authorities rose, stayed or
/// fell as one stacked bar, then the figures and the evidence gap as tables.
///
/// Chart rows carry `data-statement` (its key), `data-rose`, `data-stayed` and `data-fell`.
enum OutcomesReportView {
    static func render(_ report: OutcomesReport) -> HTML {
        let rows = report.statements.map { outcome in
            BarChart.Row(label: outcome.title,
                         attributes: [("statement", outcome.statement), ("rose", String(outcome.rose)),
                                      ("stayed", String(outcome.stayed)), ("fell", String(outcome.fell))],
                         bars: [BarChart.Bar(segments: [.init(value: Double(outcome.rose), series: .solid),
                                                        .init(value: Double(outcome.stayed), series: .light),
                                                        .init(value: Double(outcome.fell), series: .hatched)],
                                             text: "\(outcome.rose) rose, \(outcome.stayed) stayed, \(outcome.fell) fell")])
        }
        let chart = BarChart(id: "outcomes-statements", title: "Per Quality Statement: authorities whose rating rose, stayed or fell",
                             description: "One stacked bar per statement: those that rose (solid), stayed (light) and fell (hatched), the three numbers written after the bar.",
                             legend: [(.solid, "Rose"), (.light, "Stayed"), (.hatched, "Fell")], rows: rows).render()
        let table = ReportTable.render(
            id: "outcomes-table", caption: "Rating changes per Quality Statement",
            columns: [.init("Statement"), .init("Authorities", number: true), .init("Rose", number: true), .init("Stayed", number: true),
                      .init("Fell", number: true), .init("Median change", number: true)],
            rows: report.statements.map { outcome in
                [outcome.title, String(outcome.authorities), String(outcome.rose), String(outcome.stayed), String(outcome.fell),
                 ReportOutcomesOutput.change(outcome.medianChange)]
            })
        let gap = ReportTable.render(
            id: "outcomes-gap", caption: "Completed with no assessment since (the evidence gap)",
            columns: [.init("Authority"), .init("Region"), .init("Officer"), .init("Completed on")],
            rows: report.evidenceGap.map { [$0.authority, $0.region.name, $0.officer ?? "—", $0.completedOn.description] },
            empty: "No authority completed in the period without an assessment since.")
        return "\(chart)\(table)\(gap)"
    }
}
