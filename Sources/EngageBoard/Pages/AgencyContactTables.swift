import EngageCore

/// The authority page's agencies (what its activities can reach) and contacts (its people, with
/// the way to erase one for a manager).
enum AgencyContactTables {
    /// The agencies by name: type, forum or not, when identified and when first reached.
    static func agencies(_ data: AuthorityData) -> HTML {
        guard !data.agencies.isEmpty else { return "<p class=\"empty\" id=\"no-agencies\">No agencies recorded yet.</p>" }
        let rows = data.agencies.map { agency -> HTML in
            """
            <tr data-agency="\(Int(agency.id))"><td>\(agency.name)</td><td>\(agency.type.name)\(agency.isForum ? " <span class=\"tag\">forum</span>" as HTML : "")</td>\
            <td>\(agency.identifiedOn.description)</td><td>\(agency.reachedOn?.description ?? "not yet")</td></tr>
            """
        }
        return TableWrap.render("""
            <table id="agencies-table"><thead><tr><th>Agency</th><th>Type</th><th>Identified</th><th>First reached</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            """, label: "Agencies table")
    }

    /// The contacts by name, with an "Erase" link for a manager.
    static func contacts(_ data: AuthorityData, visit: Visit) -> HTML {
        guard !data.contacts.isEmpty else { return "<p class=\"empty\" id=\"no-contacts\">No contacts recorded yet.</p>" }
        let mayErase = visit.mayRecord(.manager)
        let rows = data.contacts.map { contact -> HTML in
            let erase: HTML = mayErase
                ? "<td><a href=\"/contacts/\(Int(contact.id))/erase\">Erase<span class=\"visually-hidden\"> \(contact.name)</span></a></td>" : ""
            return """
                <tr data-contact="\(Int(contact.id))"><td>\(contact.name)</td><td>\(contact.role ?? "")</td><td>\(contact.organisation ?? "")</td>\
                <td>\(contact.email ?? "")</td><td>\(contact.phone ?? "")</td>\(erase)</tr>
                """
        }
        return TableWrap.render("""
            <table id="contacts-table"><thead><tr><th>Name</th><th>Role</th><th>Organisation</th><th>Email</th><th>Phone</th>\
            \(mayErase ? "<th><span class=\"visually-hidden\">Action</span></th>" as HTML : "")</tr></thead><tbody>\(rows)</tbody></table>
            """, label: "Contacts table")
    }
}
