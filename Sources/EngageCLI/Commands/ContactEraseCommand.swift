import ArgParse
import EngageCore
import EngageRendering

/// `engage contact erase ID`.
struct ContactEraseCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "erase",
        abstract: "Erase a contact's personal data on a data-protection request.",
        discussion: """
            In one transaction: deletes the contact (follow-ups it asked for stay, without the link), \
            blanks the contact's details in earlier audit-log rows, and records the erasure without \
            personal data. It cannot be undone.
            """,
        positionals: [Positional("ID", help: "The contact's id, from 'engage contact list AUTHORITY'.")],
        options: CommonOptions.writing,
        examples: [
            Example("engage contact erase 12", "Erase contact 12."),
        ])

    let id: Int64
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        let raw = try arguments.required("ID")
        guard let id = Int64(raw), id > 0 else {
            throw UsageError("argument ID needs a contact's id (a whole number), got '\(raw)'",
                             commandPath: ["engage", "contact", "erase"])
        }
        self.id = id
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let erasure = try context.withStore(common) { try $0.eraseContact(id: id) }
        if common.json {
            context.print(try JSONOutput.render(erasure))
        } else {
            context.print("erased contact \(erasure.contactId) of \(erasure.authority): \(erasure.auditRowsBlanked) audit rows blanked, \(erasure.followUpsUnlinked) follow-ups unlinked")
        }
    }
}
