import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage briefing list`.
struct BriefingListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List briefings with what each covers and how many times it was sent.",
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage briefing list", "Sector briefings, then locality briefings."),
            Example("engage briefing list --json", "The same, for a script."),
        ])

    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let briefings = try context.withStore(common) { try $0.briefings() }
        if common.json {
            context.print(try JSONOutput.render(briefings))
            return
        }
        guard !briefings.isEmpty else {
            context.print("no briefings yet; add one with 'engage briefing add TITLE --kind sector --sector SECTOR'")
            return
        }
        var table = TextTable(columns: [.init("TITLE"), .init("KIND"), .init("FOR"), .init("SENT", .right)])
        for briefing in briefings {
            table.append([briefing.title, briefing.kind.rawValue,
                          briefing.sector?.name ?? briefing.authorities.joined(separator: ", "), String(briefing.timesSent)])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
