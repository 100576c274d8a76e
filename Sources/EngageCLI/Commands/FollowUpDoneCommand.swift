import ArgParse
import EngageCore
import EngageRendering

/// `engage followup done ID --outcome TEXT [--date D]`.
struct FollowUpDoneCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "done",
        abstract: "Mark a follow-up request done, saying what was done.",
        positionals: [Positional("ID", help: "The follow-up's id, from 'engage followup list'.")],
        options: [
            .value("outcome", valueName: "TEXT", help: "What was done.", required: true, lineBreaks: true),
            .value("date", valueName: "YYYY-MM-DD", help: "When. Default: today."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage followup done 7 --outcome "Workshop delivered to 22 head teachers""#, "Close request 7."),
        ])

    let id: Int64
    let outcome: String
    let date: Day
    let today: Day
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let raw = try arguments.required("ID")
        guard let id = Int64(raw), id > 0 else {
            throw UsageError("argument ID needs a follow-up's id (a whole number), got '\(raw)'",
                             commandPath: ["engage", "followup", "done"])
        }
        self.id = id
        outcome = try arguments.required("outcome")
        today = Day.today()
        date = try arguments.value("date").map { text throws(EngageError) in try Day.parse(text) } ?? today
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let done = try context.withStore(common) {
            try $0.completeFollowUp(id: id, outcome: outcome, on: date, today: today)
        }
        if common.json {
            context.print(try JSONOutput.render(done))
        } else {
            context.print("follow-up \(done.id) for \(done.authority) done on \(done.closedOn?.description ?? date.description)")
        }
    }
}
