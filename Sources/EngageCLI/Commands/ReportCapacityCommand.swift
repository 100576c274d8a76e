import ArgParse
import EngageCore
import EngageRendering

/// `engage report capacity`.
struct ReportCapacityCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "capacity",
        abstract: "Per month: each officer's active authorities at month end against their cap; waitlisted and signposted.",
        discussion: """
            Months are those the period overlaps (all time: from the first recorded change to this month), each \
            counted whole. Who was active at a month's end comes from the stage-change history; caps are \
            today's. --officer shows that officer; --region counts authorities in that region. Waitlisted and \
            signposted authorities have no lead officer: --officer does not filter those counts.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report capacity --from 2014-01-01 --to 2014-08-31", "Load month by month from January to August."),
            Example("engage report capacity --officer \"Priya Shah\" --format csv", "One officer's months, for a spreadsheet."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "capacity")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.capacityReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportCapacityOutput.table(value, width: $0) },
                         csv: { ReportCapacityOutput.csv(value) })
    }
}
