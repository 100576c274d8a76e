import ArgParse
import EngageCore
import EngageRendering

/// `engage agency add AUTHORITY --type TYPE --name NAME [--forum] [--date D]`.
struct AgencyAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Record an agency or forum identified in an authority.",
        discussion: """
            Types: \(AgencyType.allCases.map(\.rawValue).joined(separator: ", ")) (names such as "CYP Board/Trust" \
            and short forms such as PRU or EWS work too). LSCBs and CYP Boards count as multi-agency forums; \
            --forum counts any other agency as one. Agency names are unique per authority, ignoring case.
            """,
        positionals: [Positional("AUTHORITY", help: "The authority's name, in any case.")],
        options: [
            .value("type", valueName: "TYPE", help: "The agency's type.", required: true),
            .value("name", valueName: "NAME", help: "The agency's name, e.g. \"Somerset LSCB\".", required: true),
            .flag("forum", help: "Count it as a multi-agency forum whatever its type."),
            .value("date", valueName: "YYYY-MM-DD", help: "When it was identified. Default: today."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage agency add Somerset --type LSCB --name "Somerset LSCB""#, "Record Somerset's LSCB."),
            Example(#"engage agency add Bury --type other --name "CAPI strategy group" --forum --date 2014-01-15"#,
                    "Record a forum identified in January 2014."),
        ])

    let agency: NewAgency
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let today = Day.today()
        let date = try arguments.value("date").map { text throws(EngageError) in try Day.parse(text) } ?? today
        agency = try NewAgency(authority: try arguments.required("AUTHORITY"), name: try arguments.required("name"),
                               type: try AgencyType.parse(try arguments.required("type")), forum: arguments.flag("forum"),
                               identifiedOn: date, today: today)
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addAgency(agency) }
        if common.json {
            context.print(try JSONOutput.render(added))
        } else {
            let forum = added.isForum ? ", a multi-agency forum" : ""
            context.print("added agency \(added.name) (\(added.type.name)\(forum)) in \(added.authority ?? "")")
        }
    }
}
