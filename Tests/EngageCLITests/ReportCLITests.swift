import Foundation
import TestSupport
import Testing

/// `engage report …` end to end on the demo: formats, widths, refusals.
@Suite("engage report on the command line")
struct ReportCLITests {
    private static let reports = ["summary", "agencies", "events", "briefings", "funnel", "followups", "capacity"]

    private func withDemo(_ body: (TestDatabase) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            let seeded = try EngageRunner.run(["seed"], database: database, directory: TestServer.repositoryRoot)
            #expect(seeded.status == 0, "\(seeded.stderr)")
            try body(database)
        }
    }

    @Test("Every report has help with an example, and prints a table, CSV and JSON")
    func formats() throws {
        try withDemo { database in
            for report in Self.reports {
                let help = try EngageRunner.run(["report", report, "--help"])
                #expect(help.status == 0 && help.stdout.contains("EXAMPLES:") && help.stdout.contains("--officer NAME"), "\(report)")
                let table = try EngageRunner.run(["report", report], database: database)
                #expect(table.status == 0, "\(report): \(table.stderr)")
                #expect(table.stdout.hasPrefix("period: all time\n"), "\(report)")
                let csv = try EngageRunner.run(["report", report, "--format", "csv"], database: database)
                #expect(csv.status == 0 && !csv.stdout.contains("\r") && csv.stdout.hasSuffix("\n"), "\(report)")
                let json = try EngageRunner.run(["report", report, "--json"], database: database)
                let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
                #expect((object?["scope"] as? [String: Any])?.keys.sorted() == ["from", "officer", "region", "to", "today"], "\(report)")
            }
        }
    }

    @Test("The matrices fit 80 columns with abbreviations and a legend; CSV and JSON use full names")
    func matrices() throws {
        try withDemo { database in
            for report in ["agencies", "events"] {
                let table = try EngageRunner.run(["report", report], database: database)
                #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(report)")
                #expect(table.stdout.contains("Legend:"))
            }
            let agencies = try EngageRunner.run(["report", "agencies"], database: database)
            #expect(agencies.stdout.contains("\nTotal            9     6    4    3    1    3     1     4     2\n"))
            #expect(agencies.stdout.hasSuffix("Authorities reached: 17; through more than one agency type: 9\n"))
            let csv = try EngageRunner.run(["report", "agencies", "--format", "csv"], database: database)
            #expect(csv.stdout.hasPrefix("Authority,Region,LSCB,Schools/PRUs,CYP Board/Trust,School support services,Police,"))
            #expect(csv.stdout.contains("\nTotal,,9,6,4,3,1,3,1,4,2,\n"))
            let events = try EngageRunner.run(["report", "events", "--format", "csv"], database: database)
            #expect(events.stdout.hasPrefix("Sector,Presentation given,Delegate,Stall,Update given,Workshop,Total\n"
                                            + "Children and Families Services,19,4,5,4,2,34\n"))
            #expect(events.stdout.hasSuffix("Total,45,19,15,19,8,106\n"))
            let json = try EngageRunner.run(["report", "events", "--json", "--region", "NW"], database: database)
            let northWest = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            // Bury 3, Stockport 3, Sefton, Manchester, Lancashire, Cumbria, Oldham 1 each; no national events.
            #expect(northWest?["total"] as? Int == 11)
            #expect((northWest?["scope"] as? [String: Any])?["region"] as? String == "north-west")
        }
    }

    @Test("A bad date, a far date, a reversed or overlong period and a bad format exit 64 in one line; an unknown officer exits 65")
    func refusals() throws {
        try withDemo { database in
            let badDate = try EngageRunner.run(["report", "events", "--from", "2014-02-30"], database: database)
            #expect(badDate.status == 64)
            #expect(badDate.errorLines == ["error: the --from date '2014-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2014-03-31 (see 'engage report events --help')"])
            let reversed = try EngageRunner.run(["report", "funnel", "--from", "2014-03-01", "--to", "2014-01-01"], database: database)
            #expect(reversed.status == 64)
            #expect(reversed.errorLines == ["error: the period from 2014-03-01 to 2014-01-01 ends before it starts; give --from on or before --to (see 'engage report funnel --help')"])
            let far = try EngageRunner.run(["report", "capacity", "--to", "6297-10-23"], database: database)
            #expect(far.status == 64)
            #expect(far.errorLines == ["error: the --to date '6297-10-23' is outside the years 1900–2200; give a date from 1900-01-01 to 2200-12-31 (see 'engage report capacity --help')"])
            let long = try EngageRunner.run(["report", "capacity", "--from", "1950-01-01", "--to", "2050-01-01"], database: database)
            #expect(long.status == 64)
            #expect(long.errorLines == ["error: the period from 1950-01-01 to 2050-01-01 is 100 years or longer; give a period shorter than 100 years (see 'engage report capacity --help')"])
            let officer = try EngageRunner.run(["report", "capacity", "--officer", "Jo Whitfeld"], database: database)
            #expect(officer.status == 65 && officer.errorLines.count == 1)
            #expect(officer.stderr.hasPrefix("error: no officer named 'Jo Whitfeld'") && officer.stderr.contains("Jo Whitfield"))
            let format = try EngageRunner.run(["report", "summary", "--format", "xml"], database: database)
            #expect(format.status == 64 && format.errorLines.count == 1)
        }
    }
}
