import ArgParse
import EngageCore
import EngageRendering

/// `engage followup add AUTHORITY --summary TEXT [--due D] [--from CONTACT] [--kind K] [--date D]`.
struct FollowUpAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Record a request from an authority for more: a workshop, materials, a conference.",
        discussion: """
            It waits in 'engage followup list' until it is done. It is due \(FollowUp.defaultDueDays) days after \
            it was asked for unless --due says otherwise. A request from an authority whose work is completed or \
            closed needs the authority taken on again.
            """,
        positionals: [Positional("AUTHORITY", help: "The authority's name, in any case.")],
        options: [
            .value("summary", valueName: "TEXT", help: "What was asked for.", required: true),
            .value("kind", valueName: "KIND", help: "\(FollowUp.Kind.allCases.map(\.rawValue).joined(separator: ", ")). Default: other."),
            .value("from", valueName: "CONTACT", help: "The contact who asked, by name."),
            .value("date", valueName: "YYYY-MM-DD", help: "When it was asked for. Default: today."),
            .value("due", valueName: "YYYY-MM-DD", help: "When it is due. Default: \(FollowUp.defaultDueDays) days after --date."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage followup add Somerset --summary "Workshop for the head-teacher forum" --kind workshop"#,
                    "Somerset asks for another workshop, due in \(FollowUp.defaultDueDays) days."),
            Example(#"engage followup add Bury --summary "Schools Handbook copies" --kind materials --from "Jo Smith" --due 2014-04-30"#,
                    "A request from a contact, with a due date."),
        ])

    let request: NewFollowUp
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let today = Day.today()
        request = try NewFollowUp(
            authority: try arguments.required("AUTHORITY"), summary: try arguments.required("summary"),
            kind: try arguments.value("kind").map { text throws(EngageError) in try FollowUp.Kind.parse(text) } ?? .other,
            contact: arguments.value("from"),
            openedOn: try arguments.value("date").map { text throws(EngageError) in try Day.parse(text) } ?? today,
            dueOn: try arguments.value("due").map { text throws(EngageError) in try Day.parse(text, what: "due date") },
            today: today)
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addFollowUp(request) }
        if common.json {
            context.print(try JSONOutput.render(added))
            return
        }
        context.print("added follow-up \(added.id) for \(added.authority), due \(added.dueOn?.description ?? "whenever")")
        if added.needsNewWork {
            let name = added.authority.contains(" ") ? "\"\(added.authority)\"" : added.authority
            context.print("\(added.authority) is \(added.authorityStatus.rawValue), so this needs new work: take it on again with 'engage authority reopen \(name) --officer NAME'")
        }
    }
}
