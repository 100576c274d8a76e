import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage officer list`.
struct OfficerListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List officers with their active authorities against their cap.",
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage officer list", "Who leads how many authorities, by region."),
            Example("engage officer list --json", "The same, for a script."),
        ])

    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let officers = try context.withStore(common) { try $0.officers() }
        if common.json {
            context.print(try JSONOutput.render(officers))
            return
        }
        guard !officers.isEmpty else {
            context.print("no officers yet; add one with 'engage officer add NAME --region REGION'")
            return
        }
        var table = TextTable(columns: [.init("NAME"), .init("REGION"), .init("ACTIVE", .right), .init("CAP", .right)])
        for officer in officers {
            table.append([officer.name, officer.region.name, String(officer.activeCount), String(officer.activeCap)])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
