import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage contact list AUTHORITY`.
struct ContactListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List an authority's contacts with their ids.",
        positionals: [Positional("AUTHORITY", help: "The authority's name, in any case.")],
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage contact list Somerset", "Somerset's contacts."),
            Example("engage contact list Bury --json", "Bury's contacts, for a script."),
        ])

    let authority: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        authority = try arguments.required("AUTHORITY")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let contacts = try context.withStore(common) { try $0.contacts(in: authority) }
        if common.json {
            context.print(try JSONOutput.render(contacts))
            return
        }
        guard !contacts.isEmpty else {
            context.print("no contacts in \(authority); add one with 'engage contact add AUTHORITY NAME --role ROLE'")
            return
        }
        var table = TextTable(columns: [.init("ID", .right), .init("NAME"), .init("ROLE"), .init("ORGANISATION"),
                                        .init("EMAIL"), .init("PHONE")])
        for contact in contacts {
            table.append([String(contact.id), contact.name, contact.role ?? "", contact.organisation ?? "",
                          contact.email ?? "", contact.phone ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}
