import EngageCore

/// The period report as its seven sections: each titled, as the report of that name would print
/// it (tables for a terminal) or as its CSV (what the board lays out as tables).
public enum ReportPeriodOutput {
    /// One section: its title, and the report it holds as CSV.
    public struct Section: Sendable {
        /// The anchor and CLI name of the report, e.g. `agencies`.
        public let name: String
        public let title: String
        public let csv: String
    }

    /// The sections in the order chapter 3 of the evaluation reported them.
    public static func sections(_ report: PeriodReport) -> [Section] {
        [
            Section(name: "summary", title: "Headline counts", csv: ReportSummaryOutput.csv(report.summary)),
            Section(name: "agencies", title: "Agencies reached: authority × agency type", csv: ReportAgenciesOutput.csv(report.agencies)),
            Section(name: "events", title: "Events by audience sector × kind", csv: ReportEventsOutput.csv(report.events)),
            Section(name: "briefings", title: "Briefings and where they went", csv: ReportBriefingsOutput.csv(report.briefings)),
            Section(name: "followups", title: "Requests for more", csv: ReportFollowUpsOutput.csv(report.followUps)),
            Section(name: "funnel", title: "The funnel: authorities per status and stage", csv: ReportFunnelOutput.csv(report.funnel)),
            Section(name: "outcomes", title: "Outcomes against the Quality Statements", csv: ReportOutcomesOutput.csv(report.outcomes)),
        ]
    }

    /// Every section as the terminal shows that report, under its title.
    /// - Parameter width: The widest a line may be; nil for no limit.
    public static func table(_ report: PeriodReport, width: Int?) -> String {
        let tables = [
            ReportSummaryOutput.table(report.summary, width: width), ReportAgenciesOutput.table(report.agencies, width: width),
            ReportEventsOutput.table(report.events, width: width), ReportBriefingsOutput.table(report.briefings, width: width),
            ReportFollowUpsOutput.table(report.followUps, width: width), ReportFunnelOutput.table(report.funnel, width: width),
            ReportOutcomesOutput.table(report.outcomes, width: width),
        ]
        return zip(sections(report), tables).map { section, table in
            section.title.uppercased() + "\n" + String(repeating: "═", count: min(section.title.count, width ?? .max)) + "\n" + table
        }.joined(separator: "\n\n")
    }

    /// Every section's CSV, each after a line `# TITLE`, separated by a blank line.
    public static func csv(_ report: PeriodReport) -> String {
        sections(report).map { "# \($0.title)\n\($0.csv)" }.joined(separator: "\n")
    }
}
