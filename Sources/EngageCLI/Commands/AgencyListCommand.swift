import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage agency list [AUTHORITY] [--type T]`.
struct AgencyListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List agencies identified, by authority, with when each was first reached.",
        positionals: [Positional("AUTHORITY", help: "Only this authority's agencies.", optional: true)],
        options: [
            .value("type", valueName: "TYPE", help: "Only this type: \(AgencyType.allCases.map(\.rawValue).joined(separator: ", "))."),
            CommonOptions.database, CommonOptions.json,
        ],
        examples: [
            Example("engage agency list Somerset", "Somerset's agencies and forums."),
            Example("engage agency list --type lscb --json", "Every LSCB recorded, for a script."),
        ])

    let authority: String?
    let type: AgencyType?
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        authority = arguments.value("AUTHORITY")
        type = try arguments.value("type").map { text throws(EngageError) in try AgencyType.parse(text) }
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let agencies = try context.withStore(common) { try $0.agencies(in: authority, type: type) }
        if common.json {
            context.print(try JSONOutput.render(agencies))
            return
        }
        guard !agencies.isEmpty else {
            context.print(authority == nil && type == nil
                ? "no agencies yet; add one with 'engage agency add AUTHORITY --type TYPE --name NAME'"
                : "no agencies match")
            return
        }
        var table = TextTable(columns: [.init("AUTHORITY"), .init("AGENCY"), .init("TYPE"), .init("FORUM"),
                                        .init("IDENTIFIED"), .init("REACHED")])
        for agency in agencies {
            table.append([agency.authority ?? "(national)", agency.name, agency.type.name, agency.isForum ? "yes" : "",
                          agency.identifiedOn.description, agency.reachedOn?.description ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
