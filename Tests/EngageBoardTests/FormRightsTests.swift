@testable import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// Every form of the board against every role below the one it needs: no form shown, and a
/// hand-made POST refused (403) with nothing changed, whatever the form.
@Suite("The board: every form, every role")
struct FormRightsTests {
    /// Devon led by Alex Morgan, with one of everything a form may name by id.
    private static func seed(_ store: Store) throws {
        try BoardHarness.team(store)
        _ = try store.addFollowUp(NewFollowUp(authority: "Devon", summary: "Slides", openedOn: Day.today(), today: Day.today()))
        _ = try store.addContact(NewContact(authority: "Devon", name: "Ann Lee", role: "Lead"))
        _ = try store.addPlanAction(NewPlanAction(authority: "Devon", statement: "voice", action: "Forum", owner: "Alex Morgan",
                                                  dueOn: Day.today()))
    }

    /// A form's route with its parameters filled in (an authority's name, a record's id).
    private static func target(_ form: BoardForm) -> String {
        form.route.replacing(":name", with: "Devon").replacing(":id", with: "1")
    }

    @Test("a viewer's and an officer's hand-made POST to a form above their role: 403, nothing changed")
    func refusedAbove() throws {
        try BoardHarness.withBoard(seed: Self.seed) { router, _, store in
            let viewer = try BoardHarness.signIn(router, "Vic Viewer")
            let officer = try BoardHarness.signIn(router, "Sam Jones")
            let before = try store.auditEntries(limit: 10_000).count
            var checked = 0
            for form in BoardForms.all {
                for (role, session) in [(Role.viewer, viewer), (.officer, officer)] where !role.includes(form.least) {
                    let sent = try BoardHarness.post(router, Self.target(form), ["csrf": session.csrf, "name": "X", "reason": "X"],
                                                     cookie: session.cookie)
                    #expect(sent.status == .forbidden, "\(form.name) as a \(role.rawValue): \(sent.status.code)")
                    checked += 1
                }
            }
            #expect(checked >= 2 * BoardForms.all.filter { $0.least == .manager }.count, "every manager's form tried by both")
            #expect(try store.auditEntries(limit: 10_000).count == before, "nothing changed")
        }
    }

    @Test("no form is shown that the visitor's role cannot send: a viewer sees none, an officer none on another's authority")
    func noFormShown() throws {
        try BoardHarness.withBoard(seed: Self.seed) { router, _, _ in
            let viewer = try BoardHarness.signIn(router, "Vic Viewer")
            for path in ["/", "/followups", "/authorities/Devon", "/team", "/briefings", "/followups/1/done", "/plans/1/done"] {
                let page = try BoardHarness.get(router, path, cookie: viewer.cookie)
                #expect(page.status == .ok, "\(path): \(page.status.code)")
                #expect(!page.bodyText.contains(#"class="board-form"#), "a viewer is shown a form on \(path)")
            }
            let officer = try BoardHarness.signIn(router, "Sam Jones")
            for path in ["/authorities/Devon", "/followups/1/done", "/plans/1/done", "/contacts/1/erase"] {
                let page = try BoardHarness.get(router, path, cookie: officer.cookie).bodyText
                #expect(!page.contains(#"class="board-form"#), "Sam Jones is shown a form on \(path), which Alex Morgan leads")
            }
            for path in ["/people", "/import"] {
                #expect(try BoardHarness.get(router, path, cookie: officer.cookie).status == .forbidden, "\(path) is a manager's")
            }
        }
    }
}
