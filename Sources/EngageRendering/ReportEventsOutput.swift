import CSV
import EngageCore
import TextTable

/// The events report as a table (abbreviated heads and a legend) or CSV (full names).
public enum ReportEventsOutput {
    /// Sector rows, kind columns, row totals and a total row.
    /// - Parameters:
    ///   - report: The events report.
    ///   - width: The widest a line may be; nil for no limit.
    /// - Returns: The text to print.
    public static func table(_ report: EventsReport, width: Int?) -> String {
        var table = TextTable(columns: [.init("SECTOR")] + report.kinds.map { .init($0.abbreviation, .right) } + [.init("TOTAL", .right)])
        for row in report.rows {
            table.append([row.name] + report.kinds.map { String(row.count($0)) } + [String(row.total)])
        }
        table.append(["Total"] + report.kinds.map { String(report.total($0)) } + [String(report.total)])
        let legend = ReportText.wrapped("Legend:", report.kinds.map { "\($0.abbreviation) = \($0.reportName)" }, width: width)
        return report.scope.headline + "\n\n" + table.render(maxWidth: width) + "\n" + legend
    }

    /// A header row of full kind names, a row per sector, and the total row.
    /// - Parameter report: The events report.
    /// - Returns: The CSV text.
    public static func csv(_ report: EventsReport) -> String {
        var csv = CSVWriter()
        csv.append(["Sector"] + report.kinds.map(\.reportName) + ["Total"])
        for row in report.rows {
            csv.append([row.name] + report.kinds.map { String(row.count($0)) } + [String(row.total)])
        }
        csv.append(["Total"] + report.kinds.map { String(report.total($0)) } + [String(report.total)])
        return csv.text
    }
}
