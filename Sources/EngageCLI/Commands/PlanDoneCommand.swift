import ArgParse
import EngageCore
import EngageRendering

/// `engage plan done ID [--date D]`.
struct PlanDoneCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "done",
        abstract: "Mark an open work-plan action done.",
        positionals: [Positional("ID", help: "The action's id, from 'engage plan list' (A7 as 'engage followup list' shows it is read too).")],
        options: [
            .value("date", valueName: "YYYY-MM-DD", help: "When it was done; not in the future. Default: today."),
        ] + CommonOptions.writing,
        examples: [Example("engage plan done 7", "Action 7 was done today.")])

    let id: Int64
    let date: Day
    let today: Day
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        id = try PlanActionID.parse(arguments, verb: "done")
        today = Day.today()
        date = try arguments.value("date").map { text throws(EngageError) in try Day.parse(text) } ?? today
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let done = try context.withStore(common) { try $0.completePlanAction(id: id, on: date, today: today) }
        if common.json {
            context.print(try JSONOutput.render(done))
        } else {
            context.print("action \(done.id) for \(done.authority) done on \(done.closedOn?.description ?? date.description)")
        }
    }
}
