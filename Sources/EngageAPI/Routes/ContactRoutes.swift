import EngageCore
import EngageStore

/// `/api/contacts` and `/api/authorities/{name}/contacts`: the people in authorities (personal data).
extension RecordingRoutes {
    /// Listing, adding and erasing contacts.
    static let contacts: [APIRoute] = [listContacts, addContact, eraseContact]

    private static let listContacts = APIRoute(
        .get, "/api/authorities/{name}/contacts", operationID: "listContacts",
        summary: "List an authority's contacts with their ids", access: .viewer,
        pathParameters: [Vocabulary.authorityName],
        response: .json("The contacts, by name.", .array(.reference("Contact"))),
        handler: .store { context in try context.json(try context.store.contacts(in: try context.path("name"))) })

    private static let addContact = APIRoute(
        .post, "/api/contacts", operationID: "addContact",
        summary: "Add a contact in an authority (personal data, erasable by a manager)", access: .officer,
        body: .json([Property("authority", .name, required: true, "The authority's name, in any case."),
                     Property("name", .name, required: true, "The person's name."),
                     Property("role", .name, required: true, "Their role, e.g. \"LSCB Manager\"."),
                     Property("organisation", .string(maxLength: DisplayName.maximumLength), "Their organisation; blank means none."),
                     Property("email", .string(maxLength: 254), "Their email address, name@example.org; blank means none."),
                     Property("phone", .string(maxLength: 20), "Their phone number: 6 to 20 digits, spaces and + ( ) -; blank means none.")]),
        response: .json(.created, "The contact added, with its id.", .reference("Contact")),
        handler: .store { context in
            let body = context.body
            let contact = try NewContact(authority: try body.string("authority"), name: try body.string("name"),
                                         role: try body.string("role"), organisation: body.optionalString("organisation"),
                                         email: body.optionalString("email"), phone: body.optionalString("phone"))
            return try context.json(try context.store.addContact(contact), status: .created)
        })

    private static let eraseContact = APIRoute(
        .delete, "/api/contacts/{id}", operationID: "eraseContact",
        summary: "Erase a contact's personal data on a data-protection request; it cannot be undone", access: .manager,
        pathParameters: [Property("id", .id, required: true, "The contact's id.")],
        response: .json("What was erased, holding no personal data: the contact's id, its authority, the audit rows blanked and the follow-ups unlinked.",
                        .reference("ContactErasure")),
        handler: .store { context in try context.json(try context.store.eraseContact(id: try context.pathID("id"))) })
}
