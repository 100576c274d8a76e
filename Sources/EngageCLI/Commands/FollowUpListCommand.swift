import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage followup list [--overdue] [--officer O] [--region R]`.
struct FollowUpListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List the authorities awaiting follow-up: open requests, oldest first, overdue marked.",
        discussion: "A request is overdue when its due date is before today. Filters combine.",
        options: [
            .flag("overdue", help: "Only overdue requests."),
            .value("officer", valueName: "NAME", help: "Only authorities this officer leads."),
            .value("region", valueName: "REGION", help: "Only authorities in this region."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [
            Example("engage followup list", "Every open request, oldest first."),
            Example(#"engage followup list --overdue --officer "Sam Jones" --region NW --json"#,
                    "Sam's overdue North West requests, for a script."),
        ])

    let filter: FollowUp.Filter
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        filter = FollowUp.Filter(overdueOnly: arguments.flag("overdue"), officer: arguments.value("officer"),
                                 region: try arguments.value("region").map { text throws(EngageError) in try Region.parse(text) },
                                 today: Day.today())
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let open = try context.withStore(common) { try $0.openFollowUps(filter) }
        if common.json {
            context.print(try JSONOutput.render(open.map { AwaitingFollowUp($0, today: filter.today) }))
            return
        }
        guard !open.isEmpty else {
            context.print(filter.overdueOnly || filter.officer != nil || filter.region != nil
                ? "no open follow-ups match" : "no authorities are awaiting follow-up")
            return
        }
        var table = TextTable(columns: [.init("ID", .right), .init("AUTHORITY"), .init("SUMMARY"), .init("AGE", .right),
                                        .init("DUE"), .init("LATE")])
        for followUp in open {
            table.append([String(followUp.id), followUp.authority, followUp.summary, "\(followUp.age(today: filter.today))d",
                          followUp.dueOn?.description ?? "", followUp.isOverdue(today: filter.today) ? "OVERDUE" : ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
