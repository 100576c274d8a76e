import ArgParse
import EngageCore
import EngageRendering

/// `engage officer set-cap OFFICER N`.
struct OfficerSetCapCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "set-cap",
        abstract: "Set how many active authorities an officer may lead at once.",
        discussion: "A cap cannot go below the officer's current active load: free places first.",
        positionals: [Positional("OFFICER", help: "The officer, in any case."), Positional("N", help: "The cap, 0–50.")],
        options: CommonOptions.writing,
        examples: [Example("engage officer set-cap \"Jo Whitfield\" 3", "Jo may lead three active authorities.")])

    let officer: String
    let cap: Int
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        officer = try arguments.required("OFFICER")
        cap = try arguments.int("N") ?? Officer.defaultCap
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let updated = try context.withStore(common) { try $0.setCap(of: officer, to: cap) }
        context.print(common.json ? try JSONOutput.render(updated)
                           : "\(updated.name) may now lead \(updated.activeCap) active authorities (leads \(updated.activeCount))")
    }
}
