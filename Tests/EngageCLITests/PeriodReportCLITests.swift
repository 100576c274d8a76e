import Foundation
import TestSupport
import Testing

/// `engage report period`: the seven reports of one period, as tables, JSON, HTML or PDF.
@Suite("engage report period on the command line")
struct PeriodReportCLITests {
    private func withDemo(_ body: (TestDatabase) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            let seeded = try EngageRunner.run(["seed"], database: database, directory: TestServer.repositoryRoot)
            #expect(seeded.status == 0, "\(seeded.stderr)")
            try body(database)
        }
    }

    @Test("JSON holds the seven reports over one scope, each as its own command gives it")
    func json() throws {
        try withDemo { database in
            let period = try EngageRunner.run(["report", "period", "--json"], database: database)
            #expect(period.status == 0, "\(period.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(period.stdout.utf8)) as? [String: Any])
            #expect(object.keys.sorted() == ["agencies", "briefings", "events", "follow_ups", "funnel", "outcomes", "scope", "summary"])
            for (key, report) in [("summary", "summary"), ("events", "events"), ("funnel", "funnel"), ("follow_ups", "followups")] {
                let alone = try EngageRunner.run(["report", report, "--json"], database: database)
                let single = try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? NSDictionary
                #expect((object[key] as? NSDictionary) == single, "\(key) is what 'engage report \(report)' says")
            }
            let table = try EngageRunner.run(["report", "period"], database: database)
            #expect(table.status == 0 && table.stdout.hasPrefix("HEADLINE COUNTS\n") && table.stdout.contains("\nOUTCOMES AGAINST THE QUALITY STATEMENTS\n"))
        }
    }

    @Test("--html writes the page standing alone; a file that cannot be written exits 73 and is not made")
    func html() throws {
        try withDemo { database in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engage-period-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("year.html").path
            let written = try EngageRunner.run(["report", "period", "--from", "2025-01-01", "--html", file], database: database)
            #expect(written.status == 0 && written.stdout.hasPrefix("wrote \(file): the period report, from 2025-01-01"), "\(written.stderr)")
            let page = try String(contentsOfFile: file, encoding: .utf8)
            #expect(page.hasPrefix("<!doctype html>") && page.components(separatedBy: "<section class=\"period-section\"").count == 8)
            let nowhere = folder.appendingPathComponent("missing/year.html").path
            let refused = try EngageRunner.run(["report", "period", "--html", nowhere], database: database)
            #expect(refused.status == 73 && refused.stderr.hasPrefix("error: cannot write '\(nowhere)'"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: nowhere))
        }
    }

    @Test("--pdf without a browser exits 69 saying how to get one, writing nothing; --pdf with --html or --json is a usage error")
    func pdfRefusals() throws {
        try withDemo { database in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("engage-\(UUID().uuidString).pdf").path
            let missing = try EngageRunner.run(["report", "period", "--pdf", file], database: database,
                                               environment: ["ENGAGE_CHROMIUM": "/nonexistent/chromium"])
            #expect(missing.status == 69 && missing.stderr.contains("apt-get install chromium"), "\(missing.stderr)")
            #expect(!FileManager.default.fileExists(atPath: file))
            for extra in [["--html", "x.html"], ["--json"]] {
                let both = try EngageRunner.run(["report", "period", "--pdf", file] + extra, database: database)
                #expect(both.status == 64, "\(extra): \(both.stderr)")
            }
        }
    }
}
