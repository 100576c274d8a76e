import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// The work-plan forms (add, done, drop) and the self-assessment form, through the router.
@Suite("The board: work plan and self-assessment forms")
struct PlanAssessmentFormTests {
    @Test("an officer adds a plan action; an unknown owner is refused beside the owner field, nothing added")
    func addAction() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            #expect(page.contains(#"for="plan-add-statement">Quality Statement it works towards</label>"#))
            #expect(page.contains(#"id="plan-add-owner" name="owner" type="text" value="Sam Jones""#), "the lead officer owns it unless said")
            let due = Day.today().adding(days: 30)
            let missing = try BoardHarness.post(router, "/authorities/Dorset/plan",
                                                ["csrf": sam.csrf, "statement": "voice", "action": "", "owner": "Sam Jones"], cookie: sam.cookie)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.bodyText.contains(##"<a href="#plan-add-action">Enter what is to be done</a>"##))
            #expect(missing.bodyText.contains(##"<a href="#plan-add-due">Enter the date it is due</a>"##))
            let stranger = try BoardHarness.post(router, "/authorities/Dorset/plan",
                                                 ["csrf": sam.csrf, "statement": "voice", "action": "Run a forum", "owner": "Sam Jonse",
                                                  "due": due.description], cookie: sam.cookie)
            #expect(stranger.status == .conflict)
            #expect(stranger.bodyText.contains(##"<a href="#plan-add-owner">No officer, and no contact in Dorset, named &#39;Sam Jonse&#39;"##))
            #expect(stranger.bodyText.contains(#">Run a forum</textarea>"#))
            #expect(try store.planActions(PlanAction.Filter(authority: "Dorset", today: Day.today())).isEmpty)
            let sent = try BoardHarness.post(router, "/authorities/Dorset/plan",
                                             ["csrf": sam.csrf, "statement": "voice", "action": "Run a forum", "owner": "Sam Jones",
                                              "due": due.description], cookie: sam.cookie)
            #expect(sent.status == .seeOther && sent.headers["Location"] == "/authorities/Dorset#plan")
            let added = try #require(try store.planActions(PlanAction.Filter(authority: "Dorset", today: Day.today())).first)
            #expect(added.statement == "voice" && added.owner == "Sam Jones" && added.dueOn == due && added.isOpen)
        }
    }

    @Test("an action is marked done or dropped on its own page; a drop needs a reason; closed twice is refused on the page")
    func closeAction() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let due = Day.today().adding(days: 5)
            let first = try store.addPlanAction(NewPlanAction(authority: "Dorset", statement: "voice", action: "Forum", owner: "Sam Jones", dueOn: due))
            let second = try store.addPlanAction(NewPlanAction(authority: "Dorset", statement: "voice", action: "Leaflet", owner: "Sam Jones", dueOn: due))
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            #expect(try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
                .contains(#"<a href="/plans/\#(first.id)/done">Done or drop"#))
            let asked = try store.addFollowUp(NewFollowUp(authority: "Dorset", summary: "Slides", openedOn: Day.today(), today: Day.today()))
            let withColumns = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            #expect(withColumns.contains(#"<th><span class="visually-hidden">Action</span></th>"#) && !withColumns.contains("&lt;"),
                    "the action columns' headers are markup, not text (follow-up \(asked.id))")
            let page = try BoardHarness.get(router, "/plans/\(first.id)/done", cookie: sam.cookie)
            #expect(page.status == .ok && page.bodyText.contains(#"for="plan-drop-reason">Why it is dropped</label>"#))
            let done = try BoardHarness.post(router, "/plans/\(first.id)/done", ["csrf": sam.csrf, "date": ""], cookie: sam.cookie)
            #expect(done.status == .seeOther)
            #expect(try store.planAction(id: first.id).status == .done)
            let again = try BoardHarness.post(router, "/plans/\(first.id)/drop", ["csrf": sam.csrf, "reason": "No longer needed"], cookie: sam.cookie)
            #expect(again.status == .conflict && again.bodyText.contains("already done"))
            let noReason = try BoardHarness.post(router, "/plans/\(second.id)/drop", ["csrf": sam.csrf, "reason": " "], cookie: sam.cookie)
            #expect(noReason.status == .unprocessableContent && noReason.bodyText.contains(##"<a href="#plan-drop-reason">Enter why it is dropped</a>"##))
            let future = try BoardHarness.post(router, "/plans/\(second.id)/drop",
                                               ["csrf": sam.csrf, "reason": "Merged", "date": Day.today().adding(days: 1).description], cookie: sam.cookie)
            #expect(future.status == .unprocessableContent && future.bodyText.contains(##"href="#plan-drop-date""##))
            #expect(try store.planAction(id: second.id).isOpen)
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            #expect(try BoardHarness.post(router, "/plans/\(second.id)/drop", ["csrf": vic.csrf, "reason": "Merged"], cookie: vic.cookie).status == .forbidden)
            let dropped = try BoardHarness.post(router, "/plans/\(second.id)/drop", ["csrf": sam.csrf, "reason": "Merged with A\(first.id)"],
                                                cookie: sam.cookie)
            #expect(dropped.status == .seeOther)
            let closed = try store.planAction(id: second.id)
            #expect(closed.status == .dropped && closed.dropReason == "Merged with A\(first.id)")
            #expect(try BoardHarness.get(router, "/plans/\(second.id)/done", cookie: sam.cookie).bodyText.contains("Dropped on"))
        }
    }

    @Test("a self-assessment: eight statements rated 1–4 with evidence notes, who took part; refusals beside the statement")
    func assessment() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            _ = try store.addContact(NewContact(authority: "Dorset", name: "Ann Lee", role: "Safeguarding Lead"))
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            let statements = try store.qualityStatements()
            #expect(statements.count == 8)
            for statement in statements {
                #expect(page.contains(#"<label class="label" for="assessment-add-rate-\#(statement.key)">Rating</label>"#))
                #expect(page.contains("<legend>\(HTML.escape(statement.title))</legend>"))
            }
            let key = try #require(statements.first).key
            let last = try #require(statements.last).key
            let noteOnly = try BoardHarness.post(router, "/authorities/Dorset/assessments",
                                                 ["csrf": sam.csrf, "rate-\(key)": "", "note-\(key)": "Staff briefed", "rate-\(last)": "3"],
                                                 cookie: sam.cookie)
            #expect(noteOnly.status == .unprocessableContent)
            #expect(noteOnly.bodyText.contains(##"<a href="#assessment-add-rate-\##(key)">The statement \##(key) has evidence but no rating"##))
            #expect(noteOnly.bodyText.contains(">Staff briefed</textarea>") && noteOnly.bodyText.contains(#"<option value="3" selected>"#))
            let none = try BoardHarness.post(router, "/authorities/Dorset/assessments", ["csrf": sam.csrf, "rate-\(key)": ""], cookie: sam.cookie)
            #expect(none.status == .unprocessableContent && none.bodyText.contains(##"<a href="#assessment-add-rate-\##(key)">The assessment rates no statement"##))
            #expect(try store.assessments(of: "Dorset").isEmpty)
            var fields: [(String, String)] = [("csrf", sam.csrf), ("date", Day.today().adding(days: -1).description)]
            for (index, statement) in statements.enumerated() {
                fields += [("rate-\(statement.key)", "\(index % 4 + 1)"), ("note-\(statement.key)", index == 0 ? "Staff briefed, in March" : "")]
            }
            fields += [("contacts", "Ann Lee"), ("participants", "Bo Ray, Cy Dee")]
            let sent = try BoardHarness.post(router, "/authorities/Dorset/assessments", fields, cookie: sam.cookie)
            #expect(sent.status == .seeOther && sent.headers["Location"] == "/authorities/Dorset#assessments")
            let recorded = try #require(try store.assessments(of: "Dorset").first)
            #expect(recorded.assessedOn == Day.today().adding(days: -1) && recorded.ratedCount == 8)
            #expect(recorded.participants.map(\.displayName).sorted() == ["Ann Lee", "Bo Ray", "Cy Dee"])
            #expect(recorded.ratings.first { $0.statement == key }?.evidence == "Staff briefed, in March")
        }
    }
}
