import ArgParse
import EngageCore
import EngageRendering

/// `engage briefing add TITLE --kind sector|locality [--sector S | --authority A ...]`.
struct BriefingAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Add a sector briefing, or a locality briefing written for one or more authorities.",
        discussion: """
            A sector briefing names its sector (--sector); a locality briefing names the authorities it \
            was written for (--authority, repeated for a briefing such as Greater Manchester's that covers \
            several). A locality briefing counts towards leaving stage 1. Titles are unique ignoring case.
            """,
        positionals: [Positional("TITLE", help: "The briefing's title.")],
        options: [
            .value("kind", valueName: "KIND", help: "sector or locality.", required: true),
            .value("sector", valueName: "SECTOR", help: "For a sector briefing: \(Sector.allCases.map(\.rawValue).joined(separator: ", "))."),
            .repeated("authority", valueName: "NAME", help: "For a locality briefing: an authority it was written for; repeat for several."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage briefing add "Health briefing" --kind sector --sector health"#, "Add the Health sector briefing."),
            Example(#"engage briefing add "Greater Manchester briefing" --kind locality --authority Bury --authority Wigan"#,
                    "Add a locality briefing written for Bury and Wigan."),
        ])

    let draft: Briefing.Draft
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        draft = try Briefing.Draft(
            title: try arguments.required("TITLE"), kind: try Briefing.Kind.parse(try arguments.required("kind")),
            sector: try arguments.value("sector").map { text throws(EngageError) in try Sector.parse(text) },
            authorities: arguments.values("authority"))
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addBriefing(draft) }
        if common.json {
            context.print(try JSONOutput.render(added))
            return
        }
        let about = added.sector.map { "for the \($0.name) sector" } ?? "for " + added.authorities.joined(separator: ", ")
        context.print("added \(added.kind.rawValue) briefing '\(added.title)' \(about)")
    }
}
