import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Tokens for the service")
struct TokenTests {
    @Test("A created token authenticates until it is revoked; its secret is stored nowhere")
    func lifecycle() throws {
        try withStore { store, probe in
            _ = try store.addOfficer(NewOfficer(name: "Jo Whitfield", region: .northWest))
            let issued = try store.createToken(user: "jo whitfield", role: .officer)
            #expect(issued.secret.hasPrefix("engage_") && issued.secret.count == 71)
            #expect(issued.token.officer == "Jo Whitfield", "an officer's token acts as that officer")
            #expect(try store.authenticate(issued.secret)?.id == issued.token.id)
            #expect(try store.authenticate(issued.secret + "x") == nil)
            let leaked = try count(probe, """
                SELECT (SELECT count(*) FROM api_tokens WHERE token_hash = \(issued.secret) OR user_name = \(issued.secret))
                     + (SELECT count(*) FROM audit_log WHERE details::text LIKE '%' || \(issued.secret) || '%')
                """)
            #expect(leaked == 0)
            _ = try store.revokeToken(id: issued.token.id)
            #expect(try store.authenticate(issued.secret) == nil)
            #expect(engageError { _ = try store.revokeToken(id: issued.token.id) }?.kind == .refused)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE entity = 'token'") == 2)
        }
    }

    @Test("An officer token needs an officer; other roles take any user; secrets differ")
    func roles() throws {
        try withStore { store, _ in
            #expect(engageError { _ = try store.createToken(user: "Nobody", role: .officer) }?.kind == .notFound)
            let first = try store.createToken(user: "Pat", role: .manager)
            let second = try store.createToken(user: "Pat", role: .viewer)
            #expect(first.secret != second.secret)
            #expect(try store.tokens().map(\.role) == [.viewer, .manager])
            #expect(engageError { _ = try store.revokeToken(id: 999) }?.kind == .notFound)
        }
    }
}
