import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Work-plan actions")
struct PlanTests {
    private let today = Day.today()

    private func day(_ text: String) throws -> Day { try Day.parse(text) }

    /// Sam (North West) leads Bury; Ann (South West) leads Somerset; Devon (South West) has no lead.
    /// Bury has a contact, Dana Cole.
    private func seed(_ store: Store, _ probe: Connection) throws {
        let sam = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .northWest))
        let ann = try store.addOfficer(NewOfficer(name: "Ann Lee", region: .southWest))
        for (name, region) in [("Bury", Region.northWest), ("Somerset", .southWest), ("Devon", .southWest)] {
            _ = try store.addAuthority(NewAuthority(name: name, region: region))
        }
        try probe.execute("UPDATE authorities SET status = 'active', stage = 2, lead_officer_id = \(sam.id) WHERE name = 'Bury'")
        try probe.execute("UPDATE authorities SET status = 'active', stage = 3, lead_officer_id = \(ann.id) WHERE name = 'Somerset'")
        _ = try store.addContact(NewContact(authority: "Bury", name: "Dana Cole", role: "LSCB Manager"))
    }

    @discardableResult
    private func add(_ store: Store, _ authority: String, _ action: String, statement: String = "awareness",
                     owner: String = "Sam Jones", due: String) throws -> PlanAction {
        try store.addPlanAction(NewPlanAction(authority: authority, statement: statement, action: action, owner: owner,
                                              dueOn: try day(due)))
    }

    @Test("The owner is an officer by name, else a contact of the authority; neither is refused with the nearest names")
    func owners() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let byOfficer = try add(store, "bury", "Brief the heads", owner: "sam jones", due: "2099-01-01")
            #expect(byOfficer.owner == "Sam Jones" && byOfficer.ownerKind == .officer && byOfficer.ownerContactId == nil)
            #expect(byOfficer.authority == "Bury" && byOfficer.status == .open && byOfficer.closedOn == nil)
            #expect(try count(probe, "SELECT count(*) FROM plan_actions WHERE owner_officer_id IS NOT NULL AND owner_name = 'Sam Jones'") == 1)
            let byContact = try add(store, "Bury", "Intake form question", statement: "Identification", owner: "dana cole", due: "2014-01-01")
            #expect(byContact.owner == "Dana Cole" && byContact.ownerKind == .contact && byContact.ownerContactId != nil)
            #expect(byContact.statement == "identification")
            #expect(try count(probe, "SELECT count(*) FROM plan_actions WHERE owner_contact_id IS NOT NULL AND owner_officer_id IS NULL") == 1)

            let before = try count(probe, "SELECT count(*) FROM audit_log")
            // Dana is Bury's contact, not Somerset's.
            let elsewhere = engageError { try add(store, "Somerset", "x", owner: "Dana Cole", due: "2099-01-01") }
            #expect(elsewhere?.kind == .notFound)
            #expect(elsewhere?.message == "no officer, and no contact in Somerset, named 'Dana Cole'")
            let typo = engageError { try add(store, "Bury", "x", owner: "Dana Coal", due: "2099-01-01") }
            #expect(typo?.description == "no officer, and no contact in Bury, named 'Dana Coal'; did you mean 'Dana Cole'?")
            let officerTypo = engageError { try add(store, "Bury", "x", owner: "Sam Jone", due: "2099-01-01") }
            #expect(officerTypo?.hint == "did you mean 'Sam Jones'?")
            #expect(engageError { try add(store, "Atlantis", "x", due: "2099-01-01") }?.kind == .notFound)
            #expect(try count(probe, "SELECT count(*) FROM plan_actions") == 2)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == before)
        }
    }

    @Test("An unknown statement is refused naming the valid keys; an empty action is refused")
    func statements() throws {
        #expect(engageError { _ = try NewPlanAction(authority: "Bury", statement: "awareness", action: "  ", owner: "Sam", dueOn: today) }?
            .message == "the action is empty")
        #expect(engageError { _ = try NewPlanAction(authority: "Bury", statement: " ", action: "x", owner: "Sam", dueOn: today) }?.kind == .invalid)
        #expect(engageError { _ = try NewPlanAction(authority: "Bury", statement: "voice", action: "x", owner: " ", dueOn: today) }?.kind == .invalid)
        try withStore { store, probe in
            try seed(store, probe)
            let unknown = engageError { try add(store, "Bury", "x", statement: "empathy", due: "2099-01-01") }
            #expect(unknown?.kind == .invalid)
            #expect(unknown?.description == "unknown statement 'empathy'; use one of: awareness, identification, voice, multi-agency, cjs-stages, support, stigma, evidence")
            #expect(try count(probe, "SELECT count(*) FROM plan_actions") == 0)
            for key in ["awareness", "identification", "voice", "multi-agency", "cjs-stages", "support", "stigma", "evidence"] {
                #expect(try add(store, "Bury", "for \(key)", statement: key, due: "2099-01-01").statement == key)
            }
        }
    }

    @Test("Done and drop close an open action once; drop needs a reason; neither takes a future date")
    func closing() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let first = try add(store, "Bury", "first", due: "2014-03-01")
            let second = try add(store, "Bury", "second", due: "2014-03-02")
            let before = try count(probe, "SELECT count(*) FROM audit_log")
            let tomorrow = today.adding(days: 1)
            #expect(engageError { _ = try store.completePlanAction(id: first.id, on: tomorrow, today: today) }?.kind == .invalid)
            #expect(engageError { _ = try store.dropPlanAction(id: second.id, reason: "moot", on: tomorrow, today: today) }?.kind == .invalid)
            #expect(engageError { _ = try store.dropPlanAction(id: second.id, reason: "  ", on: today, today: today) }?.message
                    == "the reason for dropping action \(second.id) is empty")
            #expect(engageError { _ = try store.completePlanAction(id: 999, on: today, today: today) }?.kind == .notFound)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == before)
            #expect(try count(probe, "SELECT count(*) FROM plan_actions WHERE status = 'open'") == 2)

            let doneOn = try day("2014-02-20")
            let done = try store.completePlanAction(id: first.id, on: doneOn, today: today)
            #expect(done.status == .done && done.closedOn == doneOn && !done.isOverdue(today: today))
            let dropped = try store.dropPlanAction(id: second.id, reason: " The forum merged ", on: today, today: today)
            #expect(dropped.status == .dropped && dropped.dropReason == "The forum merged" && dropped.closedOn == today)

            let again = engageError { _ = try store.completePlanAction(id: first.id, on: today, today: today) }
            #expect(again?.kind == .refused)
            #expect(again?.message == "action \(first.id) for Bury is already done (on 2014-02-20)")
            #expect(engageError { _ = try store.dropPlanAction(id: first.id, reason: "x", on: today, today: today) }?.kind == .refused)
            #expect(engageError { _ = try store.completePlanAction(id: second.id, on: today, today: today) }?.message
                    .hasPrefix("action \(second.id) for Bury is already dropped") == true)
        }
    }

    @Test("Lists are by due date then id; --open, --overdue, authority, officer and region filters combine")
    func listing() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let reference = try day("2014-03-01")
            try add(store, "Somerset", "somerset late", owner: "Ann Lee", due: "2014-02-01")
            try add(store, "Bury", "bury due today", due: "2014-03-01")
            try add(store, "Bury", "bury late", due: "2014-02-01")
            let done = try add(store, "Bury", "bury done", due: "2014-01-15")
            _ = try store.completePlanAction(id: done.id, on: try day("2014-01-10"), today: today)
            try add(store, "Devon", "devon late", owner: "Ann Lee", due: "2014-02-15")

            func list(_ filter: PlanAction.Filter) throws -> [String] { try store.planActions(filter).map(\.action) }
            #expect(try list(.init(today: reference)) == ["bury done", "somerset late", "bury late", "devon late", "bury due today"])
            #expect(try list(.init(openOnly: true, today: reference)) == ["somerset late", "bury late", "devon late", "bury due today"])
            #expect(try list(.init(overdueOnly: true, today: reference)) == ["somerset late", "bury late", "devon late"])
            #expect(try list(.init(authority: "BURY", today: reference)) == ["bury done", "bury late", "bury due today"])
            #expect(try list(.init(authority: "Bury", overdueOnly: true, today: reference)) == ["bury late"])
            #expect(try list(.init(overdueOnly: true, officer: "Ann Lee", today: reference)) == ["somerset late"])
            #expect(try list(.init(overdueOnly: true, region: .southWest, today: reference)) == ["somerset late", "devon late"])
            #expect(try list(.init(officer: "Sam Jones", region: .southWest, today: reference)).isEmpty)
            #expect(try store.planActions(.init(today: reference)).map { $0.isOverdue(today: reference) }
                    == [false, true, true, true, false])
            #expect(engageError { _ = try store.planActions(.init(authority: "Burry", today: reference)) }?.hint == "did you mean 'Bury'?")
            #expect(engageError { _ = try store.planActions(.init(officer: "Nobody", today: reference)) }?.kind == .notFound)
        }
    }

    @Test("Add, done and drop are audited as plan.add, plan.done and plan.drop, shown for the authority; a contact owner by id only")
    func audited() throws {
        try withStore(actor: "Ann") { store, probe in
            try seed(store, probe)
            let byContact = try add(store, "Bury", "intake form", owner: "Dana Cole", due: "2014-01-01")
            let byOfficer = try add(store, "Bury", "brief heads", due: "2014-01-01")
            _ = try store.completePlanAction(id: byContact.id, on: today, today: today)
            _ = try store.dropPlanAction(id: byOfficer.id, reason: "not needed", on: today, today: today)
            let entries = try store.auditEntries(authority: "Bury").filter { $0.action.hasPrefix("plan.") }
            #expect(entries.map(\.action) == ["plan.drop", "plan.done", "plan.add", "plan.add"])
            #expect(entries.allSatisfy { $0.actor == "Ann" && $0.entity == "plan_action" })
            #expect(entries.map(\.entityId) == [byOfficer.id, byContact.id, byOfficer.id, byContact.id])
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action LIKE 'plan.%' AND details::text LIKE '%Dana%'") == 0)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'plan.drop' AND details->>'reason' = 'not needed'") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'plan.add' AND details->'after'->>'owner' = 'Sam Jones'") == 1)
            #expect(try store.auditEntries(authority: "Somerset").filter { $0.action.hasPrefix("plan.") }.isEmpty)
        }
    }
}
