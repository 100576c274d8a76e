import ArgParse
import EngageCore
import EngageRendering

/// `engage report agencies`.
struct ReportAgenciesCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "agencies",
        abstract: "Authority × agency type: an X where an agency of that type was reached in the period, with totals.",
        discussion: """
            An X: an activity that happened (not planned) in the period reached an agency of that type in the \
            authority, or such an agency was recorded as reached (its reached-on date) in the period. \
            Authorities without any X in the period are left out. Below the matrix: the total per type, and how \
            many authorities were reached through more than one type. --officer keeps marks from that officer's \
            activities, and agencies reached in authorities that officer leads.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report agencies --from 2013-09-01 --to 2014-08-31", "The evaluation's table for its year."),
            Example("engage report agencies --region NW --format csv", "North West authorities, full type names, for a spreadsheet."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "agencies")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.agenciesReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportAgenciesOutput.table(value, width: $0) },
                         csv: { ReportAgenciesOutput.csv(value) })
    }
}
