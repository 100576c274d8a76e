import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// The follow-up forms through the router: who sees and may send them, what they record, and
/// how a refusal comes back.
@Suite("The board: follow-up forms")
struct FollowUpFormTests {
    @Test("an officer records a follow-up on an authority they lead: 303, a confirmation, and the store has it")
    func added() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            for label in [#"<label class="label" for="followup-add-summary">What was asked for</label>"#,
                          #"<label class="label" for="followup-add-kind">Kind</label>"#, #"for="followup-add-due""#] {
                #expect(page.contains(label), "every control has a label: \(label)")
            }
            let sent = try BoardHarness.post(router, "/authorities/Dorset/followups",
                                             ["csrf": sam.csrf, "summary": "Send the\r\nworkshop slides", "kind": "materials",
                                              "opened": "", "due": Day.today().adding(days: 7).description], cookie: sam.cookie)
            #expect(sent.status == .seeOther)
            #expect(sent.headers["Location"] == "/authorities/Dorset#authority-followups")
            let confirmation = try #require(sent.headers.values(for: "Set-Cookie").first { $0.hasPrefix("engage_done=") })
            let recorded = try store.followUps(of: "Dorset")
            #expect(recorded.map(\.summary) == ["Send the\r\nworkshop slides"] && recorded.first?.kind == .materials)
            #expect(recorded.first?.openedOn == Day.today() && recorded.first?.dueOn == Day.today().adding(days: 7))
            let after = try BoardHarness.get(router, "/authorities/Dorset",
                                             cookie: sam.cookie + "; " + String(try #require(confirmation.split(separator: ";").first)))
            #expect(after.bodyText.contains("Follow-up \(try #require(recorded.first).id) recorded for Dorset"))
            #expect(try store.auditEntries(authority: "Dorset").contains { $0.action == "followup.add" && $0.actor == "Sam Jones" })
        }
    }

    @Test("no form for a viewer or on another officer's authority; a hand-made POST is refused all the same, nothing changed")
    func rights() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            #expect(!(try BoardHarness.get(router, "/authorities/Dorset", cookie: vic.cookie).bodyText.contains("followup-add")))
            #expect(!(try BoardHarness.get(router, "/authorities/Devon", cookie: sam.cookie).bodyText.contains("followup-add")))
            let byViewer = try BoardHarness.post(router, "/authorities/Dorset/followups", ["csrf": vic.csrf, "summary": "Slides"], cookie: vic.cookie)
            let byOther = try BoardHarness.post(router, "/authorities/Devon/followups", ["csrf": sam.csrf, "summary": "Slides"], cookie: sam.cookie)
            #expect(byViewer.status == .forbidden && byOther.status == .forbidden)
            #expect(byOther.bodyText.contains("Devon"), "the refusal says whose it is")
            #expect(try store.followUps(of: "Dorset").isEmpty && store.followUps(of: "Devon").isEmpty)
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            #expect(try BoardHarness.get(router, "/authorities/Devon", cookie: maria.cookie).bodyText.contains("followup-add"))
            let byManager = try BoardHarness.post(router, "/authorities/Devon/followups", ["csrf": maria.csrf, "summary": "Slides"],
                                                  cookie: maria.cookie)
            #expect(byManager.status == .seeOther)
            #expect(try store.followUps(of: "Devon").count == 1)
        }
    }

    @Test("a refused form comes back with every error, each beside its field and linked from the summary, the input kept")
    func refused() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let blank = try BoardHarness.post(router, "/authorities/Dorset/followups",
                                              ["csrf": sam.csrf, "summary": "  ", "kind": "materials", "contact": "Ann Lee", "due": "2026-02-30"],
                                              cookie: sam.cookie)
            #expect(blank.status == .unprocessableContent)
            let page = blank.bodyText
            #expect(page.contains("<title>Error: Dorset · engage</title>"))
            #expect(page.contains(##"<a href="#followup-add-summary">Enter what was asked for</a>"##))
            #expect(page.contains(##"<a href="#followup-add-due">The due date must be a real date, like 2026-03-27</a>"##))
            #expect(page.contains(#"id="followup-add-summary-error""#) && page.contains(#"aria-describedby="followup-add-summary-error""#))
            #expect(page.contains(#"value="Ann Lee""#) && page.contains(#"<option value="materials" selected>"#), "what was typed is kept")
            #expect(page.contains(#"<details class="form-panel" open>"#), "the form is open again")

            let early = try BoardHarness.post(router, "/authorities/Dorset/followups",
                                              ["csrf": sam.csrf, "summary": "Slides", "opened": Day.today().description,
                                               "due": Day.today().adding(days: -1).description], cookie: sam.cookie)
            #expect(early.status == .unprocessableContent)
            #expect(early.bodyText.contains(##"<a href="#followup-add-due">The due date"##), "the domain's refusal sits beside its field")
            let summary = try #require(early.bodyText.firstRange(of: /<div class="error-summary"[\s\S]*?<\/div>/).map { early.bodyText[$0] })
            #expect(!summary.contains("--"), "no command-line hint in a browser")
            let control = try BoardHarness.post(router, "/authorities/Dorset/followups", ["csrf": sam.csrf, "summary": "Slides\u{1B}[31m"],
                                                cookie: sam.cookie)
            #expect(control.status == .unprocessableContent && control.bodyText.contains("escape character"))
            #expect(try store.followUps(of: "Dorset").isEmpty)
        }
    }

    @Test("marking a follow-up done on its own page; done twice is refused on the page, with nothing changed")
    func done() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let asked = try store.addFollowUp(NewFollowUp(authority: "Dorset", summary: "Slides", openedOn: Day.today(), today: Day.today()))
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let authority = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            #expect(authority.contains(#"<a href="/followups/\#(asked.id)/done">Mark done"#))
            let list = try BoardHarness.get(router, "/followups", cookie: sam.cookie).bodyText
            #expect(list.contains(#"href="/followups/\#(asked.id)/done">Mark done"#), "also where the open follow-ups are listed")
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            #expect(!(try BoardHarness.get(router, "/followups", cookie: vic.cookie).bodyText.contains("Mark done")))
            let form = try BoardHarness.get(router, "/followups/\(asked.id)/done", cookie: sam.cookie)
            #expect(form.status == .ok && form.bodyText.contains(#"for="followup-done-outcome">What was done</label>"#))
            let empty = try BoardHarness.post(router, "/followups/\(asked.id)/done", ["csrf": sam.csrf, "outcome": ""], cookie: sam.cookie)
            #expect(empty.status == .unprocessableContent && empty.bodyText.contains(##"href="#followup-done-outcome""##))
            let sent = try BoardHarness.post(router, "/followups/\(asked.id)/done", ["csrf": sam.csrf, "outcome": "Sent them"], cookie: sam.cookie)
            #expect(sent.status == .seeOther)
            #expect(try store.followUp(id: asked.id).outcome == "Sent them")
            let again = try BoardHarness.post(router, "/followups/\(asked.id)/done", ["csrf": sam.csrf, "outcome": "Again"], cookie: sam.cookie)
            #expect(again.status == .conflict && again.bodyText.contains("already done"))
            #expect(try store.followUp(id: asked.id).outcome == "Sent them")
            #expect(try BoardHarness.get(router, "/followups/999/done", cookie: sam.cookie).status == .notFound)
        }
    }
}
