import CSV
import EngageCore
import TextTable

/// The summary report as aligned lines or CSV (`measure,value`).
public enum ReportSummaryOutput {
    /// The headline counts, aligned.
    /// - Parameters:
    ///   - report: The summary report.
    ///   - width: The widest a line may be; nil for no limit.
    /// - Returns: The text to print.
    public static func table(_ report: SummaryReport, width: Int?) -> String {
        var table = TextTable(columns: [.init("MEASURE"), .init("COUNT", .right)])
        for line in report.lines {
            table.append([line.label, String(line.value)])
        }
        return report.scope.headline + "\n\n" + table.render(maxWidth: width)
    }

    /// `measure,value`, one row per headline count.
    /// - Parameter report: The summary report.
    /// - Returns: The CSV text.
    public static func csv(_ report: SummaryReport) -> String {
        var csv = CSVWriter()
        csv.append(["measure", "value"])
        for line in report.lines {
            csv.append([line.label, String(line.value)])
        }
        return csv.text
    }
}
