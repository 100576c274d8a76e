import CSV
import EngageCore
import TextTable

/// The funnel report as tables (statuses now, then stages) or CSV (one row per status and stage).
public enum ReportFunnelOutput {
    /// Statuses now, then per stage: active now, entered, left, stays, median and longest days.
    /// - Parameters:
    ///   - report: The funnel report.
    ///   - width: The widest a line may be; nil for no limit.
    /// - Returns: The text to print.
    public static func table(_ report: FunnelReport, width: Int?) -> String {
        var statuses = TextTable(columns: [.init("STATUS NOW"), .init("AUTHORITIES", .right)])
        for status in report.statuses {
            statuses.append([status.status.rawValue, String(status.authorities)])
        }
        var stages = TextTable(columns: [.init("STAGE"), .init("NOW", .right), .init("ENTERED", .right), .init("LEFT", .right),
                                         .init("STAYS", .right), .init("MEDIAN DAYS", .right), .init("MAX DAYS", .right)])
        for flow in report.stages {
            stages.append(["\(flow.stage.rawValue) \(flow.name)", String(flow.activeNow), String(flow.entered), String(flow.left),
                           String(flow.stays), ReportText.days(flow.medianDays), flow.maxDays.map(String.init) ?? "—"])
        }
        return report.scope.headline + "\n\n" + statuses.render(maxWidth: width) + "\n" + stages.render(maxWidth: width)
            + "\nNOW: active at the stage today. ENTERED, LEFT: stays begun, ended in the period.\n"
            + "STAYS, MEDIAN, MAX: the stays overlapping the period, open ones counted up to today."
    }

    /// Columns group (status or stage), name, now, entered, left, stays, median_days, max_days;
    /// status rows fill only `now`.
    /// - Parameter report: The funnel report.
    /// - Returns: The CSV text.
    public static func csv(_ report: FunnelReport) -> String {
        var csv = CSVWriter()
        csv.append(["group", "name", "now", "entered", "left", "stays", "median_days", "max_days"])
        for status in report.statuses {
            csv.append(["status", status.status.rawValue, String(status.authorities), "", "", "", "", ""])
        }
        for flow in report.stages {
            csv.append(["stage", String(flow.stage.rawValue), String(flow.activeNow), String(flow.entered), String(flow.left),
                        String(flow.stays), ReportText.csvNumber(flow.medianDays), flow.maxDays.map(String.init) ?? ""])
        }
        return csv.text
    }
}
