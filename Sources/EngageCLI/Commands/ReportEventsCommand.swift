import ArgParse
import EngageCore
import EngageRendering

/// `engage report events`.
struct ReportEventsCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "events",
        abstract: "Events by audience sector × kind, with row and column totals.",
        discussion: """
            Counts activities that happened (not planned) in the period, national ones included; an activity \
            without a sector counts under (no sector). Columns: presentation, delegate, stall, update, workshop, \
            then any other kind present. --officer keeps that officer's activities; --region leaves national \
            activities out.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report events --from 2013-09-01 --to 2014-08-31", "The evaluation's events table for its year."),
            Example("engage report events --officer \"Jo Whitfield\" --json", "One officer's events, for a script."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "events")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.eventsReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportEventsOutput.table(value, width: $0) },
                         csv: { ReportEventsOutput.csv(value) })
    }
}
