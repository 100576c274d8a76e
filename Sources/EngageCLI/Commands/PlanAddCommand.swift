import ArgParse
import EngageCore
import EngageRendering

/// `engage plan add AUTHORITY --statement KEY --action TEXT --owner NAME --due D`.
struct PlanAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Add an action to an authority's work plan, tied to one Quality Statement.",
        discussion: """
            The owner is the officer of that name, or else the authority's contact of that name. The due date may \
            be any date: a plan looks ahead. An open action whose due date has passed is overdue, and shows in \
            'engage followup list --overdue' beside the overdue follow-ups.
            """,
        positionals: [Positional("AUTHORITY", help: "The authority's name, in any case.")],
        options: [
            .value("statement", valueName: "KEY",
                   help: "The Quality Statement: awareness, identification, voice, multi-agency, cjs-stages, support, stigma, evidence.",
                   required: true),
            .value("action", valueName: "TEXT", help: "What is to be done.", required: true),
            .value("owner", valueName: "NAME", help: "Who does it: an officer, or a contact of the authority, by name.", required: true),
            .value("due", valueName: "YYYY-MM-DD", help: "When it is due.", required: true),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage plan add Bury --statement identification --action "Add a CJS question to the school intake form" --owner "Dana Cole" --due 2026-12-01"#,
                    "An action owned by one of Bury's contacts."),
            Example(#"engage plan add Bury --statement multi-agency --action "Present to the LSCB" --owner "Jo Whitfield" --due 2026-10-15"#,
                    "An action owned by an officer."),
        ])

    let request: NewPlanAction
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        request = try NewPlanAction(
            authority: try arguments.required("AUTHORITY"), statement: try arguments.required("statement"),
            action: try arguments.required("action"), owner: try arguments.required("owner"),
            dueOn: try Day.parse(try arguments.required("due"), what: "due date"))
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addPlanAction(request) }
        if common.json {
            context.print(try JSONOutput.render(added))
        } else {
            context.print("added action \(added.id) for \(added.authority) (\(added.statement)), owned by \(added.owner), due \(added.dueOn)")
        }
    }
}
