import CSV
import EngageCore
import TextTable

/// The agencies report as a table (abbreviated heads and a legend) or CSV (full names).
public enum ReportAgenciesOutput {
    /// The matrix, the total row, the legend and the count of authorities reached through several types.
    /// - Parameters:
    ///   - report: The agencies report.
    ///   - width: The widest a line may be; nil for no limit.
    /// - Returns: The text to print.
    public static func table(_ report: AgenciesReport, width: Int?) -> String {
        let types = AgencyType.allCases
        var table = TextTable(columns: [.init("AUTHORITY")] + types.map { .init($0.abbreviation) })
        for row in report.rows {
            table.append([row.authority] + types.map { row.reached($0) ? "X" : "" })
        }
        table.append(["Total"] + types.map { String(report.total($0)) })
        let legend = ReportText.wrapped("Legend:", types.map { "\($0.abbreviation) = \($0.name)" }, width: width)
        let body = report.rows.isEmpty ? "no agency was reached in the period\n" : table.render(maxWidth: width)
        return report.scope.headline + "\n\n" + body + "\n" + legend + "\n"
            + "Authorities reached: \(report.authoritiesReached); through more than one agency type: \(report.reachedThroughSeveralTypes)"
    }

    /// A header row of full type names, a row per authority, the total row, then the count of
    /// authorities reached through more than one type (in the last column).
    /// - Parameter report: The agencies report.
    /// - Returns: The CSV text.
    public static func csv(_ report: AgenciesReport) -> String {
        let types = AgencyType.allCases
        var csv = CSVWriter()
        csv.append(["Authority", "Region"] + types.map(\.name) + ["Agency types"])
        for row in report.rows {
            csv.append([row.authority, row.region.name] + types.map { row.reached($0) ? "X" : "" } + [String(row.types.count)])
        }
        csv.append(["Total", ""] + types.map { String(report.total($0)) } + [""])
        csv.append(["Reached through more than one agency type", ""] + types.map { _ in "" } + [String(report.reachedThroughSeveralTypes)])
        return csv.text
    }
}
