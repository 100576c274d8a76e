import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Accounts, passwords and board sessions")
struct AccountTests {
    private static let password = "correct horse battery"

    /// A store with the officer Jo Whitfield and her account, whose password is `password`.
    private func withAccount(_ body: (Store, Connection, UserAccount) throws -> Void) throws {
        try withStore { store, probe in
            _ = try store.addOfficer(NewOfficer(name: "Jo Whitfield", region: .northWest))
            _ = try store.addUser(NewUser(name: "Jo Whitfield", role: .officer))
            let account = try store.setPassword(of: "jo whitfield", to: Password(Self.password))
            try body(store, probe, account)
        }
    }

    private func signIn(_ store: Store, _ name: String = "Jo Whitfield", _ password: String = password) throws -> SignInOutcome {
        try store.signIn(name: name, password: try #require(Password.attempt(password)))
    }

    private func issued(_ outcome: SignInOutcome) throws -> IssuedSession {
        guard case .signedIn(let issued) = outcome else { throw EngageError(.refused, "not signed in: \(outcome)") }
        return issued
    }

    @Test("An account is added with its role; an officer's acts as an officer that exists; names are unique")
    func adding() throws {
        try withStore { store, _ in
            #expect(engageError { _ = try store.addUser(NewUser(name: "Sam Lee", role: .officer)) }?.kind == .notFound)
            _ = try store.addOfficer(NewOfficer(name: "Sam Lee", region: .london))
            let sam = try store.addUser(NewUser(name: "Sam Lee", role: .officer))
            #expect(sam.officer == "Sam Lee" && !sam.hasPassword && !sam.isDisabled)
            #expect(engageError { _ = try store.addUser(NewUser(name: "SAM LEE", role: .viewer)) }?.kind == .duplicate)
            #expect(engageError { _ = try NewUser(name: "Vic", role: .viewer, officer: "Sam Lee") }?.kind == .invalid)
            #expect(try store.users().map(\.name) == ["Sam Lee"])
        }
    }

    @Test("The password is hashed by pgcrypto (Blowfish, cost 12); neither it nor its hash is in the audit log")
    func hashing() throws {
        try withAccount { store, probe, account in
            #expect(account.hasPassword)
            let hash = try probe.execute("SELECT password_hash FROM users").singleRow().decode(at: 0, as: String.self)
            #expect(hash.hasPrefix("$2a$12$") && hash.count == 60)
            #expect(try count(probe, "SELECT count(*) FROM users WHERE password_hash = crypt(\(Self.password), password_hash)") == 1)
            _ = try signIn(store, "Jo Whitfield", "wrong password here")
            _ = try issued(try signIn(store))
            let leaks = try count(probe, """
                SELECT count(*) FROM audit_log WHERE details::text LIKE '%' || \(Self.password) || '%'
                    OR details::text LIKE '%' || \(hash) || '%' OR details::text LIKE '%$2a$%'
                """)
            #expect(leaks == 0)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action LIKE 'user.%' OR action LIKE 'signin.%'") >= 4)
        }
    }

    @Test("Signing in: the right password starts a session; a wrong one, an unknown name and a disabled account are refused alike")
    func signingIn() throws {
        try withAccount { store, _, _ in
            let session = try issued(try signIn(store, "  jo WHITFIELD "))
            #expect(session.session.account.name == "Jo Whitfield")
            #expect(session.secret.count == 64 && session.session.csrfToken.count == 64 && session.secret != session.session.csrfToken)
            #expect(try store.session(secret: session.secret)?.id == session.session.id)
            #expect(try store.session(secret: session.secret + "0") == nil)
            #expect(try signIn(store, "Jo Whitfield", "wrong password here") == .refused)
            #expect(try signIn(store, "Nobody At All") == .refused)
            _ = try store.disableUser("Jo Whitfield")
            #expect(try store.session(secret: session.secret) == nil, "disabling ends the session")
            #expect(try signIn(store) == .refused)
            _ = try store.enableUser("Jo Whitfield")
            _ = try issued(try signIn(store))
        }
    }

    @Test("Nobody disables their own account (the store's actor), in any case of the name; another manager can")
    func selfDisable() throws {
        try withAccount { store, _, _ in
            _ = try store.addUser(NewUser(name: "Maria Manager", role: .manager))
            let maria = store.acting(as: "Maria Manager")
            #expect(throws: EngageError.self) { _ = try maria.disableUser("maria MANAGER") }
            #expect(try store.user(named: "Maria Manager").isDisabled == false, "nothing changed")
            #expect(try maria.disableUser("Jo Whitfield").isDisabled)
            #expect(try store.acting(as: "Jo Whitfield").enableUser("Jo Whitfield").isDisabled == false)
            #expect(try store.disableUser("Maria Manager").isDisabled)
        }
    }

    @Test("Five failures in the window lock the name for everyone, known or not; the lock is audited")
    func throttle() throws {
        try withAccount { store, probe, _ in
            for attempt in 1...4 { #expect(try signIn(store, "jo whitfield", "wrong password \(attempt)") == .refused) }
            guard case .locked(let until) = try signIn(store, "Jo Whitfield", "wrong password 5") else {
                Issue.record("the fifth failure did not lock the name")
                return
            }
            #expect(until.timeIntervalSinceNow > 14 * 60 && until.timeIntervalSinceNow <= 15 * 60 + 5)
            #expect(try signIn(store) == .locked(until: until), "locked: even the right password is refused")
            for attempt in 1...5 { _ = try signIn(store, "Ghost", "wrong password \(attempt)") }
            #expect(try count(probe, "SELECT count(*) FROM signin_locks WHERE name_key = 'ghost'") == 1, "unknown names lock the same way")
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'signin.fail'") == 10)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'signin.lock'") == 2)
            try probe.execute("UPDATE signin_locks SET locked_until = now() - interval '1 second'")
            _ = try issued(try signIn(store))
        }
    }

    @Test("Sessions end when idle too long, when too old, on sign-out, and on a password change")
    func sessionEnds() throws {
        try withAccount { store, probe, _ in
            let idle = try issued(try signIn(store))
            try probe.execute("UPDATE sessions SET last_seen_at = now() - interval '4 hours 1 minute' WHERE id = \(idle.session.id)")
            #expect(try store.session(secret: idle.secret) == nil)
            let old = try issued(try signIn(store))
            try probe.execute("UPDATE sessions SET created_at = now() - interval '12 hours 1 minute' WHERE id = \(old.session.id)")
            #expect(try store.session(secret: old.secret) == nil)

            let used = try issued(try signIn(store))
            try probe.execute("UPDATE sessions SET last_seen_at = now() - interval '2 minutes' WHERE id = \(used.session.id)")
            let touched = try #require(try store.session(secret: used.secret))
            #expect(Date().timeIntervalSince(touched.lastSeenAt) < 60, "use is recorded")

            let other = try issued(try signIn(store))
            try store.signOut(secret: other.secret)
            #expect(try store.session(secret: other.secret) == nil)
            #expect(try store.session(secret: used.secret) != nil, "signing out ends that session only")

            _ = try store.setPassword(of: "Jo Whitfield", to: Password("another fine passphrase"))
            #expect(try store.session(secret: used.secret) == nil, "a new password ends every session")
        }
    }

    @Test("Changing one's own password needs the current one; a manager's reset is one-time and must be changed")
    func changingPasswords() throws {
        try withAccount { store, probe, _ in
            let first = try issued(try signIn(store))
            let second = try issued(try signIn(store))
            let wrong = engageError { _ = try store.changePassword(of: first.session, current: Password("not the password"),
                                                                   new: Password("a brand new passphrase")) }
            #expect(wrong?.kind == .invalid)
            let renewed = try store.changePassword(of: first.session, current: Password(Self.password), new: Password("a brand new passphrase"))
            #expect(try store.session(secret: first.secret) == nil && store.session(secret: second.secret) == nil)
            #expect(try store.session(secret: renewed.secret)?.account.name == "Jo Whitfield")

            let (account, oneTime) = try store.resetPassword(of: "Jo Whitfield")
            #expect(account.mustChangePassword && oneTime.text.count == 16)
            #expect(try store.session(secret: renewed.secret) == nil)
            let afterReset = try issued(try signIn(store, "Jo Whitfield", oneTime.text))
            #expect(afterReset.session.account.mustChangePassword)
            let changed = try store.changePassword(of: afterReset.session, current: oneTime, new: Password("my own passphrase now"))
            #expect(!changed.session.account.mustChangePassword)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE details::text LIKE '%' || \(oneTime.text) || '%'") == 0)
        }
    }
}
