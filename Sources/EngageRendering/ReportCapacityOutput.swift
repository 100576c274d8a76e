import CSV
import EngageCore
import TextTable

/// The capacity report as a table (a row per officer and the team per month) or CSV.
public enum ReportCapacityOutput {
    /// Month by month: each officer's load against their cap, FULL at the cap, then the team's
    /// with the authorities waitlisted and signposted that month.
    /// - Parameters:
    ///   - report: The capacity report.
    ///   - width: The widest a line may be; nil for no limit.
    /// - Returns: The text to print.
    public static func table(_ report: CapacityReport, width: Int?) -> String {
        var table = TextTable(columns: [.init("MONTH"), .init("OFFICER"), .init("ACTIVE", .right), .init("CAP", .right), .init(""),
                                        .init("WAITLISTED", .right), .init("SIGNPOSTED", .right)])
        for month in report.months {
            for (index, load) in month.officers.enumerated() {
                table.append([index == 0 ? month.month : "", load.officer, String(load.active), String(load.cap),
                              load.isFull ? "FULL" : "", "", ""])
            }
            let teamFull = report.teamCap.map { month.teamActive >= $0 } ?? false
            table.append([month.officers.isEmpty ? month.month : "", "(team)", String(month.teamActive),
                          report.teamCap.map(String.init) ?? "none", teamFull ? "FULL" : "",
                          String(month.waitlisted), String(month.signposted)])
        }
        return report.scope.headline + "\n\n" + table.render(maxWidth: width)
            + "\nACTIVE: at the month's end, from the history; CAP: today's caps."
    }

    /// `month,officer,active,cap,waitlisted,signposted`; the team's row has officer `(team)` and
    /// carries the month's waitlisted and signposted counts.
    /// - Parameter report: The capacity report.
    /// - Returns: The CSV text.
    public static func csv(_ report: CapacityReport) -> String {
        var csv = CSVWriter()
        csv.append(["month", "officer", "active", "cap", "waitlisted", "signposted"])
        for month in report.months {
            for load in month.officers {
                csv.append([month.month, load.officer, String(load.active), String(load.cap), "", ""])
            }
            csv.append([month.month, "(team)", String(month.teamActive), report.teamCap.map(String.init) ?? "",
                        String(month.waitlisted), String(month.signposted)])
        }
        return csv.text
    }
}
