import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

/// `engage user feed-reset` against a real database, and the feed served by `engage serve`, whose
/// access log never writes the secret.
@Suite("engage user feed-reset, and feeds served", .serialized)
struct FeedCLITests {
    @discardableResult
    private func engage(_ arguments: String..., in database: TestDatabase, environment: [String: String] = [:]) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database, environment: environment)
    }

    /// A migrated database with the officer Jo Whitfield leading Bury (one follow-up due), and
    /// accounts for Jo and a manager.
    private func withTeam(_ body: (TestDatabase) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            for arguments in [["officer", "add", "Jo Whitfield", "--region", "NW"], ["authority", "add", "Bury", "--region", "NW"],
                              ["authority", "request", "Bury"], ["authority", "assign", "Bury", "--officer", "Jo Whitfield"],
                              ["followup", "add", "Bury", "--summary", "Workshop, again; please"],
                              ["user", "add", "Jo Whitfield", "--role", "officer"], ["user", "add", "Ann Boss", "--role", "manager"]] {
                let run = try EngageRunner.run(arguments, database: database)
                #expect(run.status == 0, "engage \(arguments.joined(separator: " ")): \(run.stderr)")
            }
            try body(database)
        }
    }

    /// The feed a secret opens, read through the store as the service does; nil for none.
    private func content(_ database: TestDatabase, _ secret: String) throws -> FeedContent? {
        let store = Store(connection: try database.connect(), actor: "feed")
        defer { store.close() }
        return try store.feedContent(secret: secret)
    }

    private func feedSecret(in text: String) -> String? {
        text.firstMatch(of: /\/feeds\/([0-9a-f]{64})\.ics/).map { String($0.output.1) }
    }

    private func auditText(_ database: TestDatabase) throws -> String {
        let connection = try database.connect()
        defer { connection.close() }
        return try connection.execute("SELECT actor || ' ' || action || ' ' || details::text AS line FROM audit_log ORDER BY id")
            .map { try $0.decode("line", as: String.self) }.joined(separator: "\n")
    }

    @Test("feed-reset has help with examples")
    func help() throws {
        let run = try EngageRunner.run(["user", "feed-reset", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: engage user feed-reset") && run.stdout.contains("EXAMPLES:") && run.stdout.contains("--revoke"))
    }

    @Test("feed-reset prints the address once; a second replaces the first; --revoke ends it; each audited without the secret")
    func resetAndRevoke() throws {
        try withTeam { database in
            let first = try engage("user", "feed-reset", "Jo Whitfield", "--as", "Ann Boss", in: database)
            #expect(first.status == 0, "\(first.stderr)")
            let one = try #require(feedSecret(in: first.stdout))
            #expect(first.stdout.contains("\n/feeds/\(one).ics\n"), "the path alone without ENGAGE_PUBLIC_URL")
            #expect(try content(database, one)?.items.map(\.title) == ["Workshop, again; please"])
            let second = try engage("user", "feed-reset", "jo whitfield", "--json", in: database,
                                    environment: ["ENGAGE_PUBLIC_URL": "https://engage.example.org"])
            #expect(second.status == 0, "\(second.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
            let feed = try #require(object["feed"] as? [String: Any])
            let two = try #require(feedSecret(in: feed["path"] as? String ?? ""))
            #expect(feed["url"] as? String == "https://engage.example.org/feeds/\(two).ics")
            #expect(feed["scope"] as? String == "own" && feed["issued_at"] is String)
            #expect((object["user"] as? [String: Any])?["name"] as? String == "Jo Whitfield")
            #expect(try content(database, one) == nil, "the replaced address answers nothing")
            #expect(try content(database, two) != nil)
            let revoked = try engage("user", "feed-reset", "Jo Whitfield", "--revoke", in: database)
            #expect(revoked.status == 0 && revoked.stdout.contains("revoked Jo Whitfield's calendar feed"))
            #expect(try content(database, two) == nil)
            let again = try engage("user", "feed-reset", "Jo Whitfield", "--revoke", in: database)
            #expect(again.status == 65 && again.stderr.contains("no calendar feed to revoke"))
            let unknown = try engage("user", "feed-reset", "Nobody Here", in: database)
            #expect(unknown.status == 65 && unknown.stderr.contains("Nobody Here"))
            let audit = try auditText(database)
            #expect(audit.contains("Ann Boss feed.issue") && audit.contains("cli-tests feed.revoke"))
            #expect(!audit.contains(one) && !audit.contains(two))
        }
    }

    @Test("engage serve answers the feed without a cookie, 404 for any other, and its access log writes /feeds/… only")
    func served() throws {
        try withTeam { database in
            let issued = try engage("user", "feed-reset", "Ann Boss", in: database)
            let secret = try #require(feedSecret(in: issued.stdout))
            let service = try ServiceProcess(database: database)
            let feed = service.request("GET", "/feeds/\(secret).ics")
            #expect(feed?.status == 200)
            #expect(feed?.header("Content-Type") == "text/calendar; charset=utf-8")
            #expect(feed?.body.contains(#"SUMMARY:Follow-up · Bury: Workshop\, again\; please"#) == true)
            let wrong = String(secret.reversed())
            #expect(service.request("GET", "/feeds/\(wrong).ics")?.status == 404)
            #expect(service.request("GET", "/%66eeds/\(secret).ics")?.status == 200)
            #expect(service.stop() == 0)
            let lines = service.log.split(separator: "\n").filter { $0.hasPrefix("GET ") }
            #expect(lines.count == 3)
            #expect(lines.filter { $0.hasPrefix("GET /feeds/… 200 ") }.count == 2)
            #expect(lines.contains { $0.hasPrefix("GET /feeds/… 404 ") })
            #expect(!service.log.contains(secret) && !service.log.contains(wrong))
            #expect(!(try auditText(database)).contains(secret))
        }
    }
}
