import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

/// The board's accounts on the command line: the built binary against a real database, passwords
/// checked by signing in through the store, and no password anywhere it should not be.
@Suite("engage user")
struct UserCLITests {
    private static let password = "correct horse battery staple"

    @discardableResult
    private func engage(_ arguments: String..., in database: TestDatabase, input: String? = nil) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database, input: input)
    }

    private func json(_ run: EngageRun) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// A migrated database with the officer Jo Whitfield.
    private func withOfficer(_ body: (TestDatabase) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            #expect(try engage("officer", "add", "Jo Whitfield", "--region", "NW", in: database).status == 0)
            try body(database)
        }
    }

    /// Runs `body` with a store on `database`, as the board would use it.
    private func withStore<Value>(_ database: TestDatabase, _ body: (Store) throws -> Value) throws -> Value {
        let store = Store(connection: try database.connect(), actor: "board")
        defer { store.close() }
        return try body(store)
    }

    /// Signs in through the store; the session's secret, or nil when refused.
    private func signIn(_ database: TestDatabase, _ name: String, _ password: String) throws -> IssuedSession? {
        try withStore(database) { store in
            guard let attempt = Password.attempt(password), case .signedIn(let issued) = try store.signIn(name: name, password: attempt)
            else { return nil }
            return issued
        }
    }

    private func passwordHash(_ database: TestDatabase, of name: String) throws -> String? {
        let connection = try database.connect()
        defer { connection.close() }
        return try connection.execute("SELECT password_hash FROM users WHERE name = \(name)").singleRow()
            .decode("password_hash", as: String?.self)
    }

    /// The audit log's details and actors, as text, for searching.
    private func auditText(_ database: TestDatabase) throws -> String {
        let connection = try database.connect()
        defer { connection.close() }
        return try connection.execute("SELECT actor || ' ' || action || ' ' || details::text AS line FROM audit_log ORDER BY id")
            .map { try $0.decode("line", as: String.self) }.joined(separator: "\n")
    }

    /// The one-time password in reset-password's output for people: the second line, alone.
    private func oneTimePassword(in run: EngageRun) -> String {
        let lines = run.stdout.split(separator: "\n").map(String.init)
        return lines.count == 3 ? lines[1] : ""
    }

    @Test("Every user command has help with an example", arguments: ["add", "list", "set-password", "reset-password", "disable", "enable"])
    func help(command: String) throws {
        let run = try EngageRunner.run(["user", command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: engage user \(command)"))
        #expect(run.stdout.contains("EXAMPLES:"))
    }

    @Test("user add for each role, then list as a table and as JSON, without a password or hash")
    func addAndList() throws {
        try withOfficer { database in
            let manager = try engage("user", "add", "Sam Lee", "--role", "manager", "--as", "Ann Boss", in: database)
            #expect(manager.status == 0, "\(manager.stderr)")
            #expect(manager.stdout.hasPrefix("added account Sam Lee (manager), without a password; "))
            let officer = try engage("user", "add", "jo whitfield", "--role", "officer", "--json", in: database)
            let added = try json(officer) as? [String: Any]
            #expect(added?["name"] as? String == "jo whitfield" && added?["officer"] as? String == "Jo Whitfield")
            #expect(added?["has_password"] as? Bool == false)
            #expect(try engage("user", "add", "Jo W", "--role", "OFFICER", "--officer", "JO WHITFIELD", in: database).stdout
                    == "added account Jo W (officer, acting as officer Jo Whitfield), without a password; set one with 'engage user set-password', or make a one-time one with 'engage user reset-password'\n")
            #expect(try engage("user", "add", "Vic Viewer", "--role", "viewer", in: database).status == 0)

            let table = try engage("user", "list", in: database).stdout.split(separator: "\n")
                .map { $0.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) } }
            let today = try #require(table.dropFirst(2).first?.last)
            #expect(table.first == ["NAME", "ROLE", "OFFICER", "PASSWORD", "DISABLED", "CREATED"])
            #expect(Array(table.dropFirst(2)) == [
                ["Jo W", "officer", "Jo Whitfield", "none", today],
                ["jo whitfield", "officer", "Jo Whitfield", "none", today],
                ["Sam Lee", "manager", "none", today],
                ["Vic Viewer", "viewer", "none", today],
            ])
            let listed = try json(try engage("user", "list", "--json", in: database)) as? [[String: Any]]
            #expect(listed?.map { $0["name"] as? String } == ["Jo W", "jo whitfield", "Sam Lee", "Vic Viewer"])
            #expect(listed?.map { $0["role"] as? String } == ["officer", "officer", "manager", "viewer"])
            #expect(Set(listed?.flatMap(\.keys) ?? []) == ["id", "name", "role", "officer", "has_password", "must_change_password", "created_at"])
            #expect(try auditText(database).contains("Ann Boss user.add {\"after\": {\"id\": 1, \"name\": \"Sam Lee\""), "--as is the audit's actor")
        }
    }

    @Test("An officer's account needs an officer that exists, and other roles take none; names are unique ignoring case", arguments: [
        (["user", "add", "Jo Whitfeld", "--role", "officer"], "error: no officer named 'Jo Whitfeld'; did you mean 'Jo Whitfield'?"),
        (["user", "add", "Jo W", "--role", "officer", "--officer", "Jo Whitfeld"], "error: no officer named 'Jo Whitfeld'; did you mean 'Jo Whitfield'?"),
        (["user", "add", "SAM LEE", "--role", "viewer"],
         "error: a user of that name already exists; names are unique ignoring case; see 'engage user list'"),
        (["user", "add", "Vic", "--role", "viewer", "--officer", "Jo Whitfield"],
         "error: only an officer's account acts as an officer; Vic is to be a viewer; leave out the officer, or make the role officer"),
        (["user", "add", "Vic", "--role", "admin"], "error: unknown role 'admin'; use one of: viewer, officer, manager"),
    ])
    func refusedAdd(arguments: [String], line: String) throws {
        try withOfficer { database in
            #expect(try engage("user", "add", "Sam Lee", "--role", "manager", in: database).status == 0)
            let run = try EngageRunner.run(arguments, database: database)
            #expect(run.status == 65)
            #expect(run.errorLines == [line])
            #expect(run.stdout.isEmpty)
            let names = try json(try engage("user", "list", "--json", in: database)) as? [[String: Any]]
            #expect(names?.map { $0["name"] as? String } == ["Sam Lee"], "nothing was added")
        }
    }

    @Test("--password-stdin sets the first line, only its newline removed, hashed by pgcrypto; the password then signs in")
    func passwordFromStandardInput() throws {
        try withOfficer { database in
            try engage("user", "add", "Jo Whitfield", "--role", "officer", in: database)
            let spaced = " \(Self.password) "
            let run = try engage("user", "set-password", "jo whitfield", "--password-stdin", in: database, input: spaced + "\nsecond line\n")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "set the password of Jo Whitfield; every session of the account has ended\n")
            #expect(run.stderr.isEmpty)
            let hash = try #require(try passwordHash(database, of: "Jo Whitfield"))
            #expect(hash.hasPrefix("$2a$12$") && hash.count == 60)
            #expect(try signIn(database, "Jo Whitfield", spaced) != nil, "the line as given, spaces and all")
            #expect(try signIn(database, "Jo Whitfield", Self.password) == nil, "nothing but the newline is removed")
            let listed = try json(try engage("user", "list", "--json", in: database)) as? [[String: Any]]
            #expect(listed?.first?["has_password"] as? Bool == true && listed?.first?["must_change_password"] as? Bool == false)

            let last = try engage("user", "set-password", "Jo Whitfield", "--password-stdin", in: database, input: "no newline at the end")
            #expect(last.status == 0, "the end of input ends the line too")
            #expect(try signIn(database, "Jo Whitfield", "no newline at the end") != nil)
        }
    }

    @Test("The password rules refuse with exit 65 and their own line, never quoting the password; nothing changes", arguments: [
        ("hunter2 abc", "error: the password is 11 characters long; it needs at least 12; a phrase of three or four unrelated words is long enough and easy to remember"),
        (String(repeating: "é", count: 37), "error: the password is 74 bytes long; at most 72 count; choose a shorter one (about 70 plain letters)"),
        ("a secret phrase\r", "error: the password holds a control character at character 16; use letters, digits, spaces and punctuation only"),
        ("", "error: standard input is empty; nothing was changed; --password-stdin reads the password from its first line"),
    ])
    func refusedPasswords(password: String, line: String) throws {
        try withOfficer { database in
            try engage("user", "add", "Sam Lee", "--role", "manager", in: database)
            let run = try engage("user", "set-password", "Sam Lee", "--password-stdin", in: database,
                                 input: password.isEmpty ? "" : password + "\n")
            #expect(run.status == 65)
            #expect(run.errorLines == [line])
            #expect(run.stdout.isEmpty)
            #expect(password.isEmpty || !run.stderr.contains(password.trimmingCharacters(in: .controlCharacters)))
            #expect(try passwordHash(database, of: "Sam Lee") == nil, "nothing was set")
        }
    }

    @Test("The rules' bounds: 12 characters and 72 bytes are accepted")
    func boundaries() throws {
        try withOfficer { database in
            try engage("user", "add", "Sam Lee", "--role", "manager", in: database)
            for password in ["twelve chars", String(repeating: "é", count: 36)] {
                let run = try engage("user", "set-password", "Sam Lee", "--password-stdin", in: database, input: password + "\n")
                #expect(run.status == 0, "\(run.stderr)")
                #expect(try signIn(database, "Sam Lee", password) != nil)
            }
        }
    }

    @Test("Without a terminal and without --password-stdin: a usage error (64) saying to use it; an unknown account is 65")
    func noTerminal() throws {
        try withOfficer { database in
            try engage("user", "add", "Sam Lee", "--role", "manager", in: database)
            let run = try engage("user", "set-password", "Sam Lee", in: database, input: Self.password + "\n")
            #expect(run.status == 64)
            #expect(run.errorLines == ["error: standard input is not a terminal, so the password cannot be typed without echo; give --password-stdin to read it from standard input (see 'engage user set-password --help')"])
            #expect(try passwordHash(database, of: "Sam Lee") == nil)
            let unknown = try engage("user", "set-password", "Sam Leigh", "--password-stdin", in: database, input: Self.password + "\n")
            #expect(unknown.status == 65)
            #expect(unknown.errorLines == ["error: no user named 'Sam Leigh'; did you mean 'Sam Lee'?"])
        }
    }

    @Test("On a terminal: asked twice without echo, the terminal restored; the two must match")
    func terminal() throws {
        try withOfficer { database in
            try engage("user", "add", "Sam Lee", "--role", "manager", in: database)
            let session = try TerminalRunner(["user", "set-password", "sam lee"], database: database)
            #expect(session.waitFor("New password for Sam Lee: "))
            #expect(!session.echoes, "echo is off while the password is typed")
            session.type(Self.password)
            #expect(session.waitFor("The same password again: "))
            #expect(!session.echoes)
            session.type(Self.password)
            let (status, signalled) = session.finish()
            #expect(status == 0 && !signalled, "\(session.screen)")
            #expect(session.echoes, "echo is back on")
            #expect(session.screen == "New password for Sam Lee: \r\nThe same password again: \r\n"
                    + "set the password of Sam Lee; every session of the account has ended\r\n")
            #expect(try signIn(database, "Sam Lee", Self.password) != nil)

            let differ = try TerminalRunner(["user", "set-password", "Sam Lee"], database: database)
            #expect(differ.waitFor("New password for Sam Lee: "))
            differ.type("a different passphrase")
            #expect(differ.waitFor("again: "))
            differ.type("a different passphrasf")
            #expect(differ.finish().status == 65)
            #expect(differ.screen.hasSuffix("again: \r\nerror: the two passwords typed differ; nothing was changed; type the same password twice\r\n"))
            #expect(!differ.screen.contains("passphras"))
            #expect(differ.echoes)
            #expect(try signIn(database, "Sam Lee", Self.password) != nil, "the password is unchanged")

            let short = try TerminalRunner(["user", "set-password", "Sam Lee"], database: database)
            #expect(short.waitFor("New password for Sam Lee: "))
            short.type("too short")
            #expect(short.finish().status == 65, "the rules are checked before asking again")
            #expect(short.screen.hasSuffix(": \r\nerror: the password is 9 characters long; it needs at least 12; a phrase of three or four unrelated words is long enough and easy to remember\r\n"))
        }
    }

    @Test("Ctrl-C while a password is typed restores the terminal's echo and ends the command")
    func interrupted() throws {
        try withOfficer { database in
            try engage("user", "add", "Sam Lee", "--role", "manager", in: database)
            let session = try TerminalRunner(["user", "set-password", "Sam Lee"], database: database)
            #expect(session.waitFor("New password for Sam Lee: "))
            #expect(!session.echoes)
            session.interrupt()
            let (status, signalled) = session.finish()
            #expect(signalled && status == SIGINT)
            #expect(session.echoes, "echo is back on")
            #expect(session.screen == "New password for Sam Lee: \r\n")
            #expect(try passwordHash(database, of: "Sam Lee") == nil)
        }
    }

    @Test("reset-password prints a 16-character one-time password, once, that signs in and must be changed; the old one stops")
    func resetPassword() throws {
        try withOfficer { database in
            try engage("user", "add", "Jo Whitfield", "--role", "officer", in: database)
            try engage("user", "set-password", "Jo Whitfield", "--password-stdin", in: database, input: Self.password + "\n")
            let old = try #require(try signIn(database, "Jo Whitfield", Self.password))

            let run = try engage("user", "reset-password", "jo whitfield", in: database)
            #expect(run.status == 0, "\(run.stderr)")
            let oneTime = oneTimePassword(in: run)
            #expect(oneTime.count == 16 && oneTime.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            #expect(run.stdout == """
                one-time password for Jo Whitfield (officer):
                \(oneTime)
                Hand it over now: it cannot be shown again. It must be changed at the first sign-in.

                """)
            #expect(try withStore(database) { try $0.session(secret: old.secret) } == nil, "a reset ends the sessions")
            #expect(try signIn(database, "Jo Whitfield", Self.password) == nil, "the old password no longer signs in")
            let session = try #require(try signIn(database, "Jo Whitfield", oneTime))
            #expect(session.session.account.mustChangePassword)
            #expect(try engage("user", "list", in: database).stdout.contains(" one-time "))

            let again = try json(try engage("user", "reset-password", "Jo Whitfield", "--json", in: database)) as? [String: Any]
            #expect(Set(again?.keys.map { $0 } ?? []) == ["one_time_password", "user"])
            let second = try #require(again?["one_time_password"] as? String)
            #expect(second.count == 16 && second != oneTime)
            #expect((again?["user"] as? [String: Any])?["must_change_password"] as? Bool == true)
            #expect(try signIn(database, "Jo Whitfield", second) != nil && signIn(database, "Jo Whitfield", oneTime) == nil)

            let added = try engage("user", "add", "Sam Lee", "--role", "manager", "--one-time-password", in: database)
            let lines = added.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 4 && lines.first == "added account Sam Lee (manager)")
            #expect(try signIn(database, "Sam Lee", lines.count == 4 ? lines[2] : "") != nil)
            #expect(try engage("user", "reset-password", "Nobody", in: database).errorLines == ["error: no user named 'Nobody'; see 'engage user list'"])
        }
    }

    @Test("disable ends the account's sessions and refuses sign-in; a second disable is 65; enable lets it in again")
    func disableAndEnable() throws {
        try withOfficer { database in
            try engage("user", "add", "Jo Whitfield", "--role", "officer", in: database)
            try engage("user", "set-password", "Jo Whitfield", "--password-stdin", in: database, input: Self.password + "\n")
            let session = try #require(try signIn(database, "Jo Whitfield", Self.password))
            #expect(try withStore(database) { try $0.session(secret: session.secret) } != nil)

            let disabled = try engage("user", "disable", "jo whitfield", in: database)
            #expect(disabled.stdout == "disabled Jo Whitfield's account: it cannot sign in, and its sessions have ended\n")
            #expect(try withStore(database) { try $0.session(secret: session.secret) } == nil, "the session stops resolving")
            #expect(try signIn(database, "Jo Whitfield", Self.password) == nil)
            let listed = try json(try engage("user", "list", "--json", in: database)) as? [[String: Any]]
            #expect(listed?.first?["disabled_at"] is String)

            let twice = try engage("user", "disable", "Jo Whitfield", in: database)
            #expect(twice.status == 65)
            #expect(twice.errorLines == ["error: Jo Whitfield's account is already disabled; see 'engage user list'"])

            let enabled = try engage("user", "enable", "Jo Whitfield", "--json", in: database)
            #expect((try json(enabled) as? [String: Any])?["disabled_at"] == nil)
            #expect(try signIn(database, "Jo Whitfield", Self.password) != nil)
            let again = try engage("user", "enable", "Jo Whitfield", in: database)
            #expect(again.status == 65)
            #expect(again.errorLines == ["error: Jo Whitfield's account is not disabled; see 'engage user list'"])
        }
    }

    @Test("No password is in any output, error or the audit log, but the one-time password printed once")
    func noPasswordLeaks() throws {
        try withOfficer { database in
            var outputs: [EngageRun] = []
            func record(_ arguments: [String], input: String? = nil) throws -> EngageRun {
                let run = try EngageRunner.run(arguments, database: database, input: input)
                outputs.append(run)
                return run
            }
            let added = try EngageRunner.run(["user", "add", "Jo Whitfield", "--role", "officer", "--one-time-password"], database: database)
            let firstOneTime = added.stdout.split(separator: "\n").dropFirst(2).first.map(String.init) ?? ""
            #expect(added.status == 0 && firstOneTime.count == 16)
            #expect(try record(["user", "add", "Sam Lee", "--role", "manager", "--json"]).status == 0)
            for arguments in [["user", "set-password", "Sam Lee", "--password-stdin"], ["user", "set-password", "Sam Lee", "--password-stdin", "--json"]] {
                #expect(try record(arguments, input: Self.password + "\n").status == 0)
            }
            #expect(try record(["user", "set-password", "Sam Lee", "--password-stdin"], input: "short one\n").status == 65)
            #expect(try record(["user", "set-password", "Sam Lee"], input: Self.password + "\n").status == 64)
            let reset = try EngageRunner.run(["user", "reset-password", "Sam Lee", "--json"], database: database)
            let oneTime = try #require((try json(reset) as? [String: Any])?["one_time_password"] as? String)
            #expect(try signIn(database, "Sam Lee", oneTime) != nil && signIn(database, "Jo Whitfield", firstOneTime) != nil,
                    "the passwords searched for are the real ones")
            #expect(try signIn(database, "Sam Lee", "a wrong password") == nil)
            for arguments in [["user", "list"], ["user", "list", "--json"], ["user", "disable", "Sam Lee", "--json"],
                              ["user", "enable", "Sam Lee"], ["audit"], ["audit", "--json"]] {
                #expect(try record(arguments).status == 0)
            }
            let hashes = try [passwordHash(database, of: "Sam Lee"), passwordHash(database, of: "Jo Whitfield")].compactMap { $0 }
            #expect(hashes.count == 2)
            let secrets = [Self.password, "short one", oneTime, firstOneTime, "a wrong password"] + hashes + ["$2a$"]
            let audit = try auditText(database)
            #expect(audit.contains("user.set-password") && audit.contains("user.reset-password") && audit.contains("signin.fail"))
            for secret in secrets {
                #expect(!audit.contains(secret), "the audit log holds \(secret.debugDescription)")
                for run in outputs {
                    #expect(!run.stdout.contains(secret) && !run.stderr.contains(secret), "\(secret.debugDescription) in \(run)")
                }
                #expect(!reset.stderr.contains(secret) && !added.stderr.contains(secret))
            }
            #expect(reset.stdout.contains(oneTime) && !reset.stdout.contains(Self.password))
        }
    }
}
