import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage statement list`.
struct StatementListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List the eight Quality Statements: key, title, description.",
        discussion: "Assessments rate each statement by its key on a four-point scale: \(Rating.scale).",
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage statement list", "The statements, in order."),
            Example("engage statement list --json", "The same, for a script."),
        ])

    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let statements = try context.withStore(common) { try $0.qualityStatements() }
        if common.json { return context.print(try JSONOutput.render(statements)) }
        var table = TextTable(columns: [.init("#", .right), .init("KEY"), .init("TITLE"), .init("DESCRIPTION")])
        for statement in statements {
            table.append([String(statement.position), statement.key, statement.title, statement.description])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
