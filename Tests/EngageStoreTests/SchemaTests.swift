import Postgres
import TestSupport
import Testing

/// The schema refuses bad data even from raw SQL.
@Suite("Schema constraints")
struct SchemaTests {
    private func refusal(_ sql: String, setup: String = "") throws -> ServerError? {
        try TestDatabase.withMigrated { database in
            let connection = try database.connect()
            defer { connection.close() }
            if !setup.isEmpty { try connection.executeScript(setup) }
            do throws(PostgresError) {
                try connection.executeScript(sql)
            } catch {
                return error.serverError
            }
            return nil
        }
    }

    private let officerAndAuthority = """
        INSERT INTO officers (name, region) VALUES ('Sam Jones', 'north-west');
        INSERT INTO authorities (name, region) VALUES ('Bury', 'north-west');
        """

    @Test("Names are unique ignoring case", arguments: [
        "INSERT INTO officers (name, region) VALUES ('SAM JONES', 'london')",
        "INSERT INTO authorities (name, region) VALUES ('bury', 'north-west')",
    ])
    func caseInsensitiveNames(sql: String) throws {
        #expect(try refusal(sql, setup: officerAndAuthority)?.sqlState == .uniqueViolation)
    }

    @Test("Bad values are refused by a named constraint", arguments: [
        ("INSERT INTO officers (name, region) VALUES (' padded', 'london')", SQLState.checkViolation),
        ("INSERT INTO officers (name, region) VALUES ('Ann', 'narnia')", .foreignKeyViolation),
        ("INSERT INTO officers (name, region, active_cap) VALUES ('Ann', 'london', 51)", .checkViolation),
        ("INSERT INTO officers (name, region, active_cap) VALUES ('Ann', 'london', -1)", .checkViolation),
        ("INSERT INTO authorities (name, region, status) VALUES ('Devon', 'south-west', 'active')", .checkViolation),
        ("INSERT INTO authorities (name, region, status, stage) VALUES ('Devon', 'south-west', 'waitlisted', 2)", .checkViolation),
        ("INSERT INTO authorities (name, region, status) VALUES ('Devon', 'south-west', 'signposted')", .checkViolation),
        ("INSERT INTO authorities (name, region, status) VALUES ('Devon', 'south-west', 'finished')", .checkViolation),
        ("UPDATE authorities SET status = 'completed', stage = 3, lead_officer_id = 1", .checkViolation),
        ("INSERT INTO followups (authority_id, request, opened_on, closed_on) VALUES (1, 'workshop', '2014-05-01', '2014-06-01')", .checkViolation),
        ("INSERT INTO followups (authority_id, request, opened_on, due_on) VALUES (1, 'workshop', '2014-05-01', '2014-04-01')", .checkViolation),
        ("INSERT INTO briefings (title, kind) VALUES ('Health', 'sector'); INSERT INTO networks (name) VALUES ('Clinks'); INSERT INTO briefing_disseminations (briefing_id, authority_id, network_id, sent_on) VALUES (1, 1, 1, '2014-03-01')", .checkViolation),
        ("INSERT INTO activities (kind, occurred_on, officer_id) VALUES ('party', '2014-03-01', 1)", .checkViolation),
        ("INSERT INTO activities (kind, occurred_on, officer_id, attendees) VALUES ('workshop', '2014-03-01', 1, -3)", .checkViolation),
        ("INSERT INTO stage_changes (authority_id, to_status, changed_by, overridden) VALUES (1, 'active', 'x', true)", .checkViolation),
    ])
    func refused(sql: String, state: SQLState) throws {
        let error = try refusal(sql, setup: officerAndAuthority)
        #expect(error?.sqlState == state, "\(sql)")
    }

    @Test("A consistent active authority is accepted")
    func consistentActive() throws {
        #expect(try refusal("UPDATE authorities SET status = 'active', stage = 1, lead_officer_id = 1", setup: officerAndAuthority) == nil)
    }

    @Test("The audit log is append-only", arguments: ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"])
    func auditAppendOnly(sql: String) throws {
        let setup = "INSERT INTO audit_log (actor, action, entity) VALUES ('sam', 'officer.add', 'officer');"
        #expect(try refusal(sql, setup: setup)?.message == "the audit log is append-only")
    }
}
