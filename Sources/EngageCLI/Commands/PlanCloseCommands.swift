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
        id = try planActionID(arguments, verb: "done")
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

/// `engage plan drop ID --reason TEXT [--date D]`.
struct PlanDropCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "drop",
        abstract: "Drop an open work-plan action, saying why.",
        positionals: [Positional("ID", help: "The action's id, from 'engage plan list'.")],
        options: [
            .value("reason", valueName: "TEXT", help: "Why it was dropped.", required: true),
            .value("date", valueName: "YYYY-MM-DD", help: "When; not in the future. Default: today."),
        ] + CommonOptions.writing,
        examples: [Example(#"engage plan drop 7 --reason "The LSCB merged into the safeguarding partnership""#, "Drop action 7.")])

    let id: Int64
    let reason: String
    let date: Day
    let today: Day
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        id = try planActionID(arguments, verb: "drop")
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

/// The ID argument: a whole number, or `A` and one as 'engage followup list' shows actions.
private func planActionID(_ arguments: ParsedArguments, verb: String) throws -> Int64 {
    let raw = try arguments.required("ID")
    let digits = raw.first == "A" || raw.first == "a" ? String(raw.dropFirst()) : raw
    guard let id = Int64(digits), id > 0 else {
        throw UsageError("argument ID needs an action's id (a whole number), got '\(raw)'", commandPath: ["engage", "plan", verb])
    }
    return id
}
