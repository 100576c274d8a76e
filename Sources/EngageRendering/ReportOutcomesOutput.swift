import CSV
import EngageCore
import TextTable

/// The outcomes report as tables (statements, then the evidence gap) or CSV (one row per statement
/// and per authority in the gap).
public enum ReportOutcomesOutput {
    /// Per statement: authorities counted, rose, stayed, fell, median change; then the authorities
    /// that completed stage 4 with no later assessment.
    /// - Parameters:
    ///   - report: The outcomes report.
    ///   - width: The widest a line may be; nil for no limit.
    /// - Returns: The text to print.
    public static func table(_ report: OutcomesReport, width: Int?) -> String {
        var statements = TextTable(columns: [.init("STATEMENT"), .init("COUNTED", .right), .init("ROSE", .right),
                                             .init("STAYED", .right), .init("FELL", .right), .init("MEDIAN", .right)])
        for outcome in report.statements {
            statements.append([outcome.title, String(outcome.authorities), String(outcome.rose), String(outcome.stayed),
                               String(outcome.fell), change(outcome.medianChange)])
        }
        var text = report.scope.headline + "\n\n" + statements.render(maxWidth: width)
            + "\nCOUNTED: authorities rated on the statement at least twice in the period.\n"
            + "ROSE, STAYED, FELL, MEDIAN: their latest rating against their first (scale 1–4).\n\n"
        if report.evidenceGap.isEmpty {
            text += "Evidence gap: none (every authority completed in the period has a later assessment)."
        } else {
            var gap = TextTable(columns: [.init("COMPLETED, NO LATER ASSESSMENT"), .init("REGION"), .init("OFFICER"), .init("COMPLETED ON")])
            for entry in report.evidenceGap {
                gap.append([entry.authority, entry.region.name, entry.officer ?? "—", entry.completedOn.description])
            }
            text += gap.render(maxWidth: width) + "\nEvidence gap: \(report.evidenceGap.count) "
                + (report.evidenceGap.count == 1 ? "authority" : "authorities") + " completed stage 4 with no assessment since."
        }
        return text
    }

    /// Columns group (`statement` or `evidence_gap`), statement, title, authorities, rose, stayed,
    /// fell, median_change, authority, region, officer, completed_on; each row fills its group's.
    /// - Parameter report: The outcomes report.
    /// - Returns: The CSV text.
    public static func csv(_ report: OutcomesReport) -> String {
        var csv = CSVWriter()
        csv.append(["group", "statement", "title", "authorities", "rose", "stayed", "fell", "median_change",
                    "authority", "region", "officer", "completed_on"])
        for outcome in report.statements {
            csv.append(["statement", outcome.statement, outcome.title, String(outcome.authorities), String(outcome.rose),
                        String(outcome.stayed), String(outcome.fell), ReportText.csvNumber(outcome.medianChange), "", "", "", ""])
        }
        for entry in report.evidenceGap {
            csv.append(["evidence_gap", "", "", "", "", "", "", "", entry.authority, entry.region.rawValue, entry.officer ?? "",
                        entry.completedOn.description])
        }
        return csv.text
    }

    /// A median change as people read it: "+1", "-0.5", "0"; "—" when there is none.
    /// - Parameter value: The change, if any.
    /// - Returns: The signed number to one decimal place, without a trailing ".0".
    public static func change(_ value: Double?) -> String {
        guard let value else { return "—" }
        let text = ReportText.days(value)
        return value > 0 && text != "0" ? "+" + text : text
    }
}
