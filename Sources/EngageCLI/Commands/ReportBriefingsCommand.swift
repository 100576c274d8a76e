import ArgParse
import EngageCore
import EngageRendering

/// `engage report briefings`.
struct ReportBriefingsCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "briefings",
        abstract: "Each briefing sent in the period: where it went (authorities, agencies, networks) and how often.",
        discussion: """
            Lists briefings sent at least once in the period, with the sendings and the distinct authorities, \
            agencies and networks reached, per briefing and in total. --officer keeps that officer's sendings; \
            --region keeps sendings to authorities (and their agencies) in the region, so networks drop out.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report briefings --from 2014-01-01 --to 2014-03-31", "Where briefings went from January to March."),
            Example("engage report briefings --format csv", "The briefing × networks table for a spreadsheet."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "briefings")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.briefingsReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportBriefingsOutput.table(value, width: $0) },
                         csv: { ReportBriefingsOutput.csv(value) })
    }
}
