import ArgParse
import EngageCore
import TextTable

/// `engage authority show NAME`.
struct AuthorityShowCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "show",
        abstract: "Show one authority: region, status, stage, lead officer, profile.",
        positionals: [Positional("NAME", help: "The authority's name, in any case.")],
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage authority show somerset", "Show Somerset."),
            Example("engage authority show Bury --json", "Show Bury, for a script."),
        ])

    let name: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let authority = try context.withStore(common) { try $0.authority(named: name) }
        if common.json {
            context.print(try JSONOutput.render(authority))
            return
        }
        var block = KeyValueBlock()
        block.append("Authority", authority.name)
        block.append("Region", authority.region.name)
        block.append("Status", "\(authority.status.rawValue) since \(DateText.day(authority.statusChangedAt))")
        if let stage = authority.stage { block.append("Stage", "\(stage.rawValue) of 4: \(stage.title)") }
        if let lead = authority.leadOfficer { block.append("Lead officer", lead) }
        if let place = authority.signpostedTo { block.append("Signposted to", place) }
        if let profile = authority.profile { block.append("Profile", profile) }
        block.append("Added", DateText.day(authority.createdAt))
        context.print(block.render())
    }
}
