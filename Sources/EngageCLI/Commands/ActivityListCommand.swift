import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage activity list [AUTHORITY] [--from D] [--to D] [--kind K]`.
struct ActivityListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List activities, oldest first, for a period, an authority or a kind.",
        discussion: "Filters combine. Periods are any date range (the evaluation reported Sept–Dec, Jan–Mar, Apr–Jun, Jul–Aug).",
        positionals: [Positional("AUTHORITY", help: "Only this authority's activities.", optional: true)],
        options: [
            .value("from", valueName: "YYYY-MM-DD", help: "Only on or after this date."),
            .value("to", valueName: "YYYY-MM-DD", help: "Only on or before this date."),
            .value("kind", valueName: "KIND", help: "Only this kind: \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", "))."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [
            Example("engage activity list Somerset", "Everything recorded in Somerset."),
            Example("engage activity list --from 2013-09-01 --to 2013-12-31 --kind workshop --json", "Workshops from September to December 2013, for a script."),
        ])

    let filter: Activity.Filter
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        filter = try Activity.Filter(
            authority: arguments.value("AUTHORITY"),
            from: try arguments.value("from").map { text throws(EngageError) in try Day.parse(text, what: "--from date") },
            to: try arguments.value("to").map { text throws(EngageError) in try Day.parse(text, what: "--to date") },
            kind: try arguments.value("kind").map { text throws(EngageError) in try ActivityKind.parse(text) })
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let activities = try context.withStore(common) { try $0.activities(filter) }
        if common.json {
            context.print(try JSONOutput.render(activities))
            return
        }
        guard !activities.isEmpty else {
            context.print("no activities match; record one with 'engage activity add AUTHORITY --kind KIND --date YYYY-MM-DD'")
            return
        }
        var table = TextTable(columns: [.init("DATE"), .init("KIND"), .init("AUTHORITY"), .init("AGENCIES / SECTOR"),
                                        .init("ATTENDEES", .right), .init("OFFICER")])
        for activity in activities {
            let kind = activity.kind.rawValue + (activity.planned ? " (planned)" : "")
            let audience = activity.agencies.isEmpty ? activity.sector?.name ?? "" : activity.agencies.joined(separator: ", ")
            table.append([activity.occurredOn.description, kind, activity.authority ?? "(national)", audience,
                          activity.attendees.map(String.init) ?? "", activity.officer])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
