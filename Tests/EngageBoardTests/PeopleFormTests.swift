import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// People's accounts through the router: a manager adds, disables, enables and resets them;
/// the one-time password is shown once and nowhere else; nobody else may, and nothing changes
/// without the form's token.
@Suite("The board: people's accounts")
struct PeopleFormTests {
    /// The officers Sam Jones (with an account) and Jo Whitfield (without); a manager and a viewer.
    private static func team(_ store: Store) throws {
        _ = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .southWest))
        _ = try store.addOfficer(NewOfficer(name: "Jo Whitfield", region: .northWest))
        try BoardHarness.addAccount(store, "Sam Jones", role: .officer)
        try BoardHarness.addAccount(store, "Maria Manager", role: .manager)
        try BoardHarness.addAccount(store, "Vic Viewer", role: .viewer)
    }

    /// The one-time password on a page answered to a form, checking it is there exactly once and
    /// the answer is not to be stored.
    private static func oneTimePassword(in response: HTTPResponse) throws -> String {
        #expect(response.status == .ok && response.headers["Location"] == nil)
        #expect(response.headers["Cache-Control"] == "no-store")
        let match = try #require(response.bodyText.firstMatch(of: /id="one-time-password">([A-Za-z0-9]{16})</))
        let password = String(match.output.1)
        #expect(response.bodyText.ranges(of: password).count == 1, "shown once on the page")
        for cookie in response.headers.values(for: "Set-Cookie") { #expect(!cookie.contains(password)) }
        return password
    }

    /// Whether no audit row holds `password`.
    private static func auditIsClean(_ store: Store, of password: String) throws -> Bool {
        try store.auditEntries(limit: 500).allSatisfy { !$0.detailsJSON.contains(password) && !$0.actor.contains(password) }
    }

    @Test("a manager adds an officer's account: the one-time password on a 200 page, once; it signs in and must be changed")
    func add() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/people", cookie: maria.cookie)
            #expect(page.status == .ok && page.bodyText.contains(#"<a href="/people" aria-current="page">People</a>"#))
            #expect(page.bodyText.contains(#"<a href="/people/Vic%20Viewer">Vic Viewer</a>"#))
            for label in [#"for="person-add-name">Name</label>"#, #"for="person-add-role">Role</label>"#, #"<option value="Jo Whitfield">"#] {
                #expect(page.bodyText.contains(label), "the form has \(label)")
            }
            let sent = try BoardHarness.post(router, "/people", ["csrf": maria.csrf, "name": "Jo Whitfield", "role": "officer", "officer": ""],
                                             cookie: maria.cookie)
            let password = try Self.oneTimePassword(in: sent)
            #expect(sent.bodyText.contains("Account added for Jo Whitfield, officer."))
            let added = try store.user(named: "Jo Whitfield")
            #expect(added.role == .officer && added.officer == "Jo Whitfield" && added.mustChangePassword)
            let signedIn = try BoardHarness.post(router, "/signin", ["name": "Jo Whitfield", "password": password])
            #expect(signedIn.status == .seeOther && signedIn.headers["Location"] == "/account/password")
            let audited = try store.auditEntries(limit: 500)
            #expect(audited.contains { $0.action == "user.add" && $0.actor == "Maria Manager" })
            #expect(audited.contains { $0.action == "user.reset-password" && $0.actor == "Maria Manager" })
            #expect(try Self.auditIsClean(store, of: password))
        }
    }

    @Test("a refused account comes back with its errors beside the fields; a name in use is refused; nothing added")
    func addRefused() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let blank = try BoardHarness.post(router, "/people", ["csrf": maria.csrf, "name": " ", "role": "viewer"], cookie: maria.cookie)
            #expect(blank.status == .unprocessableContent && blank.bodyText.contains(##"<a href="#person-add-name">The user name is empty"##))
            let officerForManager = try BoardHarness.post(router, "/people", ["csrf": maria.csrf, "name": "Ann Lee", "role": "manager",
                                                                             "officer": "Jo Whitfield"], cookie: maria.cookie)
            #expect(officerForManager.status == .unprocessableContent)
            #expect(officerForManager.bodyText.contains(##"<a href="#person-add-officer">Only an officer&#39;s account acts as an officer"##))
            #expect(officerForManager.bodyText.contains(#"value="Ann Lee""#), "what was typed is kept")
            let taken = try BoardHarness.post(router, "/people", ["csrf": maria.csrf, "name": "vic viewer", "role": "viewer"], cookie: maria.cookie)
            #expect(taken.status == .conflict && taken.bodyText.contains("There is a problem"))
            #expect(try store.users().map(\.name) == ["Maria Manager", "Sam Jones", "Vic Viewer"])
        }
    }

    @Test("a manager resets a password: shown once, the old one and every session of the account end, the new one must be changed")
    func reset() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            let person = try BoardHarness.get(router, "/people/Vic%20Viewer", cookie: maria.cookie).bodyText
            #expect(person.contains(#"action="/people/Vic%20Viewer/password""#) && person.contains(#"action="/people/Vic%20Viewer/disable""#))
            let sent = try BoardHarness.post(router, "/people/Vic%20Viewer/password", ["csrf": maria.csrf], cookie: maria.cookie)
            let password = try Self.oneTimePassword(in: sent)
            #expect(sent.bodyText.contains("Vic Viewer&#39;s password is reset"))
            #expect(try BoardHarness.get(router, "/", cookie: vic.cookie).status == .unauthorized, "their session ended")
            #expect(try BoardHarness.post(router, "/signin", ["name": "Vic Viewer", "password": BoardHarness.password]).status == .unauthorized)
            let signedIn = try BoardHarness.post(router, "/signin", ["name": "Vic Viewer", "password": password])
            #expect(signedIn.status == .seeOther && signedIn.headers["Location"] == "/account/password")
            #expect(try store.user(named: "Vic Viewer").mustChangePassword)
            #expect(try Self.auditIsClean(store, of: password))
            #expect(try BoardHarness.get(router, "/", cookie: maria.cookie).status == .ok, "the manager's own session lives on")
            for path in ["/people", "/people/Vic%20Viewer"] {
                #expect(!(try BoardHarness.get(router, path, cookie: maria.cookie).bodyText.contains(password)), "never shown again")
            }
            #expect(try BoardHarness.get(router, "/people/Vic%20Viewer", cookie: maria.cookie).bodyText.contains("password: one-time, to be changed"))
        }
    }

    @Test("a manager disables an account (its sessions end) and enables it again; disabling oneself is refused by the store")
    func disableAndEnable() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let disabled = try BoardHarness.post(router, "/people/Sam%20Jones/disable", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(disabled.status == .seeOther && disabled.headers["Location"] == "/people/Sam%20Jones")
            #expect(try store.user(named: "Sam Jones").isDisabled)
            #expect(try BoardHarness.get(router, "/", cookie: sam.cookie).status == .unauthorized)
            let page = try BoardHarness.get(router, "/people/Sam%20Jones", cookie: maria.cookie).bodyText
            #expect(page.contains(#"action="/people/Sam%20Jones/enable""#) && page.contains("disabled: cannot sign in"))
            let twice = try BoardHarness.post(router, "/people/Sam%20Jones/disable", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(twice.status == .conflict && twice.bodyText.contains("already disabled"))
            let enabled = try BoardHarness.post(router, "/people/Sam%20Jones/enable", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(try enabled.status == .seeOther && !store.user(named: "Sam Jones").isDisabled)
            _ = try BoardHarness.signIn(router, "Sam Jones")

            let own = try BoardHarness.get(router, "/people/Maria%20Manager", cookie: maria.cookie).bodyText
            #expect(own.contains(#"id="own-account""#) && !own.contains("/disable"), "no form to disable oneself")
            let herself = try BoardHarness.post(router, "/people/maria%20manager/disable", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(herself.status == .conflict && herself.bodyText.contains("You cannot disable your own account"))
            #expect(!(try store.user(named: "Maria Manager").isDisabled))
            #expect(try store.auditEntries(limit: 500).contains { $0.action == "user.disable" && $0.actor == "Maria Manager" })
        }
    }

    @Test("a viewer or an officer sees no People link and no page; hand-made POSTs are refused (403), nothing changed")
    func rights() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            for name in ["Vic Viewer", "Sam Jones"] {
                let visitor = try BoardHarness.signIn(router, name)
                #expect(!(try BoardHarness.get(router, "/", cookie: visitor.cookie).bodyText.contains(#"href="/people""#)))
                #expect(try BoardHarness.get(router, "/people", cookie: visitor.cookie).status == .forbidden)
                #expect(try BoardHarness.get(router, "/people/Maria%20Manager", cookie: visitor.cookie).status == .forbidden)
                let posts = [
                    try BoardHarness.post(router, "/people", ["csrf": visitor.csrf, "name": "Eve", "role": "manager"], cookie: visitor.cookie),
                    try BoardHarness.post(router, "/people/Maria%20Manager/disable", ["csrf": visitor.csrf], cookie: visitor.cookie),
                    try BoardHarness.post(router, "/people/Maria%20Manager/password", ["csrf": visitor.csrf], cookie: visitor.cookie),
                ]
                #expect(posts.allSatisfy { $0.status == .forbidden && !$0.bodyText.contains("one-time-password") })
            }
            let maria = try store.user(named: "Maria Manager")
            #expect(!maria.isDisabled && !maria.mustChangePassword)
            #expect(try store.users().count == 3)
        }
    }

    @Test("a manager's API token reads the accounts but gets no form (forms need a session)")
    func token() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, tokens, _ in
            let page = try BoardHarness.get(router, "/people", token: tokens["manager"])
            #expect(page.status == .ok && page.bodyText.contains(#"<a href="/people/Sam%20Jones">Sam Jones</a>"#))
            #expect(!page.bodyText.contains("person-add"))
            let person = try BoardHarness.get(router, "/people/Sam%20Jones", token: tokens["manager"])
            #expect(person.status == .ok && !person.bodyText.contains("<form class=\"board-form"))
            #expect(try BoardHarness.get(router, "/people/Nobody", token: tokens["manager"]).status == .notFound)
            #expect(try BoardHarness.get(router, "/people", token: tokens["viewer"]).status == .forbidden)
        }
    }

    @Test("without the form's token (or with another), nothing is added, disabled or reset (403)")
    func csrf() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            for token in ["", vic.csrf] {
                let posts = [
                    try BoardHarness.post(router, "/people", ["csrf": token, "name": "Eve", "role": "manager"], cookie: maria.cookie),
                    try BoardHarness.post(router, "/people/Sam%20Jones/disable", ["csrf": token], cookie: maria.cookie),
                    try BoardHarness.post(router, "/people/Sam%20Jones/password", ["csrf": token], cookie: maria.cookie),
                ]
                #expect(posts.allSatisfy { $0.status == .forbidden })
            }
            let sam = try store.user(named: "Sam Jones")
            #expect(try !sam.isDisabled && !sam.mustChangePassword && store.users().count == 3)
        }
    }
}
