import EngageCore
import Postgres

extension Store {
    /// Adds a contact in an authority.
    ///
    /// A contact's personal data goes into the audit log only in rows about the contact itself
    /// (entity `contact`, its id), so that an erasure can find and blank every copy.
    /// - Parameter contact: The validated contact.
    /// - Returns: The stored contact.
    /// - Throws: `EngageError.notFound` for an unknown authority.
    public func addContact(_ contact: NewContact) throws -> Contact {
        try write { connection in
            let authority = try authorityForRecording(named: contact.authority, in: connection)
            let id = try connection.execute("""
                INSERT INTO contacts (authority_id, name, role, organisation, email, phone)
                VALUES (\(authority.id), \(contact.name), \(contact.role), \(contact.organisation), \(contact.email), \(contact.phone))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let added = try loadContact(id: id, in: connection)
            try audit(connection, action: "contact.add", entity: "contact", id: id, details: AuditChange(after: added))
            return added
        }
    }

    /// An authority's contacts, by name.
    /// - Throws: `EngageError.notFound` for an unknown authority.
    public func contacts(in authority: String) throws -> [Contact] {
        try read { connection in
            let id = try requireAuthority(named: authority, in: connection).id
            return try connection.execute(Self.contactSelect + " WHERE c.authority_id = \(id) ORDER BY lower(c.name), c.id")
                .map(Contact.init(row:))
        }
    }

    /// One contact by id.
    /// - Throws: `EngageError.notFound` for an unknown id (or one erased already).
    public func contact(id: Int64) throws -> Contact {
        try read { connection in
            guard let found = try connection.execute(Self.contactSelect + " WHERE c.id = \(id)").first else {
                throw EngageError(.notFound, "no contact with id \(id)", hint: "it may have been erased already")
            }
            return try Contact(row: found)
        }
    }

    /// Erases a contact on a data-protection request, in one transaction: deletes the row
    /// (follow-ups keep no link to it; plan actions they owned and assessments they took part in
    /// keep "an erased contact" instead of the name), blanks the personal data in earlier audit
    /// rows about it, and records the erasure without personal data.
    /// - Parameter id: The contact's id.
    /// - Returns: What was erased, holding no personal data.
    /// - Throws: `EngageError.notFound` for an unknown id.
    public func eraseContact(id: Int64) throws -> Contact.Erasure {
        try write { connection in
            guard let contact = try connection.execute(Self.contactSelect + " WHERE c.id = \(id)").first.map(Contact.init(row:)) else {
                throw EngageError(.notFound, "no contact with id \(id)",
                                  hint: "see 'engage contact list AUTHORITY' for the ids; it may have been erased already")
            }
            let unlinked = try connection.execute("SELECT count(*) FROM followups WHERE contact_id = \(id)")
                .singleRow().decode(at: 0, as: Int.self)
            try connection.execute("UPDATE plan_actions SET owner_name = \(Self.erasedName) WHERE owner_contact_id = \(id)")
            try connection.execute("UPDATE assessment_participants SET name = \(Self.erasedName) WHERE contact_id = \(id)")
            try connection.execute("DELETE FROM contacts WHERE id = \(id)")
            try connection.execute("SELECT set_config('engage.erasure', 'on', true)")
            let blanked = try connection.execute("""
                UPDATE audit_log SET details = '{"erased": true}' WHERE entity = 'contact' AND entity_id = \(id)
                """).affectedRows ?? 0
            try connection.execute("SELECT set_config('engage.erasure', 'off', true)")
            let erasure = Contact.Erasure(contactId: id, authority: contact.authority, auditRowsBlanked: blanked,
                                          followUpsUnlinked: unlinked)
            try audit(connection, action: "contact.erase", entity: "contact", id: id,
                      details: AuditChange(after: erasure, reason: "data-protection erasure"))
            return erasure
        }
    }

    /// What stands for an erased contact where a name is needed.
    static let erasedName = "an erased contact"

    /// The contact of that name in the authority, or a refusal naming the authority's contacts.
    func requireContact(named name: String, in authority: Authority, connection: Connection) throws -> Contact {
        let found = try connection.execute(Self.contactSelect + """
             WHERE c.authority_id = \(authority.id) AND lower(c.name) = lower(\(name)) ORDER BY c.id
            """).map(Contact.init(row:))
        if found.count == 1, let contact = found.first { return contact }
        let listed = authority.name.contains(" ") ? "\"\(authority.name)\"" : authority.name
        guard found.isEmpty else {
            throw EngageError(.refused, "\(authority.name) has \(found.count) contacts named '\(name)'",
                              hint: "see 'engage contact list \(listed)'")
        }
        throw EngageError(.notFound, "no contact named '\(name)' in \(authority.name)",
                          hint: "see 'engage contact list \(listed)', or add one with 'engage contact add \(listed) NAME --role ROLE'")
    }

    private func loadContact(id: Int64, in connection: Connection) throws -> Contact {
        try Contact(row: connection.execute(Self.contactSelect + " WHERE c.id = \(id)").singleRow())
    }

    private static let contactSelect: Query = """
        SELECT c.id, a.name AS authority, c.name, c.role, c.organisation, c.email, c.phone
        FROM contacts c JOIN authorities a ON a.id = c.authority_id
        """
}

extension Contact {
    init(row: Row) throws {
        self.init(id: try row.decode("id"), authority: try row.decode("authority"), name: try row.decode("name"),
                  role: try row.decode("role"), organisation: try row.decode("organisation"),
                  email: try row.decode("email"), phone: try row.decode("phone"))
    }
}
