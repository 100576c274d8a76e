import CSV
import EngageCore
import TextTable

/// The briefings report as tables (counts, then where each went) or CSV (one row per briefing).
public enum ReportBriefingsOutput {
    /// The counts per briefing with a total row, then each briefing's places.
    /// - Parameters:
    ///   - report: The briefings report.
    ///   - width: The widest a line may be; nil for no limit.
    /// - Returns: The text to print.
    public static func table(_ report: BriefingsReport, width: Int?) -> String {
        guard !report.briefings.isEmpty else { return report.scope.headline + "\n\nno briefing was sent in the period" }
        var counts = TextTable(columns: [.init("BRIEFING"), .init("PUBLISHED"), .init("SENT", .right), .init("LAS", .right),
                                         .init("AGENCIES", .right), .init("NETWORKS", .right)])
        for entry in report.briefings {
            counts.append([entry.title, entry.publishedOn?.description ?? "—"] + numbers(entry.counts))
        }
        counts.append(["Total", ""] + numbers(report.total))
        var places = TextTable(columns: [.init("BRIEFING"), .init("SENT TO"), .init("AS"), .init("TIMES", .right)])
        for entry in report.briefings {
            for (index, target) in entry.targets.enumerated() {
                places.append([index == 0 ? entry.title : "", target.name, target.kind.rawValue, String(target.times)])
            }
        }
        return report.scope.headline + "\n\n" + counts.render(maxWidth: width) + "\n" + places.render(maxWidth: width)
    }

    /// One row per briefing: its counts and the places, by kind, separated by "; "; then a total row.
    /// - Parameter report: The briefings report.
    /// - Returns: The CSV text.
    public static func csv(_ report: BriefingsReport) -> String {
        var csv = CSVWriter()
        csv.append(["Briefing", "Kind", "Published", "Sendings", "Authorities", "Agencies", "Networks",
                    "Authorities sent to", "Agencies sent to", "Networks sent to"])
        for entry in report.briefings {
            csv.append([entry.title, entry.kind.rawValue, entry.publishedOn?.description ?? ""] + numbers(entry.counts)
                       + [entry.names(.authority), entry.names(.agency), entry.names(.network)].map { $0.joined(separator: "; ") })
        }
        csv.append(["Total", "", ""] + numbers(report.total) + ["", "", ""])
        return csv.text
    }

    private static func numbers(_ counts: BriefingsReport.Counts) -> [String] {
        [counts.sendings, counts.authorities, counts.agencies, counts.networks].map(String.init)
    }
}
