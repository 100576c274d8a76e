import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage plan list [AUTHORITY] [--open] [--overdue]`.
struct PlanListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List work-plan actions by due date: one authority's or everyone's, overdue marked.",
        discussion: "An action is overdue when it is open and its due date is before today. Filters combine.",
        positionals: [Positional("AUTHORITY", help: "Only this authority's actions. Default: every authority's.", optional: true)],
        options: [
            .flag("open", help: "Only open actions."),
            .flag("overdue", help: "Only open actions due before today."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [
            Example("engage plan list Bury", "Bury's work plan: every action, by due date."),
            Example("engage plan list --overdue --json", "Every overdue action, for a script."),
        ])

    let filter: PlanAction.Filter
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        filter = PlanAction.Filter(authority: arguments.value("AUTHORITY"), openOnly: arguments.flag("open"),
                                   overdueOnly: arguments.flag("overdue"), today: Day.today())
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let actions = try context.withStore(common) { try $0.planActions(filter) }
        if common.json {
            context.print(try JSONOutput.render(actions.map { AwaitingAction($0, today: filter.today) }))
            return
        }
        guard !actions.isEmpty else {
            context.print(filter.authority == nil && !filter.openOnly && !filter.overdueOnly
                ? "no work-plan actions yet; add one with 'engage plan add'" : "no work-plan actions match")
            return
        }
        var table = TextTable(columns: [.init("ID", .right), .init("AUTHORITY"), .init("STATEMENT"), .init("ACTION"),
                                        .init("OWNER"), .init("DUE"), .init("STATUS")])
        for action in actions {
            let status: String = switch action.status {
            case .open: action.isOverdue(today: filter.today) ? "OVERDUE" : "open"
            case .done: "done \(action.closedOn?.description ?? "")"
            case .dropped: "dropped \(action.closedOn?.description ?? ""): \(action.dropReason ?? "")"
            }
            table.append([String(action.id), action.authority, action.statement, action.action, action.owner,
                          action.dueOn.description, status])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
