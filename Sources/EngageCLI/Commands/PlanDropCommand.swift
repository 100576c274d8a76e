import ArgParse
import EngageCore
import EngageRendering

/// `engage plan drop ID --reason TEXT [--date D]`.
struct PlanDropCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "drop",
        abstract: "Drop an open work-plan action, saying why.",
        positionals: [Positional("ID", help: "The action's id, from 'engage plan list'.")],
        options: [
            .value("reason", valueName: "TEXT", help: "Why it was dropped.", required: true, lineBreaks: true),
            .value("date", valueName: "YYYY-MM-DD", help: "When; not in the future. Default: today."),
        ] + CommonOptions.writing,
        examples: [Example(#"engage plan drop 7 --reason "The LSCB merged into the safeguarding partnership""#, "Drop action 7.")])

    let id: Int64
    let reason: String
    let date: Day
    let today: Day
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        id = try PlanActionID.parse(arguments, verb: "drop")
        reason = try arguments.required("reason")
        today = Day.today()
        date = try arguments.value("date").map { text throws(EngageError) in try Day.parse(text) } ?? today
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let dropped = try context.withStore(common) { try $0.dropPlanAction(id: id, reason: reason, on: date, today: today) }
        if common.json {
            context.print(try JSONOutput.render(dropped))
        } else {
            context.print("action \(dropped.id) for \(dropped.authority) dropped on \(dropped.closedOn?.description ?? date.description): \(dropped.dropReason ?? reason)")
        }
    }
}
