import ArgParse
import EngageCore
import EngageRendering

/// `engage statement reword KEY [--title T] [--description D]`.
struct StatementRewordCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "reword",
        abstract: "Reword a Quality Statement's title or description (a manager's change, audited).",
        discussion: "The key and the order stay as they are, and so do the ratings given against it; statements are never deleted.",
        positionals: [Positional("KEY", help: "The statement's key, e.g. multi-agency (see 'engage statement list').")],
        options: [
            .value("title", valueName: "TEXT", help: "The new title."),
            .value("description", valueName: "TEXT", help: "The new one-line description."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage statement reword voice --title "Children's voice" --as "Pat Manager""#, "A shorter title."),
        ])

    let key: String
    let title: String?
    let description: String?
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        key = try arguments.required("KEY")
        title = arguments.value("title")
        description = arguments.value("description")
        guard title != nil || description != nil else {
            throw UsageError("give --title, --description or both", commandPath: ["engage", "statement", "reword"])
        }
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let statement = try context.withStore(common) { try $0.rewordStatement(key: key, title: title, description: description) }
        if common.json { return context.print(try JSONOutput.render(statement)) }
        context.print("reworded statement \(statement.key): \(statement.title) — \(statement.description)")
    }
}
