import ArgParse
import EngageCore
import EngageRendering

/// `engage report summary`.
struct ReportSummaryCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "summary",
        abstract: "The headline counts of the engagement overview: authorities engaged, events, briefings, who asked for more.",
        discussion: """
            Authorities engaged directly had a presentation or workshop in the period. --officer keeps that \
            officer's activities and sendings, and the requests of authorities they lead; briefings published \
            have no officer and are counted regardless. --region leaves national activities, networks and sector \
            briefings out.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report summary --from 2013-09-01 --to 2014-08-31", "The evaluation's overview for its year."),
            Example("engage report summary --region NW --json", "North West figures, for a script."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "summary")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.summaryReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportSummaryOutput.table(value, width: $0) },
                         csv: { ReportSummaryOutput.csv(value) })
    }
}
