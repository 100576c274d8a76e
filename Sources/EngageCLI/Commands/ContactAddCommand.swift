import ArgParse
import EngageCore
import EngageRendering

/// `engage contact add AUTHORITY NAME --role ROLE [--organisation O] [--email E] [--phone P]`.
struct ContactAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Add a contact in an authority (personal data: erasable with 'engage contact erase').",
        positionals: [
            Positional("AUTHORITY", help: "The authority's name, in any case."),
            Positional("NAME", help: "The person's name."),
        ],
        options: [
            .value("role", valueName: "ROLE", help: "Their role, e.g. \"LSCB Manager\".", required: true),
            .value("organisation", valueName: "NAME", help: "Their organisation."),
            .value("email", valueName: "ADDRESS", help: "Their email address."),
            .value("phone", valueName: "NUMBER", help: "Their phone number."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage contact add Somerset "Jo Smith" --role "LSCB Manager" --email jo.smith@example.org"#,
                    "Add Somerset's LSCB manager."),
        ])

    let contact: NewContact
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        contact = try NewContact(authority: try arguments.required("AUTHORITY"), name: try arguments.required("NAME"),
                                 role: try arguments.required("role"), organisation: arguments.value("organisation"),
                                 email: arguments.value("email"), phone: arguments.value("phone"))
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let added = try context.withStore(common) { try $0.addContact(contact) }
        if common.json {
            context.print(try JSONOutput.render(added))
        } else {
            context.print("added contact \(added.id): \(added.name) (\(added.role ?? "")) in \(added.authority)")
        }
    }
}
