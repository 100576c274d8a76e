import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// Signing in with a password, sessions, sign-out, the CSRF token and the origin check.
@Suite("The board: passwords, sessions, CSRF")
struct BoardSessionTests {
    private static func accounts(_ store: Store) throws {
        _ = try? store.addOfficer(NewOfficer(name: "Sam Jones", region: .southWest))
        try BoardHarness.addAccount(store, "Sam Jones", role: .officer)
        try BoardHarness.addAccount(store, "Maria Manager", role: .manager)
    }

    @Test("signing in sets an HttpOnly, SameSite=Lax session cookie (never a token) that the pages accept; signing out ends it")
    func signInAndOut() throws {
        try BoardHarness.withBoard(seed: Self.accounts) { router, _ in
            let signedIn = try BoardHarness.post(router, "/signin", ["name": "sam jones", "password": BoardHarness.password])
            #expect(signedIn.status == .seeOther && signedIn.headers["Location"] == "/")
            let cookie = try #require(signedIn.headers["Set-Cookie"])
            #expect(cookie.hasPrefix("engage_session=") && !cookie.contains("engage_"+"token"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/") && !cookie.contains("Secure"))
            let session = String(try #require(cookie.split(separator: ";").first))
            let board = try BoardHarness.get(router, "/", cookie: "theme=dark; " + session)
            #expect(board.status == .ok && board.bodyText.contains("Signed in as Sam Jones, officer"))

            let (_, csrf) = try BoardHarness.signIn(router, "Sam Jones")
            let forged = try BoardHarness.post(router, "/signout", ["csrf": String(repeating: "0", count: 64)], cookie: session)
            #expect(forged.headers["Set-Cookie"]?.contains("Max-Age=0") == true, "the cookie goes either way")
            #expect(try BoardHarness.get(router, "/", cookie: session).status == .ok, "but without its token the session lives on")
            let mine = try #require(try BoardHarness.get(router, "/", cookie: session).bodyText.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/))
            #expect(String(mine.output.1) != csrf, "each session has its own token")
            let signedOut = try BoardHarness.post(router, "/signout", ["csrf": String(mine.output.1)], cookie: session)
            #expect(signedOut.status == .seeOther && signedOut.headers["Location"] == "/signin")
            #expect(try BoardHarness.get(router, "/", cookie: session).status == .unauthorized)
        }
    }

    @Test("a wrong password and an unknown name get the same refusal, the name kept; five failures lock the name (429)")
    func refusals() throws {
        try BoardHarness.withBoard(seed: Self.accounts) { router, _ in
            let wrong = try BoardHarness.post(router, "/signin", ["name": "Sam Jones", "password": "not the password"])
            let unknown = try BoardHarness.post(router, "/signin", ["name": "Nobody", "password": "not the password"])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.headers["Set-Cookie"] == nil)
            for page in [wrong.bodyText, unknown.bodyText] {
                #expect(page.contains(SignInPolicy.refusal.replacingOccurrences(of: "'", with: "&#39;")))
                #expect(page.contains("There is a problem") && !page.contains("not the password"))
            }
            #expect(wrong.bodyText.contains(#"value="Sam Jones""#), "the name typed is kept")
            let blank = try BoardHarness.post(router, "/signin", ["name": "", "password": ""])
            #expect(blank.bodyText.contains(##"<a href="#signin-name">Enter your name</a>"##))
            #expect(blank.bodyText.contains(##"<a href="#signin-password">Enter your password</a>"##))
            for _ in 2...4 { _ = try BoardHarness.post(router, "/signin", ["name": "Sam Jones", "password": "not the password"]) }
            let locked = try BoardHarness.post(router, "/signin", ["name": "Sam Jones", "password": "not the password"])
            #expect(locked.status == .tooManyRequests && locked.headers["Retry-After"] != nil)
            #expect(locked.bodyText.contains("Too many failed attempts"))
            let right = try BoardHarness.post(router, "/signin", ["name": "Sam Jones", "password": BoardHarness.password])
            #expect(right.status == .tooManyRequests, "locked: the right password is refused too")
        }
    }

    @Test("a token in the old cookie signs nobody in; a bearer token reads pages but sends no form")
    func tokens() throws {
        try BoardHarness.withBoard(seed: Self.accounts) { router, tokens in
            let manager = try #require(tokens["manager"])
            #expect(try BoardHarness.get(router, "/", cookie: "engage_token=\(manager)").status == .unauthorized)
            let page = try BoardHarness.get(router, "/", token: manager)
            #expect(page.status == .ok && !page.bodyText.contains("name=\"csrf\""))
            var headers: HTTPHeaders = ["Authorization": "Bearer \(manager)"]
            headers["Host"] = "board.test"
            let sent = try BoardHarness.post(router, "/account/password", ["csrf": "", "current": "x", "new": "y", "confirm": "y"],
                                             headers: headers)
            #expect(sent.status == .forbidden)
        }
    }

    @Test("a form without its CSRF token, with another's, or from another origin changes nothing (403)")
    func forgery() throws {
        try BoardHarness.withBoard(seed: { store in
            try Self.accounts(store)
            _ = try store.addAuthority(NewAuthority(name: "Dorset", region: .southWest))
        }) { router, _ in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let fields: KeyValuePairs<String, String> = ["summary": "Slides", "kind": "materials"]
            let attempts = [
                try BoardHarness.post(router, "/authorities/Dorset/followups", fields, cookie: maria.cookie),
                try BoardHarness.post(router, "/authorities/Dorset/followups", ["csrf": sam.csrf, "summary": "Slides"], cookie: maria.cookie),
                try BoardHarness.post(router, "/authorities/Dorset/followups", ["csrf": maria.csrf, "summary": "Slides"], cookie: maria.cookie,
                                      headers: ["Origin": "https://evil.example"]),
                try BoardHarness.post(router, "/authorities/Dorset/followups", ["csrf": maria.csrf, "summary": "Slides"], cookie: maria.cookie,
                                      headers: ["Origin": "null"]),
                try BoardHarness.post(router, "/authorities/Dorset/followups", ["csrf": maria.csrf, "summary": "Slides"]),
            ]
            #expect(attempts.map(\.status) == Array(repeating: .forbidden, count: 5))
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: maria.cookie).bodyText
            #expect(page.contains("No follow-ups yet."), "nothing was recorded")
            let sameOrigin = try BoardHarness.post(router, "/authorities/Dorset/followups", ["csrf": maria.csrf, "summary": "Slides"],
                                                   cookie: maria.cookie, headers: ["Origin": "http://board.test"])
            #expect(sameOrigin.status == .seeOther)
        }
    }

    @Test("a one-time password leads to the password page first; changing it ends the other sessions and starts a new one")
    func oneTimePassword() throws {
        try BoardHarness.withBoard(seed: Self.accounts) { router, _, store in
            let elsewhere = try BoardHarness.signIn(router, "Sam Jones")
            let reset = try store.resetPassword(of: "Sam Jones").password
            #expect(try BoardHarness.get(router, "/", cookie: elsewhere.cookie).status == .unauthorized, "a reset ends sessions")
            let signedIn = try BoardHarness.post(router, "/signin", ["name": "Sam Jones", "password": reset.text])
            #expect(signedIn.headers["Location"] == "/account/password")
            let cookie = String(try #require(signedIn.headers["Set-Cookie"]?.split(separator: ";").first))
            #expect(try BoardHarness.get(router, "/", cookie: cookie).headers["Location"] == "/account/password")
            let page = try BoardHarness.get(router, "/account/password", cookie: cookie).bodyText
            #expect(page.contains("You signed in with a one-time password"))
            let csrf = String(try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)).output.1)

            let mismatch = try BoardHarness.post(router, "/account/password",
                                                 ["csrf": csrf, "current": reset.text, "new": "my very own phrase", "confirm": "my very own phrose"],
                                                 cookie: cookie)
            #expect(mismatch.status == .unprocessableContent)
            #expect(mismatch.bodyText.contains(##"<a href="#password-change-confirm">The two new passwords are not the same</a>"##))
            #expect(!mismatch.bodyText.contains(reset.text) && !mismatch.bodyText.contains("my very own"), "passwords are never shown again")
            let short = try BoardHarness.post(router, "/account/password", ["csrf": csrf, "current": reset.text, "new": "short", "confirm": "short"],
                                              cookie: cookie)
            #expect(short.bodyText.contains("at least 12"))

            let changed = try BoardHarness.post(router, "/account/password",
                                                ["csrf": csrf, "current": reset.text, "new": "my very own phrase", "confirm": "my very own phrase"],
                                                cookie: cookie)
            #expect(changed.status == .seeOther && changed.headers["Location"] == "/")
            let cookies = changed.headers.values(for: "Set-Cookie")
            let fresh = String(try #require(cookies.first { $0.hasPrefix("engage_session=") }?.split(separator: ";").first))
            #expect(try BoardHarness.get(router, "/", cookie: cookie).status == .unauthorized, "the old session ended")
            let board = try BoardHarness.get(router, "/", cookie: fresh + "; engage_done=Your%20password%20is%20changed.")
            #expect(board.status == .ok && board.bodyText.contains(#"<div class="confirmation" id="confirmation" role="status"><p>Your password is changed.</p></div>"#))
            #expect(board.headers.values(for: "Set-Cookie").contains { $0.hasPrefix("engage_done=;") }, "shown once")
        }
    }

    @Test("behind a TLS proxy the cookie is Secure, redirects name the public address, and forms must come from it")
    func behindTLS() throws {
        let origin = try PublicOrigin.parse("https://engage.example.org").get()
        try BoardHarness.withBoard(origin: origin, seed: Self.accounts) { router, _ in
            let signedIn = try BoardHarness.post(router, "/signin", ["name": "Sam Jones", "password": BoardHarness.password],
                                                 headers: ["Origin": "https://engage.example.org"])
            #expect(signedIn.headers["Location"] == "https://engage.example.org/")
            #expect(signedIn.headers["Set-Cookie"]?.hasSuffix("; Secure") == true)
            let fromHost = try BoardHarness.post(router, "/signin", ["name": "Sam Jones", "password": BoardHarness.password],
                                                 headers: ["Origin": "http://board.test"])
            #expect(fromHost.status == .forbidden, "with a public address, only it is this site")
        }
    }

    @Test("an idle or too old session, or one whose account was disabled, is ended: pages ask to sign in, forms change nothing")
    func expiryAndRevocation() throws {
        try BoardHarness.withBoard(seed: { store in
            try BoardHarness.addAccount(store, "Maria Manager", role: .manager)
            try BoardHarness.addAccount(store, "Vic Viewer", role: .viewer)
        }) { router, store, probe in
            let idle = try BoardHarness.signIn(router, "Maria Manager")
            #expect(try BoardHarness.get(router, "/", cookie: idle.cookie).status == .ok)
            try probe.execute("UPDATE sessions SET last_seen_at = now() - interval '4 hours 1 minute'")
            #expect(try BoardHarness.get(router, "/", cookie: idle.cookie).status == .unauthorized, "4 hours idle ends it")
            let refused = try BoardHarness.post(router, "/team/team-cap", ["csrf": idle.csrf, "cap": "9"], cookie: idle.cookie)
            #expect(refused.status == .forbidden && refused.bodyText.contains("Your session has ended"))
            #expect(try store.teamCap().cap == nil, "nothing changed")

            let old = try BoardHarness.signIn(router, "Maria Manager")
            try probe.execute("UPDATE sessions SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now()")
            #expect(try BoardHarness.get(router, "/", cookie: old.cookie).status == .unauthorized, "12 hours in all ends it")

            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            #expect(try BoardHarness.get(router, "/", cookie: vic.cookie).status == .ok)
            _ = try store.disableUser("Vic Viewer")
            #expect(try BoardHarness.get(router, "/", cookie: vic.cookie).status == .unauthorized, "disabling ends every session")
        }
    }
}
