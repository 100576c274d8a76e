import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Follow-up requests awaiting work")
struct FollowUpTests {
    private let today = Day.today()

    private func day(_ text: String) throws -> Day { try Day.parse(text) }

    /// Bury and Wigan (North West, led by Sam), Somerset (South West, led by Ann), Devon (South West, no lead).
    private func seed(_ store: Store, _ probe: Connection) throws {
        let sam = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .northWest))
        let ann = try store.addOfficer(NewOfficer(name: "Ann Lee", region: .southWest))
        for (name, region) in [("Bury", Region.northWest), ("Wigan", .northWest), ("Somerset", .southWest), ("Devon", .southWest)] {
            _ = try store.addAuthority(NewAuthority(name: name, region: region))
        }
        try probe.execute("UPDATE authorities SET status = 'active', stage = 2, lead_officer_id = \(sam.id) WHERE name IN ('Bury', 'Wigan')")
        try probe.execute("UPDATE authorities SET status = 'active', stage = 3, lead_officer_id = \(ann.id) WHERE name = 'Somerset'")
    }

    @discardableResult
    private func add(_ store: Store, _ authority: String, _ summary: String, opened: String, due: String? = nil) throws -> FollowUp {
        try store.addFollowUp(NewFollowUp(authority: authority, summary: summary, openedOn: try day(opened),
                                          dueOn: try due.map { try day($0) }, today: today))
    }

    @Test("One authority's follow-ups: open ones oldest first, then done ones, the latest done first; unknown names not found")
    func ofOneAuthority() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let doneEarly = try add(store, "Bury", "done early", opened: "2014-01-01")
            let openLate = try add(store, "Bury", "open late", opened: "2014-03-01")
            let doneLate = try add(store, "Bury", "done late", opened: "2014-01-02")
            let openEarly = try add(store, "Bury", "open early", opened: "2014-02-01")
            try add(store, "Wigan", "elsewhere", opened: "2014-01-01")
            _ = try store.completeFollowUp(id: doneEarly.id, outcome: "sent", on: try day("2014-01-10"), today: today)
            _ = try store.completeFollowUp(id: doneLate.id, outcome: "ran it", on: try day("2014-04-01"), today: today)
            let listed = try store.followUps(of: "bury")
            #expect(listed.map(\.id) == [openEarly.id, openLate.id, doneLate.id, doneEarly.id])
            #expect(engageError { _ = try store.followUps(of: "Burry") }?.hint == "did you mean 'Bury'?")
        }
    }

    @Test("Open requests are listed oldest first, by opening date then id, with the default due date")
    func ordering() throws {
        try withStore { store, probe in
            try seed(store, probe)
            try add(store, "Somerset", "third", opened: "2014-02-01")
            try add(store, "Bury", "first", opened: "2014-01-05")
            try add(store, "Wigan", "fourth", opened: "2014-02-01")
            let second = try add(store, "Devon", "second", opened: "2014-01-20")
            #expect(second.dueOn == (try day("2014-02-19")))
            #expect(second.summary == "second")
            #expect(try count(probe, "SELECT count(*) FROM followups WHERE request = 'second'") == 1)
            let open = try store.openFollowUps(FollowUp.Filter(today: today))
            #expect(open.map(\.summary) == ["first", "second", "third", "fourth"])
        }
    }

    @Test("Overdue means a due date before today; --overdue, --officer and --region combine")
    func filters() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let reference = try day("2014-03-01")
            try add(store, "Bury", "bury overdue", opened: "2014-01-05", due: "2014-02-28")
            try add(store, "Wigan", "wigan due today", opened: "2014-01-06", due: "2014-03-01")
            try add(store, "Somerset", "somerset overdue", opened: "2014-01-07", due: "2014-02-01")
            try add(store, "Devon", "devon overdue", opened: "2014-01-08", due: "2014-02-01")
            let all = try store.openFollowUps(FollowUp.Filter(today: reference))
            #expect(all.filter { $0.isOverdue(today: reference) }.map(\.summary) == ["bury overdue", "somerset overdue", "devon overdue"])
            #expect(try store.openFollowUps(FollowUp.Filter(overdueOnly: true, today: reference)).count == 3)
            #expect(try store.openFollowUps(FollowUp.Filter(officer: "sam jones", today: reference)).map(\.summary)
                    == ["bury overdue", "wigan due today"])
            #expect(try store.openFollowUps(FollowUp.Filter(overdueOnly: true, officer: "Sam Jones", today: reference)).map(\.summary)
                    == ["bury overdue"])
            #expect(try store.openFollowUps(FollowUp.Filter(overdueOnly: true, region: .southWest, today: reference)).map(\.summary)
                    == ["somerset overdue", "devon overdue"])
            #expect(try store.openFollowUps(FollowUp.Filter(officer: "Ann Lee", region: .southWest, today: reference)).map(\.summary)
                    == ["somerset overdue"])
            #expect(try store.openFollowUps(FollowUp.Filter(officer: "Sam Jones", region: .southWest, today: reference)).isEmpty)
            #expect(engageError { _ = try store.openFollowUps(FollowUp.Filter(officer: "Nobody", today: reference)) }?.kind == .notFound)
        }
    }

    @Test("Done needs an outcome, closes the request once, and is audited")
    func done() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let request = try add(store, "Bury", "workshop", opened: "2014-01-05")
            let before = try count(probe, "SELECT count(*) FROM audit_log")
            #expect(engageError { _ = try store.completeFollowUp(id: request.id, outcome: "  ", on: today, today: today) }?.kind == .invalid)
            #expect(engageError { _ = try store.completeFollowUp(id: request.id + 50, outcome: "x", on: today, today: today) }?.kind == .notFound)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == before)
            let done = try store.completeFollowUp(id: request.id, outcome: " Delivered to 20 heads ", on: try day("2014-02-01"), today: today)
            #expect(done.closedOn == (try day("2014-02-01")) && done.outcome == "Delivered to 20 heads")
            #expect(try store.openFollowUps(FollowUp.Filter(today: today)).isEmpty)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'followup.done' AND entity_id = \(request.id)") == 1)
            #expect(engageError { _ = try store.completeFollowUp(id: request.id, outcome: "again", on: today, today: today) }?.kind == .refused)
        }
    }

    @Test("A request to a completed or closed authority says it needs new work")
    func needsNewWork() throws {
        try withStore { store, probe in
            try seed(store, probe)
            try probe.execute("UPDATE authorities SET status = 'completed', stage = 4 WHERE name = 'Somerset'")
            try probe.execute("UPDATE authorities SET status = 'closed' WHERE name = 'Devon'")
            #expect(try add(store, "Somerset", "more", opened: "2014-01-05").needsNewWork)
            #expect(try add(store, "Devon", "more", opened: "2014-01-05").needsNewWork)
            #expect(try !add(store, "Bury", "more", opened: "2014-01-05").needsNewWork)
        }
    }

    @Test("An unknown authority or contact is refused with nothing written")
    func unknowns() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let before = try count(probe, "SELECT count(*) FROM audit_log")
            let atlantis = try NewFollowUp(authority: "Atlantis", summary: "x", openedOn: today, today: today)
            let fromJo = try NewFollowUp(authority: "Bury", summary: "x", contact: "Jo", openedOn: today, today: today)
            let unknownAuthority = engageError { _ = try store.addFollowUp(atlantis) }
            let unknownContact = engageError { _ = try store.addFollowUp(fromJo) }
            #expect(unknownAuthority?.kind == .notFound)
            #expect(unknownContact?.message == "no contact named 'Jo' in Bury")
            #expect(try count(probe, "SELECT count(*) FROM followups") == 0)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == before)
        }
    }
}
