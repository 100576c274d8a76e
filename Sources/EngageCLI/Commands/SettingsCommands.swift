import ArgParse
import EngageCore
import EngageRendering

/// `engage settings set team-cap N|none`.
struct SettingsSetCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "set",
        abstract: "Change a team setting. The only one is team-cap: how many authorities the team holds at once.",
        discussion: "'none' removes the team-wide cap; officers' own caps still apply.",
        positionals: [Positional("SETTING", help: "team-cap"), Positional("VALUE", help: "A number from 1 to 1000, or none.")],
        options: CommonOptions.writing,
        examples: [Example("engage settings set team-cap 4", "The team holds at most four active authorities, as in the evaluation."),
                   Example("engage settings set team-cap none", "No team-wide cap.")])

    let cap: Int?
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let setting = try arguments.required("SETTING")
        guard setting == "team-cap" else {
            throw UsageError("unknown setting '\(setting)'; the only setting is team-cap", commandPath: ["engage", "settings", "set"])
        }
        let value = try arguments.required("VALUE")
        if value.lowercased() == "none" {
            cap = nil
        } else if let number = Int(value) {
            cap = number
        } else {
            throw UsageError("team-cap needs a number or 'none', got '\(value)'", commandPath: ["engage", "settings", "set"])
        }
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let team = try context.withStore(common) { try $0.setTeamCap(cap) }
        context.print(common.json ? try JSONOutput.render(team) : SettingsShowCommand.describe(team))
    }
}

/// `engage settings show`.
struct SettingsShowCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "show", abstract: "Show the team settings.", options: [CommonOptions.database, CommonOptions.json],
        examples: [Example("engage settings show", "The team cap and how many authorities are active.")])

    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let team = try context.withStore(common) { try $0.teamCap() }
        context.print(common.json ? try JSONOutput.render(team) : Self.describe(team))
    }

    static func describe(_ team: TeamCapacity) -> String {
        guard let cap = team.cap else { return "team-cap: none (\(team.active) active)" }
        return "team-cap: \(cap) (\(team.active) active)"
    }
}
