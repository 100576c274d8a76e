import CSV
import EngageCore
import TextTable

/// The follow-ups report as key–value lines or CSV (`measure,value`).
public enum ReportFollowUpsOutput {
    /// The measures as label and text, in reading order.
    /// - Parameter report: The follow-ups report.
    /// - Returns: Each measure's CSV key, its label for people and its value as text.
    public static func measures(_ report: FollowUpsReport) -> [(key: String, label: String, value: String)] {
        [("opened", "Opened in the period", String(report.opened)),
         ("closed", "Closed in the period", String(report.closed)),
         ("median_days_to_close", "Median days to close (closed in the period)", ReportText.days(report.medianDaysToClose)),
         ("open_0_30_days", "Open now, 0–30 days old", String(report.openNow.upTo30)),
         ("open_31_60_days", "Open now, 31–60 days old", String(report.openNow.from31To60)),
         ("open_61_90_days", "Open now, 61–90 days old", String(report.openNow.from61To90)),
         ("open_over_90_days", "Open now, over 90 days old", String(report.openNow.over90)),
         ("engaged_authorities", "Authorities engaged (presentation or workshop)", String(report.engagedAuthorities)),
         ("engaged_that_asked", "… of which asked for more in the period", String(report.engagedThatAsked)),
         ("asked_share_percent", "Share that asked for more", report.askedShare.map { ReportText.days($0) + "%" } ?? "—")]
    }

    /// The measures, aligned.
    /// - Parameters:
    ///   - report: The follow-ups report.
    ///   - width: The widest a line may be; nil for no limit (unused: the lines are short).
    /// - Returns: The text to print.
    public static func table(_ report: FollowUpsReport, width: Int?) -> String {
        report.scope.headline + "\n\n" + KeyValueBlock(measures(report).map { ($0.label, $0.value) }).render()
    }

    /// `measure,value`, one row per measure, plain numbers.
    /// - Parameter report: The follow-ups report.
    /// - Returns: The CSV text.
    public static func csv(_ report: FollowUpsReport) -> String {
        var csv = CSVWriter()
        csv.append(["measure", "value"])
        for measure in measures(report) {
            csv.append([measure.key, measure.value.replacing("%", with: "").replacing("—", with: "")])
        }
        return csv.text
    }
}
