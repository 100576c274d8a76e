import EngageCore

/// Adding a person in an authority, and erasing one on a data-protection request (a manager's,
/// after a page that says what erasing does).
enum ContactForms {
    static let add = BoardForm(
        name: "contact-add", route: "/authorities/:name/contacts", least: .officer,
        read: { input, context in
            let name = input.required("name", "Enter the contact's name")
            let role = input.required("role", "Enter the contact's role, for example Safeguarding Lead")
            let (organisation, email, phone) = (input.optional("organisation"), input.optional("email"), input.optional("phone"))
            guard let name, let role, input.isValid else { return nil }
            let contact = input.build(fields) { () throws(EngageError) in
                try NewContact(authority: context.parameter("name"), name: name, role: role, organisation: organisation,
                               email: email, phone: phone)
            }
            guard let contact else { return nil }
            return FormAction { store in
                let added = try store.addContact(contact)
                return Confirmation(message: "\(added.name) added as a contact of \(added.authority).",
                                    path: AuthorityPage.path(of: added.authority) + "#contacts")
            }
        },
        page: AuthorityPage.formPage,
        fields: fields)

    private static let fields = ["name": "name", "role": "role", "organisation": "organisation", "email": "email", "phone": "phone"]

    /// Erasing a contact, from a page of its own that says what will go.
    static let erase = BoardForm(
        name: "contact-erase", route: "/contacts/:id/erase", least: .manager,
        read: { _, context in
            guard let id = Int64(context.parameter("id")) else { return nil }
            return FormAction { store in
                let erased = try store.eraseContact(id: id)
                return Confirmation(message: "Contact \(erased.contactId) of \(erased.authority) erased.",
                                    path: AuthorityPage.path(of: erased.authority) + "#contacts")
            }
        },
        page: { store, visit, context in
            guard let id = Int64(context.parameter("id")) else {
                throw EngageError(.notFound, "no contact with id '\(context.parameter("id"))'")
            }
            return ContactErasePage.render(try store.contact(id: id), visit: visit)
        },
        ownPage: true)

    /// The add form for `data`'s authority, when the visitor may record on it.
    static func form(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: add.name, state: visit.form)
        return view.panel("Add a contact", view.form(action: AuthorityPage.path(of: data.authority.name) + "/contacts", csrf: csrf,
                                                    button: "Add contact", """
            \(view.input("name", label: "Name", autocomplete: "off"))\
            \(view.input("role", label: "Role", hint: "For example, Safeguarding Lead"))\
            \(view.input("organisation", label: "Organisation (optional)"))\
            \(view.input("email", label: "Email (optional)", type: "email", autocomplete: "off"))\
            \(view.input("phone", label: "Phone (optional)", type: "tel", autocomplete: "off", width: "width-date"))
            """))
    }
}
