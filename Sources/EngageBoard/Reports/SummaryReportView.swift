import EngageCore

/// The summary report on its page: the headline counts as a table of measures.
enum SummaryReportView {
    static func render(_ report: SummaryReport) -> HTML {
        ReportTable.render(id: "summary-table", caption: "Headline counts",
                           columns: [.init("Measure"), .init("Count", number: true)],
                           rows: report.lines.map { [$0.label, String($0.value)] })
    }
}
