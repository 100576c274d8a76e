import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Assessments against the Quality Statements, and the statements themselves")
struct AssessmentTests {
    private let today = Day.today()

    private func day(_ text: String) throws -> Day { try Day.parse(text) }

    /// Bury with the contact Dana Cole; Somerset.
    private func seed(_ store: Store) throws {
        _ = try store.addAuthority(NewAuthority(name: "Bury", region: .northWest))
        _ = try store.addAuthority(NewAuthority(name: "Somerset", region: .southWest))
        _ = try store.addContact(NewContact(authority: "Bury", name: "Dana Cole", role: "LSCB Manager", email: "dana@example.org"))
    }

    @discardableResult
    private func add(_ store: Store, _ authority: String = "Bury", on date: String, _ ratings: [(String, Rating, String?)],
                     contacts: [String] = [], participants: [String] = []) throws -> Assessment {
        try store.addAssessment(NewAssessment(
            authority: authority, date: try day(date),
            ratings: try ratings.map { try NewAssessment.Entry(statement: $0.0, rating: $0.1, evidence: $0.2) },
            contacts: contacts, participants: participants, today: today))
    }

    @Test("The eight statements, in order, with their keys")
    func statements() throws {
        try withStore { store, _ in
            let statements = try store.qualityStatements()
            #expect(statements.map(\.key) == ["awareness", "identification", "voice", "multi-agency", "cjs-stages", "support", "stigma", "evidence"])
            #expect(statements.map(\.position) == Array(1...8))
            #expect(statements[2].title == "Children's voice and rights")
        }
    }

    @Test("An assessment is stored whole with its participants and ratings (in statement order), and audited without contacts' data")
    func add() throws {
        try withStore { store, probe in
            try seed(store)
            let added = try add(store, on: "2014-01-10", [("voice", .notYetInPlace, "No child's view recorded"), ("awareness", .emerging, nil)],
                                contacts: ["dana cole"], participants: ["Head of Virtual School"])
            #expect(added.authority == "Bury")
            #expect(added.assessedOn == (try day("2014-01-10")))
            #expect(added.ratings.map(\.statement) == ["awareness", "voice"])
            #expect(added.ratings.map(\.rating) == [.emerging, .notYetInPlace])
            #expect(added.ratings.last?.evidence == "No child's view recorded")
            #expect(added.participants.map(\.name) == ["Dana Cole", "Head of Virtual School"])
            #expect(added.participants.first?.contactId != nil)
            #expect(added.meanRating == 1.5)
            #expect(try count(probe, "SELECT count(*) FROM assessment_ratings WHERE assessment_id = \(added.id)") == 2)
            let audit = try probe.execute("SELECT action, entity, entity_id, actor, details::text AS details FROM audit_log WHERE action = 'assessment.add'")
                .singleRow()
            #expect(try audit.decode("entity", as: String.self) == "assessment")
            #expect(try audit.decode("entity_id", as: Int64.self) == added.id)
            #expect(try audit.decode("actor", as: String.self) == "tester")
            let details = try audit.decode("details", as: String.self)
            #expect(details.contains("\"authority\": \"Bury\"") && details.contains("\"statement\": \"voice\""))
            #expect(details.contains("Head of Virtual School"))
            #expect(!details.contains("Dana"), "a contact's name stays out of the assessment's audit row")
            #expect(try store.auditEntries(authority: "Bury").contains { $0.action == "assessment.add" })
        }
    }

    @Test("Erasing a contact who took part keeps the assessment, naming them no more")
    func erasure() throws {
        try withStore { store, probe in
            try seed(store)
            let added = try add(store, on: "2014-01-10", [("awareness", .emerging, nil)], contacts: ["Dana Cole"], participants: ["Jo Bloggs"])
            let contact = try #require(added.participants.first?.contactId)
            _ = try store.eraseContact(id: contact)
            let after = try #require(try store.assessments(of: "Bury").first)
            #expect(after.participants == [Assessment.Participant(contactId: nil, name: "an erased contact"),
                                           Assessment.Participant(contactId: nil, name: "Jo Bloggs")])
            #expect(try count(probe, "SELECT count(*) FROM assessment_participants WHERE name LIKE '%Dana%'") == 0)
        }
    }

    @Test("An unknown statement key is refused naming the valid keys; unknown authority and contact are not found; nothing is stored")
    func refusals() throws {
        try withStore { store, probe in
            try seed(store)
            let unknown = engageError { try add(store, on: "2014-01-10", [("awareness", .emerging, nil), ("awarenes", .emerging, nil)]) }
            #expect(unknown?.kind == .invalid)
            #expect(unknown?.description == "no Quality Statement with the key 'awarenes'; did you mean 'awareness'? the keys are: "
                    + "awareness, identification, voice, multi-agency, cjs-stages, support, stigma, evidence")
            let contact = engageError { try add(store, on: "2014-01-10", [("awareness", .emerging, nil)], contacts: ["Dan Cole"]) }
            #expect(contact?.kind == .notFound)
            #expect(contact?.message == "no contact named 'Dan Cole' in Bury")
            let elsewhere = engageError { try add(store, "Somerset", on: "2014-01-10", [("awareness", .emerging, nil)], contacts: ["Dana Cole"]) }
            #expect(elsewhere?.kind == .notFound)
            let authority = engageError { try add(store, "Burry", on: "2014-01-10", [("awareness", .emerging, nil)]) }
            #expect(authority?.description == "no authority named 'Burry'; did you mean 'Bury'?")
            #expect(try count(probe, "SELECT count(*) FROM assessments") == 0)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'assessment.add'") == 0)
        }
    }

    @Test("The database refuses a second rating of a statement in one assessment, and ratings off the scale")
    func databaseBackstops() throws {
        try withStore { store, probe in
            try seed(store)
            let added = try add(store, on: "2014-01-10", [("awareness", .emerging, nil)])
            do {
                try probe.execute("INSERT INTO assessment_ratings (assessment_id, statement_key, rating) VALUES (\(added.id), 'awareness', 3)")
                Issue.record("a second rating of awareness was accepted")
            } catch {
                #expect((error as? PostgresError)?.sqlState == SQLState.uniqueViolation)
            }
            do {
                try probe.execute("INSERT INTO assessment_ratings (assessment_id, statement_key, rating) VALUES (\(added.id), 'voice', 5)")
                Issue.record("a rating of 5 was accepted")
            } catch {
                #expect((error as? PostgresError)?.sqlState == SQLState(rawValue: "23514"))
            }
        }
    }

    @Test("List oldest first; compare the latest with the first or the previous; a single one alone; none is not found")
    func compare() throws {
        try withStore { store, _ in
            try seed(store)
            #expect(try store.assessments(of: "Bury").isEmpty)
            let none = engageError { _ = try store.compareAssessments(of: "Bury", against: .first) }
            #expect(none?.kind == .notFound)
            #expect(none?.message == "Bury has no assessment")
            let first = try add(store, on: "2014-01-10", [("awareness", .emerging, nil), ("voice", .notYetInPlace, nil), ("stigma", .developing, nil)])
            let single = try store.compareAssessments(of: "bury", against: .first)
            #expect(single.earlier == nil && single.basis == nil)
            #expect(single.statements.count == 8)
            #expect(single.statements.map(\.latest) == [.emerging, nil, .notYetInPlace, nil, nil, nil, .developing, nil])
            let latest = try add(store, on: "2014-06-01", [("awareness", .embedded, "Every school briefed"), ("voice", .emerging, nil), ("support", .emerging, nil)])
            let middle = try add(store, on: "2014-03-01", [("awareness", .developing, nil), ("voice", .emerging, nil), ("stigma", .developing, nil)])
            #expect(try store.assessments(of: "Bury").map(\.id) == [first.id, middle.id, latest.id])
            #expect(try store.assessments(of: "Somerset").isEmpty)

            let sinceFirst = try store.compareAssessments(of: "Bury", against: .first)
            #expect(sinceFirst.basis == .first && sinceFirst.earlier?.id == first.id && sinceFirst.latest.id == latest.id)
            #expect(sinceFirst.statements.map(\.changeText) == ["+2", "", "+1", "", "", "", "", ""])
            #expect(sinceFirst.statements.map(\.earlier) == [.emerging, nil, .notYetInPlace, nil, nil, nil, .developing, nil])
            #expect(sinceFirst.statements.map(\.latest) == [.embedded, nil, .emerging, nil, nil, .emerging, nil, nil])
            #expect(sinceFirst.statements.first?.evidence == "Every school briefed")

            let sincePrevious = try store.compareAssessments(of: "Bury", against: .previous)
            #expect(sincePrevious.earlier?.id == middle.id)
            #expect(sincePrevious.statements.map(\.changeText) == ["+1", "", "=", "", "", "", "", ""])
        }
    }

    @Test("authority show's overview holds the latest assessment, or none")
    func overview() throws {
        try withStore { store, _ in
            try seed(store)
            #expect(try store.overview(of: "Bury").latestAssessment == nil)
            try add(store, on: "2014-06-01", [("voice", .developing, nil)])
            let older = try add(store, on: "2014-01-01", [("awareness", .emerging, nil)])
            let latest = try store.overview(of: "Bury").latestAssessment
            #expect(latest?.assessedOn == (try day("2014-06-01")))
            #expect(latest?.ratings.map(\.statement) == ["voice"])
            #expect(latest?.id != older.id)
            #expect(try store.overview(of: "Somerset").latestAssessment == nil)
        }
    }

    @Test("Rewording a statement is audited with before and after; unknown keys name the valid ones; a rated statement cannot be deleted")
    func reword() throws {
        try withStore(actor: "Pat Manager") { store, probe in
            try seed(store)
            let reworded = try store.rewordStatement(key: "Voice", title: "Children's voice", description: nil)
            #expect(reworded.key == "voice" && reworded.title == "Children's voice" && reworded.position == 3)
            #expect(reworded.description.hasPrefix("Children's views shape"))
            #expect(try store.qualityStatements()[2].title == "Children's voice")
            let audit = try probe.execute("SELECT actor, entity, details::text AS details FROM audit_log WHERE action = 'statement.reword'").singleRow()
            #expect(try audit.decode("actor", as: String.self) == "Pat Manager")
            #expect(try audit.decode("entity", as: String.self) == "quality_statement")
            let details = try audit.decode("details", as: String.self)
            #expect(details.contains("Children's voice and rights") && details.contains("\"title\": \"Children's voice\""))

            #expect(engageError { _ = try store.rewordStatement(key: "voices", title: "x", description: nil) }?.description
                    == "no Quality Statement with the key 'voices'; did you mean 'voice'? the keys are: "
                    + "awareness, identification, voice, multi-agency, cjs-stages, support, stigma, evidence")
            #expect(engageError { _ = try store.rewordStatement(key: "voice", title: " ", description: nil) }?.kind == .invalid)
            #expect(engageError { _ = try store.rewordStatement(key: "voice", title: nil, description: nil) }?.kind == .invalid)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'statement.reword'") == 1)

            try add(store, on: "2014-01-10", [("stigma", .emerging, nil)])
            do {
                try probe.execute("DELETE FROM quality_statements WHERE key = 'stigma'")
                Issue.record("a rated statement was deleted")
            } catch {
                #expect((error as? PostgresError)?.sqlState == SQLState.foreignKeyViolation)
            }
            #expect(try count(probe, "SELECT count(*) FROM quality_statements") == 8)
        }
    }
}
