import ArgParse
import EngageCore
import EngageRendering

/// `engage officer add NAME --region R [--cap N]`.
struct OfficerAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Add an engagement officer.",
        discussion: """
            An officer leads active authorities up to their cap (default \(Officer.defaultCap)). Names are \
            unique ignoring case. Regions: \(Region.allCases.map(\.name).joined(separator: ", ")); short \
            forms such as NW or Yorkshire work too.
            """,
        positionals: [Positional("NAME", help: "The officer's full name.")],
        options: [
            .value("region", valueName: "REGION", help: "The region they cover.", required: true),
            .value("cap", valueName: "N", help: "Most active authorities they may lead at once (0–50, default \(Officer.defaultCap))."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage officer add "Sam Jones" --region "North West" --cap 3"#, "Add Sam, who may lead three authorities at once."),
            Example(#"engage officer add "Ann Lee" --region SW"#, "Add Ann in the South West with the default cap."),
        ])

    let officer: NewOfficer
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let cap = try arguments.int("cap") ?? Officer.defaultCap
        officer = try NewOfficer(name: try arguments.required("NAME"), region: try Region.parse(try arguments.required("region")),
                                 activeCap: cap)
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addOfficer(officer) }
        if common.json {
            context.print(try JSONOutput.render(added))
        } else {
            context.print("added officer \(added.name) (\(added.region.name), cap \(added.activeCap))")
        }
    }
}
