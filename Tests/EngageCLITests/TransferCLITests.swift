import Foundation
import TestSupport
import Testing

@Suite("engage import and export, end to end")
struct TransferCLITests {
    private func engage(_ arguments: [String], in database: TestDatabase) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database)
    }

    /// A scratch folder with the example files copied in, removed afterwards.
    private func withFolder<Value>(_ body: (URL) throws -> Value) throws -> Value {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engage-transfer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    private func example(_ kind: String) -> String {
        TestServer.repositoryRoot.appendingPathComponent("seeds/import-examples/\(kind).csv").path
    }

    private func officers(_ database: TestDatabase) throws {
        for (name, region) in [("Jo Whitfield", "NW"), ("Alex Morgan", "SW")] {
            #expect(try engage(["officer", "add", name, "--region", region], in: database).status == 0)
        }
    }

    @Test("The example files import in order, again as unchanged, and export as they were read")
    func examples() throws {
        try TestDatabase.withMigrated { database in
            try officers(database)
            for kind in ["authorities", "agencies", "activities", "followups"] {
                let run = try engage(["import", kind, example(kind)], in: database)
                #expect(run.status == 0 && run.stderr.isEmpty, "\(kind): \(run.stderr)")
                #expect(run.stdout.hasPrefix("imported \(example(kind)): "))
                let again = try engage(["import", kind, example(kind), "--json"], in: database)
                #expect(again.stdout.contains(#""added" : 0"#), "\(again.stdout)")
            }
            let exported = try engage(["export", "followups"], in: database)
            #expect(exported.status == 0)
            #expect(try withoutRefs(exported.stdout) == """
                authority,request,kind,opened_on,due_on,closed_on,outcome
                Cornwall,Schools Handbook for 40 schools,materials,2014-04-01,2014-05-01,2014-04-20,Sent 40 copies
                Rochdale,A workshop for the head teachers forum,workshop,2014-05-10,2014-06-09,,

                """)
        }
    }

    /// An export of a kind with refs without its first column, after checking that the header
    /// names it `ref` and every row starts with a UUID (lines inside quoted fields aside).
    private func withoutRefs(_ csv: String) throws -> String {
        let uuid = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},")
        var lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("ref,") == true)
        for index in lines.indices.dropLast() {
            if index == 0 { lines[index] = lines[index].dropFirst(4); continue }
            #expect(lines[index].prefixMatch(of: uuid) != nil, "line \(index + 1): \(lines[index])")
            lines[index] = lines[index].dropFirst(37)
        }
        return lines.joined(separator: "\n")
    }

    @Test("A bad file exits 65: a one-line summary, then one line per bad row; nothing is stored")
    func refused() throws {
        try TestDatabase.withMigrated { database in
            try withFolder { folder in
                let file = folder.appendingPathComponent("bad.csv")
                try "name,region\nBury,NW\nNarnia,Middle Earth\n,SW\n".write(to: file, atomically: true, encoding: .utf8)
                let run = try engage(["import", "authorities", file.path], in: database)
                #expect(run.status == 65)
                #expect(run.errorLines.count == 3)
                #expect(run.errorLines.first == "error: refused \(file.path): 2 of 3 rows are bad, so nothing was imported; fix them and import again, or load the good rows with --skip-bad BAD.csv (they are below)")
                #expect(run.errorLines.dropFirst().first?.hasPrefix("line 3, column region: unknown region 'Middle Earth'; use one of: ") == true)
                #expect(run.errorLines.last == "line 4, column name: the name is missing; every row needs one")
                #expect(try engage(["export", "authorities"], in: database).stdout == "name,region,profile\n")
            }
        }
    }

    @Test("A NUL in a field exits 65 naming its line and column, not an internal error; nothing is stored")
    func controlCharacter() throws {
        try TestDatabase.withMigrated { database in
            try withFolder { folder in
                let file = folder.appendingPathComponent("nul.csv")
                try "name,region,profile\nBury,NW,Fine\nWigan,NW,\"Strong\u{0}LSCB\"\n".write(to: file, atomically: true, encoding: .utf8)
                let run = try engage(["import", "authorities", file.path], in: database)
                #expect(run.status == 65)
                #expect(run.errorLines.first == "error: refused \(file.path): 1 of 2 rows is bad, so nothing was imported; fix them and import again, or load the good rows with --skip-bad BAD.csv (it is below)")
                #expect(run.errorLines.dropFirst() == ["line 3, column profile: the profile field contains a NUL character (U+0000) at character 7; remove it; line breaks and tabs are allowed, other control characters are not"])
                #expect(try engage(["export", "authorities"], in: database).stdout == "name,region,profile\n")
            }
        }
    }

    @Test("--skip-bad stores the good rows, writes the bad ones to its file, and exits 0")
    func skipBad() throws {
        try TestDatabase.withMigrated { database in
            try withFolder { folder in
                let file = folder.appendingPathComponent("mixed.csv"), bad = folder.appendingPathComponent("bad.csv")
                try "\u{FEFF}name,region\r\nBury,NW\r\nNarnia,Middle Earth\r\n".write(to: file, atomically: true, encoding: .utf8)
                let run = try engage(["import", "authorities", file.path, "--skip-bad", bad.path], in: database)
                #expect(run.status == 0)
                #expect(run.stdout == "imported \(file.path): 2 rows, 1 added, 0 unchanged, 1 bad written to \(bad.path)\n")
                let written = try String(contentsOf: bad, encoding: .utf8)
                #expect(written.hasPrefix("name,region,profile,error\nNarnia,Middle Earth,,\"line 3, column region: unknown region"))
                #expect(written.split(separator: "\n").count == 2)
            }
        }
    }

    @Test("Unreadable files, bad headers and unknown formats are one-line errors", arguments: [
        (["import", "authorities", "/nonexistent/x.csv"], Int32(65), "error: cannot read '/nonexistent/x.csv': No such file or directory; check the path"),
        (["export", "authorities", "--format", "xml"], Int32(64), "error: unknown format 'xml' for 'engage export authorities'; use csv or json"),
        (["import", "widgets", "x.csv"], Int32(64), "error: "),
    ])
    func errors(arguments: [String], status: Int32, prefix: String) throws {
        try TestDatabase.withMigrated { database in
            let run = try engage(arguments, in: database)
            #expect(run.status == status)
            #expect(run.errorLines.count == 1 && run.errorLines.first?.hasPrefix(prefix) == true, "\(run.stderr)")
        }
    }

    @Test("A header naming an unknown column is refused with the columns to use")
    func badHeader() throws {
        try TestDatabase.withMigrated { database in
            try withFolder { folder in
                let file = folder.appendingPathComponent("h.csv")
                try "name,regoin\nBury,NW\n".write(to: file, atomically: true, encoding: .utf8)
                let run = try engage(["import", "authorities", file.path], in: database)
                #expect(run.status == 65)
                #expect(run.errorLines == ["error: \(file.path) line 1, column 2: unknown column 'regoin' for authorities; the columns are: name,region,profile (see 'engage import authorities --help')"])
            }
        }
    }

    @Test("Each import's help documents its columns with an example file")
    func help() throws {
        for kind in ["authorities", "agencies", "activities", "followups"] {
            let run = try EngageRunner.run(["import", kind, "--help"])
            #expect(run.status == 0 && run.stdout.contains("Example file (seeds/import-examples/\(kind).csv)"))
            #expect(run.stdout.contains("No field may hold a control character"), "\(kind)")
            let header = try String(contentsOfFile: example(kind), encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
            #expect(run.stdout.contains(header), "\(kind)")
        }
    }
}
