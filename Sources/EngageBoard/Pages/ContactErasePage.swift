import EngageCore

/// `/contacts/ID/erase`: what erasing a contact does, and the one button that does it (managers).
enum ContactErasePage {
    static func render(_ contact: Contact, visit: Visit) -> HTML {
        let view = FormView(name: ContactForms.erase.name, state: visit.form)
        let role = [contact.role, contact.organisation].compactMap { $0 }.joined(separator: ", ")
        let action: HTML
        if visit.mayRecord(.manager), let csrf = visit.csrfToken {
            action = view.form(action: "/contacts/\(Int(contact.id))/erase", csrf: csrf, button: "Erase \(contact.name)", classes: "warning", "")
        } else {
            action = "<p class=\"notice\" id=\"not-yours\">Only a manager can erase a contact.</p>"
        }
        let body: HTML = """
            <p class="crumbs"><a href="/">Board</a> › \(AuthorityPage.link(contact.authority)) › contact \(Int(contact.id))</p>
            <h1>Erase \(contact.name)?</h1>
            <p class="facts">\(role.isEmpty ? "A contact" : role) in \(contact.authority)</p>
            <div class="notice" id="erase-warning"><p>Erasing is for a data-protection request, and cannot be undone:</p><ul>\
            <li>the contact's name, role and details are deleted;</li>\
            <li>follow-ups they asked for stay, without their name;</li>\
            <li>plan actions they own and assessments they took part in say "an erased contact";</li>\
            <li>earlier audit rows about them are blanked, and the erasure is recorded without their details.</li></ul></div>
            \(action)<p><a href="\(AuthorityPage.path(of: contact.authority))#contacts">Keep the contact and go back</a></p>
            """
        return Layout.page(title: "Erase \(contact.name)", viewer: visit, current: "", body: body)
    }
}
