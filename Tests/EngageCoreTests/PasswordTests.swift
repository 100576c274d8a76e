import EngageCore
import Testing

@Suite("Password rules")
struct PasswordTests {
    @Test("At least 12 characters, at most 72 bytes, one line; the message never quotes it", arguments: [
        ("short one", "at least 12"),
        (String(repeating: "é", count: 37), "at most 72"),
        ("twelve chars\u{1B}[0m", "control character"),
        ("line one and\nline two", "control character"),
    ])
    func refused(text: String, reason: String) {
        do {
            _ = try Password(text)
            Issue.record("'\(text)' was taken")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.description.contains(reason))
            #expect(!error.description.contains(text))
        }
    }

    @Test("A phrase with spaces and any script is taken; it never prints")
    func taken() throws {
        let password = try Password("Ein schönes Pferd 🐴")
        #expect(password.text == "Ein schönes Pferd 🐴")
        #expect("\(password)" == "••••••" && String(reflecting: password) == "Password(••••••)")
        #expect(try Password(String(repeating: "a", count: 72)).text.count == 72)
    }

    @Test("One-time passwords are 16 characters without look-alikes, and differ")
    func oneTime() {
        let made = (0..<50).map { _ in Password.oneTime().text }
        #expect(Set(made).count == 50)
        #expect(made.allSatisfy { $0.count == 16 && !$0.contains { "0O1lI".contains($0) } })
    }

    @Test("An attempt is anything a stored password could be")
    func attempts() {
        #expect(Password.attempt("") == nil)
        #expect(Password.attempt("a\u{0}b") == nil)
        #expect(Password.attempt(String(repeating: "x", count: 2_000)) == nil)
        #expect(Password.attempt("short")?.text == "short", "old passwords need not meet today's rules")
    }

    @Test("Secrets compare equal only when equal")
    func secrets() {
        let secret = RandomSecret.hex()
        #expect(secret.count == 64 && secret != RandomSecret.hex())
        #expect(RandomSecret.equal(secret, secret))
        #expect(!RandomSecret.equal(secret, String(secret.dropLast()) + "x"))
        #expect(!RandomSecret.equal(secret, ""))
    }
}
