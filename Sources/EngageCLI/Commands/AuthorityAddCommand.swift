import ArgParse
import EngageCore
import EngageRendering

/// `engage authority add NAME --region R [--profile TEXT]`.
struct AuthorityAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Add a local authority as a prospect.",
        discussion: """
            A new authority is a prospect: known, not yet asked. Names are unique ignoring case. \
            The profile is free text about what shapes engagement there: commitment and capacity, \
            whether its forums work, schools and academies, prison family services, rurality.
            """,
        positionals: [Positional("NAME", help: "The authority's name, e.g. Somerset.")],
        options: [
            .value("region", valueName: "REGION", help: "One of England's nine regions.", required: true),
            .value("profile", valueName: "TEXT", help: "What shapes engagement there.", lineBreaks: true),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage authority add Somerset --region "South West""#, "Add Somerset as a prospect."),
            Example(#"engage authority add Hull --region Yorkshire --profile "HMP Hull runs family days""#, "Add Hull with a profile note."),
        ])

    let authority: NewAuthority
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        authority = try NewAuthority(name: try arguments.required("NAME"), region: try Region.parse(try arguments.required("region")),
                                     profile: arguments.value("profile"))
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addAuthority(authority) }
        if common.json {
            context.print(try JSONOutput.render(added))
        } else {
            context.print("added authority \(added.name) (\(added.region.name)) as a prospect")
        }
    }
}
