import Foundation
import TestSupport
import Testing

/// `engage report outcomes` end to end on a small world: Rise (NW, Ann) awareness 1 → 3 and voice
/// 2 → 2; Fall (SW, Ben) awareness 4 → 3; Done1 (SW, Ann) completed 2014-05-15 with its only
/// assessment before. In 2014-01-01 to 2014-06-30: awareness 2 counted (+2, −1), median +0.5; voice 1
/// stayed; the gap is Done1.
@Suite("engage report outcomes on the command line")
struct OutcomesReportCLITests {
    private static let period = ["--from", "2014-01-01", "--to", "2014-06-30"]

    private func withWorld(_ body: (TestDatabase) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            let connection = try database.connect()
            defer { connection.close() }
            try connection.executeScript("""
                INSERT INTO officers (name, region, active_cap) VALUES ('Ann', 'north-west', 10), ('Ben', 'south-west', 10);
                INSERT INTO authorities (name, region, status, stage, lead_officer_id)
                SELECT v.name, v.region, v.status, v.stage, o.id
                FROM (VALUES ('Rise', 'north-west', 'active', 3::smallint, 'Ann'), ('Fall', 'south-west', 'active', 3, 'Ben'),
                             ('Done1', 'south-west', 'completed', 4, 'Ann')) AS v (name, region, status, stage, officer)
                JOIN officers o ON o.name = v.officer;
                INSERT INTO stage_changes (authority_id, to_status, to_stage, changed_at, changed_by)
                SELECT id, 'completed', 4, '2014-05-15 10:00Z', 'fixture' FROM authorities WHERE name = 'Done1';
                INSERT INTO assessments (authority_id, assessed_on)
                SELECT a.id, v.d::date FROM (VALUES ('Rise', '2014-01-10'), ('Rise', '2014-05-01'), ('Fall', '2014-02-01'),
                                                    ('Fall', '2014-04-01'), ('Done1', '2014-02-01')) AS v (name, d)
                JOIN authorities a ON a.name = v.name;
                INSERT INTO assessment_ratings (assessment_id, statement_key, rating)
                SELECT x.id, v.k, v.r
                FROM (VALUES ('Rise', '2014-01-10', 'awareness', 1), ('Rise', '2014-01-10', 'voice', 2),
                             ('Rise', '2014-05-01', 'awareness', 3), ('Rise', '2014-05-01', 'voice', 2),
                             ('Fall', '2014-02-01', 'awareness', 4), ('Fall', '2014-04-01', 'awareness', 3),
                             ('Done1', '2014-02-01', 'awareness', 2)) AS v (name, d, k, r)
                JOIN authorities a ON a.name = v.name
                JOIN assessments x ON x.authority_id = a.id AND x.assessed_on = v.d::date;
                """)
            try body(database)
        }
    }

    @Test("help states the definitions and has examples")
    func help() throws {
        let help = try EngageRunner.run(["report", "outcomes", "--help"])
        let text = help.stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        #expect(help.status == 0 && help.stdout.contains("EXAMPLES:") && help.stdout.contains("--officer NAME"))
        #expect(text.contains("at least two") && text.contains("ordered by date then id") && text.contains("latest − first"))
        #expect(text.contains("no assessment dated on or after that day"))
    }

    @Test("table: a row per statement with signed medians, then the evidence gap, within 80 columns")
    func table() throws {
        try withWorld { database in
            let run = try EngageRunner.run(["report", "outcomes"] + Self.period, database: database)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("period: 2014-01-01 to 2014-06-30\n"))
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(run.stdout)")
            let awareness = lines.first { $0.hasPrefix("Awareness ") }?.split(separator: " ").map(String.init)
            #expect(awareness == ["Awareness", "2", "1", "0", "1", "+0.5"], "\(run.stdout)")
            let voice = lines.first { $0.hasPrefix("Children's voice and rights") }?.split(separator: " ").suffix(5).map(String.init)
            #expect(voice == ["1", "0", "1", "0", "0"], "\(run.stdout)")
            let identification = lines.first { $0.hasPrefix("Identification") }?.split(separator: " ").map(String.init)
            #expect(identification == ["Identification", "0", "0", "0", "0", "—"], "\(run.stdout)")
            #expect(lines.contains { $0.hasPrefix("Done1 ") && $0.contains("South West") && $0.hasSuffix("2014-05-15") }, "\(run.stdout)")
            #expect(run.stdout.hasSuffix("Evidence gap: 1 authority completed stage 4 with no assessment since.\n"))
            let ben = try EngageRunner.run(["report", "outcomes", "--officer", "Ben"] + Self.period, database: database)
            #expect(ben.stdout.split(separator: "\n").first { $0.hasPrefix("Awareness ") }?.split(separator: " ").last == "-1")
            #expect(ben.stdout.contains("Evidence gap: none"))
        }
    }

    @Test("csv: a header, a row per statement and per authority in the gap")
    func csv() throws {
        try withWorld { database in
            let run = try EngageRunner.run(["report", "outcomes", "--format", "csv"] + Self.period, database: database)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("group,statement,title,authorities,rose,stayed,fell,median_change,authority,region,officer,completed_on\n"
                                         + "statement,awareness,Awareness,2,1,0,1,0.5,,,,\n"
                                         + "statement,identification,Identification,0,0,0,0,,,,,\n"))
            #expect(run.stdout.hasSuffix("statement,evidence,Building the evidence,0,0,0,0,,,,,\n"
                                         + "evidence_gap,,,,,,,,Done1,south-west,Ann,2014-05-15\n"))
            #expect(run.stdout.split(separator: "\n").count == 1 + 8 + 1)
        }
    }

    @Test("json: scope, statements with null medians, the evidence gap")
    func json() throws {
        try withWorld { database in
            let run = try EngageRunner.run(["report", "outcomes", "--json", "--region", "SW"] + Self.period, database: database)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            #expect(object?.keys.sorted() == ["evidence_gap", "scope", "statements"])
            #expect((object?["scope"] as? [String: Any])?.keys.sorted() == ["from", "officer", "region", "to", "today"])
            let statements = object?["statements"] as? [[String: Any]]
            #expect(statements?.count == 8)
            #expect(statements?.first?.keys.sorted() == ["authorities", "fell", "median_change", "rose", "statement", "stayed", "title"])
            #expect(statements?.first?["statement"] as? String == "awareness")
            #expect(statements?.first?["authorities"] as? Int == 1 && statements?.first?["fell"] as? Int == 1)
            #expect(statements?.first?["median_change"] as? Double == -1)
            #expect(statements?[1]["median_change"] is NSNull)
            let gap = object?["evidence_gap"] as? [[String: Any]]
            #expect(gap?.count == 1)
            #expect(gap?.first?.keys.sorted() == ["authority", "completed_on", "officer", "region"])
            #expect(gap?.first?["authority"] as? String == "Done1" && gap?.first?["completed_on"] as? String == "2014-05-15")
            #expect(gap?.first?["region"] as? String == "south-west")
        }
    }

    @Test("A bad date exits 64 in one line; an unknown officer exits 65")
    func refusals() throws {
        try withWorld { database in
            let badDate = try EngageRunner.run(["report", "outcomes", "--to", "2014-13-01"], database: database)
            #expect(badDate.status == 64)
            #expect(badDate.errorLines == ["error: the --to date '2014-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2014-03-31 (see 'engage report outcomes --help')"])
            let officer = try EngageRunner.run(["report", "outcomes", "--officer", "Nobody"], database: database)
            #expect(officer.status == 65 && officer.errorLines.count == 1)
        }
    }
}
