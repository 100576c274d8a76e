import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// A manager's lifecycle forms on an authority's page, through the router: what each changes,
/// a full cap's refusal and its "Waitlist instead", refusals in words, and who may send them.
@Suite("The board: manager's lifecycle forms")
struct LifecycleFormTests {
    /// Sam Jones (cap 1) leads Dorset at stage 1; Alex Morgan and Kit Lee lead nothing; Devon is
    /// waitlisted, Cornwall requested, Wiltshire a prospect; accounts for Sam, a manager and a viewer.
    static func team(_ store: Store) throws {
        for officer in ["Sam Jones", "Alex Morgan", "Kit Lee"] {
            _ = try store.addOfficer(NewOfficer(name: officer, region: .southWest))
        }
        _ = try store.setCap(of: "Sam Jones", to: 1)
        for authority in ["Dorset", "Devon", "Cornwall", "Wiltshire"] {
            _ = try store.addAuthority(NewAuthority(name: authority, region: .southWest))
        }
        for authority in ["Dorset", "Devon", "Cornwall"] { _ = try store.request(authority) }
        _ = try store.assign("Dorset", officer: "Sam Jones")
        _ = try store.waitlist("Devon")
        try BoardHarness.addAccount(store, "Sam Jones", role: .officer)
        try BoardHarness.addAccount(store, "Maria Manager", role: .manager)
        try BoardHarness.addAccount(store, "Vic Viewer", role: .viewer)
    }

    /// The one-line confirmation a form's redirect carries.
    static func confirmation(_ response: HTTPResponse) throws -> String {
        let cookie = try #require(response.headers.values(for: "Set-Cookie").first { $0.hasPrefix("engage_done=") })
        let value = try #require(cookie.split(separator: ";").first?.dropFirst("engage_done=".count))
        return try #require(String(value).removingPercentEncoding)
    }

    /// A form's `POST` with fields made at run time, in order.
    static func post(_ router: Router, _ target: String, _ fields: [(String, String)], cookie: String) throws -> HTTPResponse {
        let body = fields.map { "\(HTML.pathSegment($0.0))=\(HTML.pathSegment($0.1))" }.joined(separator: "&")
        let headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded", "Host": "board.test", "Cookie": cookie]
        return router.respond(to: try HTTPRequest(method: .post, target: target, headers: headers, body: Array(body.utf8)))
    }

    @Test("request, assign, pause, resume and reassign: 303, a one-line confirmation, the store changed, audited by the manager")
    func lifecycle() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let prospect = try BoardHarness.get(router, "/authorities/Wiltshire", cookie: maria.cookie).bodyText
            #expect(prospect.contains(#"<h2 id="manage-heading">Manage</h2>"#))
            #expect(prospect.contains(#"action="/authorities/Wiltshire/request""#) && !prospect.contains(#"action="/authorities/Wiltshire/pause""#),
                    "only what its status allows")
            let steps: [(String, [(String, String)], String, (Authority) -> Bool)] = [
                ("request", [("reason", "Asked at the conference")], "Wiltshire: prospect → requested.", { $0.status == .requested }),
                ("assign", [("officer", "Alex Morgan"), ("stage", "1"), ("reason", "")], "Wiltshire: requested → active, stage 1, led by Alex Morgan.",
                 { $0.status == .active && $0.leadOfficer == "Alex Morgan" }),
                ("pause", [("reason", "Elections")], "Wiltshire: active, stage 1, led by Alex Morgan → paused, stage 1. Next on the waitlist: Devon.", { $0.status == .paused }),
                ("resume", [], "Wiltshire: paused, stage 1 → active, stage 1, led by Alex Morgan.", { $0.status == .active }),
                ("reassign", [("officer", "Kit Lee")], "Wiltshire: active, stage 1, led by Alex Morgan → active, stage 1, led by Kit Lee. Next on the waitlist: Devon.",
                 { $0.leadOfficer == "Kit Lee" }),
            ]
            for (verb, fields, said, changed) in steps {
                let page = try BoardHarness.get(router, "/authorities/Wiltshire", cookie: maria.cookie).bodyText
                #expect(page.contains(#"action="/authorities/Wiltshire/\#(verb)""#), "\(verb) is offered")
                let response = try Self.post(router, "/authorities/Wiltshire/\(verb)", [("csrf", maria.csrf)] + fields, cookie: maria.cookie)
                #expect(response.status == .seeOther, "\(verb): \(response.bodyText.prefix(400))")
                #expect(response.headers["Location"] == "/authorities/Wiltshire")
                let told = try Self.confirmation(response)
                #expect(told == said)
                #expect(changed(try store.authority(named: "Wiltshire")), "\(verb) changed the store")
                #expect(try store.auditEntries(authority: "Wiltshire").contains { $0.action == "authority.\(verb)" && $0.actor == "Maria Manager" })
            }
            let page = try BoardHarness.get(router, "/authorities/Wiltshire", cookie: maria.cookie).bodyText
            #expect(page.contains("<option value=\"Sam Jones\">Sam Jones — 1 of 1 (full)</option>"), "each officer with load and cap")
            #expect(!page.contains("<option value=\"Kit Lee\">"), "not to its own lead")
        }
    }

    @Test("assigning over a cap: 409, the refusal names who holds the places, and 'Waitlist instead' then works")
    func overCap() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/authorities/Cornwall", cookie: maria.cookie).bodyText
            #expect(page.contains("<option value=\"Alex Morgan\">Alex Morgan — 0 of 4</option>"))
            let later = try BoardHarness.post(router, "/authorities/Cornwall/assign",
                                              ["csrf": maria.csrf, "officer": "Alex Morgan", "stage": "2", "reason": ""], cookie: maria.cookie)
            #expect(later.status == .unprocessableContent)
            #expect(later.bodyText.contains(##"<a href="#authority-assign-reason">Starting Cornwall at stage 2 needs a reason</a>"##))
            #expect(later.bodyText.contains(#"<option value="2" selected>"#) && later.bodyText.contains(#"<option value="Alex Morgan" selected>"#))
            let refused = try BoardHarness.post(router, "/authorities/Cornwall/assign",
                                                ["csrf": maria.csrf, "officer": "Sam Jones", "stage": "1"], cookie: maria.cookie)
            #expect(refused.status == .conflict)
            let text = refused.bodyText
            #expect(text.contains("Cannot take on Cornwall: Sam Jones is at their cap of 1 active authority (Dorset); choose another officer, or put it on the waitlist instead"))
            #expect(text.contains(##"<a href="#authority-assign-capacity">"##) && text.contains(#"id="authority-assign-capacity""#))
            #expect(!text.contains("--waitlist") && !text.contains("engage authority"), "no command-line hint in a browser")
            #expect(text.contains(#"<details class="form-panel" id="manage-assign" open>"#))
            let instead = try #require(text.firstRange(of: /<form method="post" action="\/authorities\/Cornwall\/waitlist"[^>]*id="waitlist-instead">[\s\S]*?<\/form>/))
            #expect(text[instead].contains(#"name="csrf" value="\#(maria.csrf)""#) && text[instead].contains(">Waitlist instead</button>"))
            #expect(try store.authority(named: "Cornwall").status == .requested, "nothing changed")
            let waitlisted = try BoardHarness.post(router, "/authorities/Cornwall/waitlist", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(waitlisted.status == .seeOther)
            #expect(try Self.confirmation(waitlisted) == "Cornwall: requested → waitlisted.")
            #expect(try store.authority(named: "Cornwall").status == .waitlisted)
            #expect(try store.auditEntries(authority: "Cornwall").contains { $0.action == "authority.waitlist" && $0.actor == "Maria Manager" })

            _ = try store.setTeamCap(1)
            let team = try BoardHarness.post(router, "/authorities/Wiltshire/request", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(team.status == .seeOther)
            let teamFull = try BoardHarness.post(router, "/authorities/Wiltshire/assign", ["csrf": maria.csrf, "officer": "Alex Morgan", "stage": "1"],
                                                 cookie: maria.cookie)
            #expect(teamFull.status == .conflict)
            #expect(teamFull.bodyText.contains("Cannot take on Wiltshire: the team is at its cap of 1 active authority (Dorset)"))
            #expect(teamFull.bodyText.contains(">Waitlist instead</button>"))
            _ = try store.setTeamCap(nil)
            _ = try store.pause("Dorset")
            _ = try store.assign("Devon", officer: "Kit Lee")
            _ = try store.assign("Cornwall", officer: "Sam Jones")
            let reassign = try BoardHarness.post(router, "/authorities/Devon/reassign", ["csrf": maria.csrf, "officer": "Sam Jones"],
                                                 cookie: maria.cookie)
            #expect(reassign.status == .conflict && reassign.bodyText.contains("Sam Jones is at their cap of 1 active authority (Cornwall)"))
            #expect(!reassign.bodyText.contains("Waitlist instead"), "an active authority cannot wait")
            #expect(try store.authority(named: "Devon").leadOfficer == "Kit Lee")
        }
    }

    @Test("a change the status does not allow is refused in words on the page, nothing changed; a signpost needs a place")
    func refusals() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/authorities/Devon", cookie: maria.cookie).bodyText
            #expect(!page.contains(#"action="/authorities/Devon/pause""#))
            let pause = try BoardHarness.post(router, "/authorities/Devon/pause", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(pause.status == .conflict)
            #expect(pause.bodyText.contains(##"<a href="#authority-pause">Devon is waitlisted, so it cannot be paused"##))
            #expect(pause.bodyText.contains(#"id="authority-pause""#), "the summary's link has somewhere to go")
            #expect(try store.authority(named: "Devon").status == .waitlisted)

            let blank = try BoardHarness.post(router, "/authorities/Devon/signpost", ["csrf": maria.csrf, "to": "  "], cookie: maria.cookie)
            #expect(blank.status == .unprocessableContent)
            #expect(blank.bodyText.contains(##"<a href="#authority-signpost-to">Enter where it was signposted to</a>"##))
            #expect(blank.bodyText.contains(#"id="authority-signpost-to-error""#))
            #expect(try store.authority(named: "Devon").status == .waitlisted)
            let sent = try BoardHarness.post(router, "/authorities/Devon/signpost", ["csrf": maria.csrf, "to": "Devon Safeguarding Partnership"],
                                             cookie: maria.cookie)
            #expect(sent.status == .seeOther)
            #expect(try Self.confirmation(sent) == "Devon: waitlisted → signposted (to Devon Safeguarding Partnership).")
            #expect(try store.authority(named: "Devon").signpostedTo == "Devon Safeguarding Partnership")
            #expect(try store.auditEntries(authority: "Devon").contains { $0.action == "authority.signpost" && $0.actor == "Maria Manager" })
        }
    }

    @Test("an officer and a viewer see no Manage section; their hand-made POSTs are refused 403, nothing changed")
    func rights() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, tokens, store in
            for name in ["Sam Jones", "Vic Viewer"] {
                let visitor = try BoardHarness.signIn(router, name)
                let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: visitor.cookie).bodyText
                #expect(!page.contains(#"id="manage""#) && !page.contains("/authorities/Dorset/pause"))
                for verb in ["pause", "close"] {
                    let response = try BoardHarness.post(router, "/authorities/Dorset/\(verb)", ["csrf": visitor.csrf], cookie: visitor.cookie)
                    #expect(response.status == .forbidden, "\(name) \(verb)")
                }
            }
            #expect(try !BoardHarness.get(router, "/authorities/Dorset", token: tokens["manager"]).bodyText.contains(#"id="manage""#),
                    "no form without a session")
            #expect(try store.authority(named: "Dorset").status == .active)
        }
    }

    @Test("completing or closing frees a place: the confirmation names who waits next")
    func nextOnWaitlist() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            for _ in 1...3 { _ = try store.advance("Dorset", override: "Done before") }
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: maria.cookie).bodyText
            #expect(page.contains(#"<label class="label" for="stage-advance-override">Override the gate (managers)</label>"#))
            #expect(page.contains("<button type=\"submit\" class=\"button\">Complete Dorset</button>") && !page.contains("authority-complete"),
                    "one way to complete: the next stage's button")
            let gated = try BoardHarness.post(router, "/authorities/Dorset/advance", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(try gated.status == .conflict && store.authority(named: "Dorset").status == .active)
            let complete = try BoardHarness.post(router, "/authorities/Dorset/advance", ["csrf": maria.csrf, "override": "Signed off"],
                                                 cookie: maria.cookie)
            #expect(complete.status == .seeOther)
            #expect(try Self.confirmation(complete) == "Dorset is now completed, the gate overridden. Next on the waitlist: Devon.")
            #expect(try store.auditEntries(authority: "Dorset").contains { $0.action == "authority.advance" && $0.actor == "Maria Manager" })

            _ = try store.assign("Devon", officer: "Sam Jones")
            _ = try store.waitlist("Cornwall")
            let close = try BoardHarness.post(router, "/authorities/Devon/close", ["csrf": maria.csrf, "reason": "Funding ended"],
                                              cookie: maria.cookie)
            #expect(close.status == .seeOther)
            #expect(try Self.confirmation(close) == "Devon: active, stage 1, led by Sam Jones → closed. Next on the waitlist: Cornwall.")
            #expect(try store.authority(named: "Devon").status == .closed)
            #expect(try store.auditEntries(authority: "Devon").contains { $0.action == "authority.close" && $0.actor == "Maria Manager" })
            let closed = try BoardHarness.get(router, "/authorities/Devon", cookie: maria.cookie).bodyText
            #expect(closed.contains("Devon is closed: no change of status is possible from there.") && !closed.contains(#"<details class="form-panel" id="manage-"#))
        }
    }
}
