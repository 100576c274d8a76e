import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Loading seeds")
struct SeedTests {
    private func seedFile(_ sql: String) throws -> Seed {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).sql")
        try sql.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Seed.file(url)
    }

    @Test("The demo loads into an empty database and passes its own consistency checks")
    func demo() throws {
        try withStore { store, probe in
            let summary = try store.load(try Seed.demo(workingDirectory: TestServer.repositoryRoot))
            #expect(summary.officers == 3)
            #expect(summary.authorities >= 18)
            #expect(summary.openFollowUps > 0)
            let checks = try String(contentsOf: TestServer.repositoryRoot.appendingPathComponent("seeds/demo-checks.sql"), encoding: .utf8)
            try probe.executeScript(checks)
            #expect(try count(probe, "SELECT count(*) FROM authorities WHERE status = 'active'") <= 4)
        }
    }

    @Test("A seed is refused by a database that holds data, and a failing seed loads nothing")
    func refusals() throws {
        try withStore { store, probe in
            let failing = try seedFile("""
                INSERT INTO officers (name, region) VALUES ('Half', 'london');
                INSERT INTO officers (name, region) VALUES ('Broken', 'atlantis');
                """)
            #expect(engageError { _ = try store.load(failing) }?.message.hasSuffix(#"violates foreign key constraint "officers_region_fkey""#) == true)
            #expect(try count(probe, "SELECT count(*) FROM officers") == 0)
            _ = try store.addOfficer(NewOfficer(name: "Sam", region: .london))
            #expect(engageError { _ = try store.load(try seedFile("SELECT 1;")) }?.message == "the database already holds 1 officers and 0 authorities")
        }
    }

    @Test("The demo embedded in the binary is seeds/demo.sql")
    func embeddedDemo() throws {
        let file = try String(contentsOf: TestServer.repositoryRoot.appendingPathComponent("seeds/demo.sql"), encoding: .utf8)
        let embedded = try Seed.demo(workingDirectory: URL(fileURLWithPath: "/")).sql
        let same = embedded == file
        #expect(same, "run scripts/embed-migrations")
    }
}
