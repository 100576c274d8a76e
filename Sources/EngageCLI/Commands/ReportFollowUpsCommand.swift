import ArgParse
import EngageCore
import EngageRendering

/// `engage report followups`.
struct ReportFollowUpsCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "followups",
        abstract: "Requests for more: opened and closed in the period, days to close, open ones by age, who asked.",
        discussion: """
            Median days to close are of the requests closed in the period. Open now: every request not closed, \
            by age (0–30, 31–60, 61–90, over 90 days). Engaged authorities had a presentation or workshop in the \
            period; the share is of those with a request opened in the period. --region and --officer keep \
            authorities in that region, led by that officer.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report followups --from 2014-06-01 --to 2014-08-31", "Requests over the summer."),
            Example("engage report followups --region SW --format csv", "South West requests, for a spreadsheet."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "followups")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.followUpsReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportFollowUpsOutput.table(value, width: $0) },
                         csv: { ReportFollowUpsOutput.csv(value) })
    }
}
