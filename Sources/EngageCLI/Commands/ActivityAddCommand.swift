import ArgParse
import EngageCore
import EngageRendering

/// `engage activity add (AUTHORITY | --national --sector S) --kind KIND --date D [...]`.
struct ActivityAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Record an activity delivered or attended, in an authority or nationally.",
        discussion: """
            Kinds: \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")). An activity reaches the \
            agencies named with --agency (repeat it for several); a name not yet recorded for the authority is \
            added when --agency-type says its type. Reaching an agency records the date it was first reached. \
            Dates in the future need --planned (a planned activity counts for nothing until it has happened). \
            The officer defaults to the authority's lead officer. A national activity (--national) has no \
            authority: it names its audience's sector and its officer.
            """,
        positionals: [Positional("AUTHORITY", help: "The authority it took place in; leave out with --national.", optional: true)],
        options: [
            .value("kind", valueName: "KIND", help: "What sort of activity.", required: true),
            .value("date", valueName: "YYYY-MM-DD", help: "When it happened, or is booked for with --planned.", required: true),
            .repeated("agency", valueName: "NAME", help: "An agency it reached, by name; repeat for several."),
            .value("agency-type", valueName: "TYPE", help: "The type to record agencies named but not yet known."),
            .value("attendees", valueName: "N", help: "How many attended (0–100000), when known."),
            .value("officer", valueName: "NAME", help: "Who delivered it. Default: the authority's lead officer."),
            .value("title", valueName: "TEXT", help: "A title, e.g. \"LSCB board meeting\"."),
            .value("note", valueName: "TEXT", help: "A note.", lineBreaks: true),
            .value("sector", valueName: "SECTOR", help: "The audience's sector: \(Sector.allCases.map(\.rawValue).joined(separator: ", "))."),
            .flag("national", help: "A national activity, with no authority (needs --sector and --officer)."),
            .flag("planned", help: "Booked for a date today or later; not yet happened."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage activity add Somerset --kind presentation --agency "Somerset LSCB" --date 2014-03-12 --attendees 18"#,
                    "A presentation to Somerset's LSCB."),
            Example(#"engage activity add Bury --kind workshop --agency "Bury heads forum" --agency-type schools --date 2014-05-02"#,
                    "A workshop that reached a forum not yet recorded, added as a schools agency."),
            Example(#"engage activity add --national --sector prisons --kind stall --officer "Sam Jones" --date 2014-06-20"#,
                    "A stall at a national prisons event."),
        ])

    let activity: NewActivity
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let scope = try Self.scope(arguments)
        activity = try NewActivity(
            scope: scope, kind: try ActivityKind.parse(try arguments.required("kind")),
            date: try Day.parse(try arguments.required("date")),
            sector: try arguments.value("sector").map { text throws(EngageError) in try Sector.parse(text) },
            agencies: arguments.values("agency"),
            newAgencyType: try arguments.value("agency-type").map { text throws(EngageError) in try AgencyType.parse(text) },
            attendees: try arguments.int("attendees"), officer: arguments.value("officer"),
            title: arguments.value("title"), notes: arguments.value("note"), planned: arguments.flag("planned"),
            today: Day.today())
        common = CommonArguments(arguments)
    }

    private static func scope(_ arguments: ParsedArguments) throws -> NewActivity.Scope {
        guard arguments.flag("national") else { return .authority(try arguments.required("AUTHORITY")) }
        if let authority = arguments.value("AUTHORITY") {
            throw EngageError(.invalid, "an activity is either in an authority ('\(authority)') or national, not both",
                              hint: "leave out --national, or the authority")
        }
        return .national
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addActivity(activity) }
        if common.json {
            context.print(try JSONOutput.render(added))
            return
        }
        let place = added.authority.map { "in \($0)" } ?? "nationally (\(added.sector?.name ?? ""))"
        let reached = added.agencies.isEmpty ? "" : ", reaching " + added.agencies.joined(separator: ", ")
        let planned = added.planned ? "planned " : ""
        context.print("recorded \(planned)\(added.kind.rawValue) \(place) on \(added.occurredOn) by \(added.officer)\(reached)")
    }
}
