import ArgParse
import EngageCore
import EngageRendering

/// `engage report outcomes`.
struct ReportOutcomesCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "outcomes",
        abstract: "Quality Statement ratings: per statement, authorities that rose, stayed, fell; who completed unassessed.",
        discussion: """
            Per authority and statement, the ratings counted are those in assessments dated within the period \
            (inclusive; no bounds: all time), ordered by date then id. An authority counts for a statement when it \
            has at least two; its first and latest are compared: it rose, stayed or fell. The median change is the \
            median of latest − first over the authorities counted (— when none). \
            Evidence gap: authorities completed now whose change to completed (the latest) fell in the period and \
            that have no assessment dated on or after that day. \
            --region and --officer keep authorities in that region, led by that officer now.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report outcomes --from 2014-01-01 --to 2014-12-31", "Movement on each statement in 2014."),
            Example("engage report outcomes --region SW --format csv", "South West outcomes, for a spreadsheet."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "outcomes")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.outcomesReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportOutcomesOutput.table(value, width: $0) },
                         csv: { ReportOutcomesOutput.csv(value) })
    }
}
