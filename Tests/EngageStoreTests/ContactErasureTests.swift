import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Contacts and their erasure")
struct ContactErasureTests {
    private let today = Day.today()

    /// The public tables any of whose rows, as text, contains `needle` (ignoring case).
    private func tablesContaining(_ needle: String, _ probe: Connection) throws -> [String] {
        try probe.execute("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
              AND (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I t WHERE t::text ILIKE %L',
                                                               table_name, '%' || \(needle) || '%'), false, true, '')))[1]::text::int > 0
            ORDER BY table_name
            """).map { try $0.decode("table_name", as: String.self) }
    }

    private func seed(_ store: Store) throws -> (jo: Contact, al: Contact) {
        _ = try store.addAuthority(NewAuthority(name: "Somerset", region: .southWest))
        let jo = try store.addContact(NewContact(authority: "Somerset", name: "Joanna Quimby", role: "LSCB Manager",
                                                 organisation: "Somerset LSCB", email: "jquimby@example.org", phone: "01823 355111"))
        let al = try store.addContact(NewContact(authority: "somerset", name: "Alastair Pennyworth", role: "Head teacher",
                                                 email: "apenny@example.org", phone: "01823 355222"))
        return (jo, al)
    }

    @Test("Contacts are added with an audit row about themselves and listed by name")
    func addAndList() throws {
        try withStore { store, probe in
            let (jo, al) = try seed(store)
            #expect(jo.authority == "Somerset" && jo.email == "jquimby@example.org")
            #expect(try store.contacts(in: "SOMERSET").map(\.id) == [al.id, jo.id])
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'contact.add' AND entity = 'contact'") == 2)
            #expect(engageError { _ = try store.contacts(in: "Somers") }?.kind == .notFound)
        }
    }

    @Test("Erasure leaves no trace of the contact's name, email or phone anywhere, and keeps others' records intact")
    func erasure() throws {
        try withStore(actor: "dpo") { store, probe in
            let (jo, al) = try seed(store)
            let request = try store.addFollowUp(NewFollowUp(authority: "Somerset", summary: "Another workshop", contact: "joanna quimby",
                                                            openedOn: try Day.parse("2014-01-05"), today: today))
            #expect(request.contactId == jo.id)
            // Before erasure, only the contact's own audit rows hold its personal data.
            #expect(try count(probe, """
                SELECT count(*) FROM audit_log WHERE details::text ILIKE '%Quimby%'
                  AND NOT (entity = 'contact' AND entity_id = \(jo.id))
                """) == 0)

            let erasure = try store.eraseContact(id: jo.id)
            #expect(erasure == Contact.Erasure(contactId: jo.id, authority: "Somerset", auditRowsBlanked: 1, followUpsUnlinked: 1))

            for trace in ["Quimby", "jquimby@example.org", "355111"] {
                #expect(try tablesContaining(trace, probe).isEmpty, "\(trace) is still stored")
            }
            #expect(try count(probe, "SELECT count(*) FROM contacts WHERE id = \(jo.id)") == 0)
            #expect(try count(probe, "SELECT count(*) FROM followups WHERE id = \(request.id) AND contact_id IS NULL") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'contact.erase' AND entity_id = \(jo.id) AND actor = 'dpo'") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE entity_id = \(jo.id) AND entity = 'contact' AND details = '{\"erased\": true}'") == 1)
            // The unrelated contact and its audit row are untouched.
            #expect(try store.contacts(in: "Somerset") == [al])
            #expect(try count(probe, """
                SELECT count(*) FROM audit_log WHERE entity = 'contact' AND entity_id = \(al.id)
                  AND details->'after'->>'email' = 'apenny@example.org' AND details->'after'->>'name' = 'Alastair Pennyworth'
                """) == 1)
        }
    }

    @Test("Erasing an unknown contact is refused and writes nothing; the audit log stays closed to updates otherwise")
    func unknown() throws {
        try withStore { store, probe in
            let (jo, _) = try seed(store)
            let before = try count(probe, "SELECT count(*) FROM audit_log")
            #expect(engageError { _ = try store.eraseContact(id: jo.id + 100) }?.kind == .notFound)
            _ = try store.eraseContact(id: jo.id)
            #expect(engageError { _ = try store.eraseContact(id: jo.id) }?.kind == .notFound)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == before + 1)
            #expect(throws: PostgresError.self) { try probe.execute("UPDATE audit_log SET details = '{}'") }
        }
    }

    @Test("Erasing a contact who owns a plan action and took part in an assessment keeps both, without the name")
    func erasureReachesOutcomes() throws {
        try withStore { store, probe in
            let (jo, _) = try seed(store)
            try probe.execute("""
                INSERT INTO plan_actions (authority_id, statement_key, action, owner_contact_id, owner_name, due_on)
                SELECT authority_id, 'awareness', 'Brief the heads forum', id, name, current_date FROM contacts WHERE id = \(jo.id)
                """)
            try probe.execute("""
                WITH a AS (INSERT INTO assessments (authority_id, assessed_on) SELECT authority_id, current_date FROM contacts WHERE id = \(jo.id) RETURNING id)
                INSERT INTO assessment_participants (assessment_id, contact_id) SELECT a.id, \(jo.id) FROM a
                """)
            _ = try store.eraseContact(id: jo.id)
            #expect(try tablesContaining("Quimby", probe).isEmpty)
            #expect(try count(probe, "SELECT count(*) FROM plan_actions WHERE owner_name = 'an erased contact' AND owner_contact_id IS NULL") == 1)
            #expect(try count(probe, "SELECT count(*) FROM assessment_participants WHERE name = 'an erased contact' AND contact_id IS NULL") == 1)
        }
    }
}
