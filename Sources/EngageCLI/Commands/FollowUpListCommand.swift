import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage followup list [--overdue] [--officer O] [--region R]`.
struct FollowUpListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List the authorities awaiting follow-up: open requests, oldest first, overdue marked.",
        discussion: """
            A request is overdue when its due date is before today. With --overdue the list also shows the overdue \
            work-plan actions ('engage plan'), their ids marked A (A7), in one list by due date; in --json each item \
            has "item": "followup" or "action". Filters combine, and apply to actions through their authority.
            """,
        options: [
            .flag("overdue", help: "Only overdue requests, and overdue work-plan actions."),
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
        let (open, actions) = try context.withStore(common) { store in
            let open = try store.openFollowUps(filter)
            guard filter.overdueOnly else { return (open, [PlanAction]()) }
            let actions = try store.planActions(PlanAction.Filter(overdueOnly: true, officer: filter.officer,
                                                                  region: filter.region, today: filter.today))
            return (open, actions)
        }
        let awaiting = open.map { AwaitingFollowUp($0, today: filter.today) }
        let items = filter.overdueOnly ? AwaitingItem.byDueDate(followUps: awaiting, actions: actions, today: filter.today)
                                       : awaiting.map(AwaitingItem.followUp)
        if common.json {
            context.print(try JSONOutput.render(items))
            return
        }
        guard !items.isEmpty else {
            context.print(filter.overdueOnly || filter.officer != nil || filter.region != nil
                ? "no open follow-ups match" : "no authorities are awaiting follow-up")
            return
        }
        var table = TextTable(columns: [.init("ID", .right), .init("AUTHORITY"), .init("SUMMARY"), .init("AGE", .right),
                                        .init("DUE"), .init("LATE")])
        for item in items {
            switch item {
            case .followUp(let awaiting):
                let followUp = awaiting.followUp
                table.append([String(followUp.id), followUp.authority, followUp.summary, "\(awaiting.ageDays)d",
                              followUp.dueOn?.description ?? "", awaiting.overdue ? "OVERDUE" : ""])
            case .action(let awaiting):
                let action = awaiting.action
                table.append(["A\(action.id)", action.authority, "action (\(action.statement)): \(action.action)", "",
                              action.dueOn.description, awaiting.overdue ? "OVERDUE" : ""])
            }
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
