import ArgParse
import EngageCore
import EngageRendering
import FoundationEssentials

/// What every `engage report` command reads: the period, the filters, the format, the database.
struct ReportArguments {
    /// The options every report takes, documented once.
    static let options: [Option] = [
        .value("from", valueName: "YYYY-MM-DD", help: "First day of the period (inclusive). Default: the beginning."),
        .value("to", valueName: "YYYY-MM-DD", help: "Last day of the period (inclusive). Default: the end."),
        .value("region", valueName: "REGION", help: "Only authorities in this region; national activities and networks are left out."),
        .value("officer", valueName: "NAME", help: "Only this officer's records (see above for which officer a record has)."),
        .value("format", valueName: "FORMAT", help: "table (default), csv or json."),
        .flag("json", help: "The same as --format json."),
        CommonOptions.database,
    ]

    let scope: ReportScope
    let format: ReportFormat
    let common: CommonArguments

    /// Reads the options.
    /// - Parameters:
    ///   - arguments: The parsed command line.
    ///   - name: The report's name, for usage errors.
    /// - Throws: `UsageError` (64) for an unknown format, a bad date, a period that ends before
    ///   it starts or spans `ReportPeriod.maximumYears` or more; `EngageError` (65) for an
    ///   unknown region.
    init(_ arguments: ParsedArguments, report name: String) throws {
        let command = ["engage", "report", name]
        scope = ReportScope(
            period: try Self.period(arguments, command: command),
            region: try arguments.value("region").map { text throws(EngageError) in try Region.parse(text) },
            officer: arguments.value("officer"), today: Day.today(), timeZone: TimeZone.current.identifier)
        common = CommonArguments(arguments)
        if common.json {
            format = .json
        } else if let text = arguments.value("format") {
            guard let format = ReportFormat(rawValue: text.lowercased()) else {
                throw UsageError("option '--format' needs one of table, csv, json, got '\(text)'", commandPath: ["engage", "report", name])
            }
            self.format = format
        } else {
            format = .table
        }
    }

    /// The period of `--from` and `--to`, checked; a wrong one is a usage error, like a wrong format.
    private static func period(_ arguments: ParsedArguments, command: [String]) throws(UsageError) -> ReportPeriod {
        do {
            let from = try arguments.value("from").map { text throws(EngageError) in try Day.parse(text, what: "--from date") }
            let to = try arguments.value("to").map { text throws(EngageError) in try Day.parse(text, what: "--to date") }
            return try ReportPeriod(from: from, to: to)
        } catch {
            throw UsageError(error.description, commandPath: command)
        }
    }

    /// Prints `report` in the chosen format.
    /// - Parameters:
    ///   - report: The report value (JSON encodes it as it is).
    ///   - context: Where output goes, and the terminal's width.
    ///   - table: The table text for a terminal of the given width.
    ///   - csv: The CSV text.
    func print<Report: Encodable>(_ report: Report, in context: Context, table: (Int?) -> String, csv: () -> String) throws {
        switch format {
        case .json: context.print(try JSONOutput.render(report))
        case .csv: context.output(csv())
        case .table: context.print(table(context.terminalWidth))
        }
    }
}
