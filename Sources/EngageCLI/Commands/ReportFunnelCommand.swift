import ArgParse
import EngageCore
import EngageRendering

/// `engage report funnel`.
struct ReportFunnelCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "funnel",
        abstract: "Authorities per status and stage now; stays entered and left per stage in the period, median and longest.",
        discussion: """
            A stay in a stage runs from entering it while active until the next change of status or stage \
            (pausing ends it); open stays count up to today. ENTERED and LEFT count stays begun and ended in the \
            period; the median and longest are of the stays that overlap it. --region and --officer keep \
            authorities in that region, led by that officer.
            Periods are any inclusive date range (default: all time). Formats: table (80 columns), csv, json.
            """,
        options: ReportArguments.options,
        examples: [
            Example("engage report funnel --from 2014-01-01 --to 2014-03-31", "How authorities moved through the stages from January to March."),
            Example("engage report funnel --officer \"Alex Morgan\" --json", "One officer's authorities, for a script."),
        ])

    let report: ReportArguments

    init(arguments: ParsedArguments) throws {
        report = try ReportArguments(arguments, report: "funnel")
    }

    func run(in context: Context) throws {
        let value = try context.withStore(report.common) { try $0.funnelReport(report.scope) }
        try report.print(value, in: context,
                         table: { ReportFunnelOutput.table(value, width: $0) },
                         csv: { ReportFunnelOutput.csv(value) })
    }
}
