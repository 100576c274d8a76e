import Foundation
import TestSupport
import Testing

/// Assessments and Quality Statements on the command line.
@Suite("engage assessment and statement on the command line")
struct AssessmentCLITests {
    @discardableResult
    private func engage(_ arguments: String..., in database: TestDatabase) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database)
    }

    private func json(_ run: EngageRun) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// Bury with the contact Dana Cole; Somerset.
    private func seed(_ database: TestDatabase) throws {
        #expect(try engage("authority", "add", "Bury", "--region", "NW", in: database).status == 0)
        #expect(try engage("authority", "add", "Somerset", "--region", "SW", in: database).status == 0)
        #expect(try engage("contact", "add", "Bury", "Dana Cole", "--role", "LSCB Manager", in: database).status == 0)
    }

    /// A CSV file in a scratch folder, removed afterwards.
    private func withFile<Value>(_ text: String, _ body: (String) throws -> Value) throws -> Value {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("assessment-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try body(file.path)
    }

    @Test("Every assessment and statement command has help with an example; the scale is stated", arguments: [
        ["assessment", "add"], ["assessment", "list"], ["assessment", "show"], ["statement", "list"], ["statement", "reword"],
    ])
    func help(command: [String]) throws {
        let run = try EngageRunner.run(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: engage \(command.joined(separator: " "))"))
        #expect(run.stdout.contains("EXAMPLES:"))
        if command != ["statement", "reword"] {
            #expect(run.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
                .contains("not yet in place"), "\(command) states the scale")
        }
    }

    @Test("add with --rate, --note, --with and --participant; list and show in table and JSON; audited")
    func addListShow() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let first = try engage("assessment", "add", "bury", "--date", "2014-01-10", "--rate", "awareness=2", "--rate", "voice=1",
                                   "--rate", "stigma=3", "--note", "voice=No child's view recorded", "--with", "dana cole",
                                   "--participant", "Head of Virtual School", in: database)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasSuffix("of Bury on 2014-01-10: 3 of 8 statements rated, mean 2\n"), "\(first.stdout)")
            let latest = try engage("assessment", "add", "Bury", "--date", "2014-06-01", "--rate", "awareness=4", "--rate", "voice=2",
                                    "--rate", "support=2", "--note", "awareness=Every school briefed", "--json", in: database)
            let latestJSON = try json(latest) as? [String: Any]
            #expect(latestJSON?["assessed_on"] as? String == "2014-06-01")
            #expect(latestJSON?["rated_count"] as? Int == 3)
            #expect((latestJSON?["mean_rating"] as? Double).map { abs($0 - 2.67) < 0.001 } == true)
            #expect((latestJSON?["ratings"] as? [[String: Any]])?.map { $0["statement"] as? String } == ["awareness", "voice", "support"])
            #expect((latestJSON?["ratings"] as? [[String: Any]])?.first?["rating"] as? Int == 4)

            let list = try engage("assessment", "list", "Bury", in: database)
            #expect(list.stdout.contains("2014-01-10  Dana Cole, Head of Virtual School"), "\(list.stdout)")
            #expect(list.stdout.contains("3/8"))
            #expect(list.stdout.contains("2.67"))
            let listed = try json(try engage("assessment", "list", "Bury", "--json", in: database)) as? [[String: Any]]
            #expect(listed?.map { $0["assessed_on"] as? String } == ["2014-01-10", "2014-06-01"])
            #expect((listed?.first?["participants"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Dana Cole", "Head of Virtual School"])
            #expect(try engage("assessment", "list", "Somerset", in: database).stdout.hasPrefix("no assessments of Somerset yet"))

            let show = try engage("assessment", "show", "Bury", in: database)
            #expect(show.status == 0)
            let lines = show.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.contains("compared with the first") == true)
            #expect(lines.count == 11, "a heading, the table's header and rule, and the eight statements")
            #expect(lines[1].contains("2014-01-10") && lines[1].contains("2014-06-01") && lines[1].contains("CHANGE"))
            let awareness = lines.first { $0.hasPrefix("awareness ") } ?? ""
            #expect(awareness.contains(" 2 ") && awareness.contains(" 4 ") && awareness.contains("+2") && awareness.hasSuffix("Every school briefed"))
            #expect((lines.first { $0.hasPrefix("voice ") } ?? "").contains("+1"))
            #expect(lines.first { $0.hasPrefix("stigma ") }?.contains("3") == true)
            let compared = try json(try engage("assessment", "show", "Bury", "--json", in: database)) as? [String: Any]
            #expect(compared?["basis"] as? String == "first")
            let statements = compared?["statements"] as? [[String: Any]]
            #expect(statements?.count == 8)
            #expect(statements?.map { $0["statement"] as? String }.first == "awareness")
            #expect(statements?.map { $0["change"] as? Int } == [2, nil, 1, nil, nil, nil, nil, nil])
            #expect(statements?[6]["earlier"] as? Int == 3 && statements?[6]["latest"] == nil)

            let audit = try engage("audit", "--authority", "Bury", in: database)
            #expect(audit.stdout.contains("assessment.add"))
        }
    }

    @Test("show --compare previous, and a single assessment shows its ratings alone")
    func compareChoices() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            try engage("assessment", "add", "Bury", "--date", "2014-01-10", "--rate", "awareness=1", in: database)
            let single = try engage("assessment", "show", "Bury", in: database)
            #expect(single.stdout.split(separator: "\n").first?.hasSuffix("(the only one)") == true, "\(single.stdout)")
            #expect(single.stdout.contains("1 not yet in place"))
            #expect(!single.stdout.contains("CHANGE"))
            let singleJSON = try json(try engage("assessment", "show", "Bury", "--json", in: database)) as? [String: Any]
            #expect(singleJSON?["basis"] == nil && singleJSON?["earlier"] == nil)
            try engage("assessment", "add", "Bury", "--date", "2014-03-01", "--rate", "awareness=3", in: database)
            try engage("assessment", "add", "Bury", "--date", "2014-06-01", "--rate", "awareness=2", in: database)
            let previous = try json(try engage("assessment", "show", "Bury", "--compare", "previous", "--json", in: database)) as? [String: Any]
            #expect(previous?["basis"] as? String == "previous")
            #expect(((previous?["statements"] as? [[String: Any]])?.first?["change"] as? Int) == -1)
            let table = try engage("assessment", "show", "Bury", "--compare", "previous", in: database)
            #expect(table.stdout.split(separator: "\n").first { $0.hasPrefix("awareness ") }?.hasSuffix(" -1") == true, "\(table.stdout)")
            #expect(try engage("assessment", "show", "Bury", "--compare", "first", in: database).stdout.contains("+1"))
            let none = try engage("assessment", "show", "Somerset", in: database)
            #expect(none.status == 65 && none.errorLines.count == 1)
            #expect(none.stderr.hasPrefix("error: Somerset has no assessment; "))
        }
    }

    @Test("--from a CSV file: good rows stored; a bad row refused naming its line, nothing stored")
    func fromCSV() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let good = try withFile("statement,rating,evidence\r\nawareness,2,\"Briefed, in March\"\nvoice,,\nmulti-agency,3,\n") { path in
                try engage("assessment", "add", "Bury", "--date", "2014-01-10", "--from", path, "--json", in: database)
            }
            #expect(good.status == 0, "\(good.stderr)")
            let ratings = (try json(good) as? [String: Any])?["ratings"] as? [[String: Any]]
            #expect(ratings?.map { $0["statement"] as? String } == ["awareness", "multi-agency"])
            #expect(ratings?.first?["evidence"] as? String == "Briefed, in March")
            let bad = try withFile("statement,rating,evidence\nawareness,2,\nvoice,5,\n") { path in
                try engage("assessment", "add", "Bury", "--date", "2014-01-10", "--from", path, in: database)
            }
            #expect(bad.status == 65)
            #expect(bad.errorLines == ["error: line 3: the rating '5' for voice is not on the scale; rate from 1 to 4: "
                                       + "1 not yet in place, 2 emerging, 3 developing, 4 embedded"])
            let unknown = try withFile("awareness,2,\nvoyce,1,\n") { path in
                try engage("assessment", "add", "Bury", "--from", path, in: database)
            }
            #expect(unknown.status == 65)
            #expect(unknown.stderr.hasPrefix("error: no Quality Statement with the key 'voyce'; did you mean 'voice'?"))
            #expect((try json(try engage("assessment", "list", "Bury", "--json", in: database)) as? [Any])?.count == 1)
        }
    }

    @Test("Refused assessments exit 65 with one line and store nothing", arguments: [
        (["assessment", "add", "Bury", "--rate", "awareness=0"], "error: the rating '0' for awareness is not on the scale; rate from 1 to 4: 1 not yet in place, 2 emerging, 3 developing, 4 embedded"),
        (["assessment", "add", "Bury", "--rate", "awareness=5"], "error: the rating '5' for awareness is not on the scale; "),
        (["assessment", "add", "Bury", "--rate", "awareness=x"], "error: the rating 'x' for awareness is not on the scale; "),
        (["assessment", "add", "Bury", "--rate", "awarness=2"], "error: no Quality Statement with the key 'awarness'; did you mean 'awareness'? the keys are: awareness, identification, voice, multi-agency, cjs-stages, support, stigma, evidence"),
        (["assessment", "add", "Bury", "--rate", "voice=2", "--rate", "Voice=3"], "error: the statement voice is rated twice; "),
        (["assessment", "add", "Bury", "--date", "2099-01-01", "--rate", "voice=2"], "error: the assessment's date 2099-01-01 is in the future; "),
        (["assessment", "add", "Bury"], "error: the assessment rates no statement; "),
        (["assessment", "add", "Bury", "--rate", "voice=2", "--note", "stigma=x"], "error: a --note is given for stigma, which is not rated; "),
        (["assessment", "add", "Bury", "--rate", "voice=2", "--with", "Dana Coal"], "error: no contact named 'Dana Coal' in Bury; "),
        (["assessment", "add", "Burry", "--rate", "voice=2"], "error: no authority named 'Burry'; did you mean 'Bury'?"),
        (["assessment", "add", "Bury", "--rate", "voice=2", "--from", "/nonexistent/file.csv"], "error: --from cannot be combined"),
        (["assessment", "add", "Bury", "--from", "/nonexistent/file.csv"], "error: cannot read '/nonexistent/file.csv': "),
    ])
    func refused(arguments: [String], prefix: String) throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let run = try EngageRunner.run(arguments, database: database)
            #expect(run.status == (prefix.contains("cannot be combined") ? 64 : 65))
            #expect(run.errorLines.count == 1)
            #expect(run.stderr.hasPrefix(prefix), "\(run.stderr)")
            #expect(try engage("assessment", "list", "Bury", "--json", in: database).stdout == "[\n\n]\n")
        }
    }

    @Test("Malformed options exit 64 with one line", arguments: [
        ["assessment", "add"], ["assessment", "show"], ["assessment", "list", "Bury", "--compare", "first"],
        ["statement", "reword", "voice"], ["statement", "reword"],
    ])
    func usage(arguments: [String]) throws {
        let run = try EngageRunner.run(arguments)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.hasPrefix("error: "))
    }

    @Test("statement list and reword; reword is audited")
    func statements() throws {
        try TestDatabase.withMigrated { database in
            let listed = try json(try engage("statement", "list", "--json", in: database)) as? [[String: Any]]
            #expect(listed?.map { $0["key"] as? String } == ["awareness", "identification", "voice", "multi-agency", "cjs-stages",
                                                             "support", "stigma", "evidence"])
            #expect(listed?.first.map { Set($0.keys) } == ["key", "position", "title", "description"])
            #expect(try engage("statement", "list", in: database).stdout.contains("Stages of the criminal justice system"))
            let reworded = try engage("statement", "reword", "VOICE", "--title", "Children's voice", "--as", "Pat Manager", "--json", in: database)
            #expect(reworded.status == 0, "\(reworded.stderr)")
            #expect((try json(reworded) as? [String: Any])?["title"] as? String == "Children's voice")
            let unknown = try engage("statement", "reword", "voices", "--title", "x", in: database)
            #expect(unknown.status == 65 && unknown.errorLines.count == 1)
            #expect(unknown.stderr.hasPrefix("error: no Quality Statement with the key 'voices'; did you mean 'voice'?"))
            let audit = try engage("audit", in: database)
            #expect(audit.stdout.contains("statement.reword") && audit.stdout.contains("Pat Manager"))
        }
    }

    @Test("authority show without an assessment, then with the latest one's ratings (and latest_assessment in JSON)")
    func authorityShow() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let before = try engage("authority", "show", "Bury", in: database)
            #expect(!before.stdout.contains("Assessed"))
            #expect((try json(try engage("authority", "show", "Bury", "--json", in: database)) as? [String: Any])?["latest_assessment"] == nil)
            try engage("assessment", "add", "Bury", "--date", "2014-01-10", "--rate", "awareness=1", in: database)
            try engage("assessment", "add", "Bury", "--date", "2014-06-01", "--rate", "awareness=3", "--rate", "evidence=2", in: database)
            let after = try engage("authority", "show", "Bury", in: database)
            #expect(after.stdout.contains("2014-06-01"), "\(after.stdout)")
            #expect(after.stdout.contains("2 of 8 statements rated, mean 2.5"))
            #expect(after.stdout.contains("awareness 3 developing") && after.stdout.contains("evidence 2 emerging"))
            let overview = try json(try engage("authority", "show", "Bury", "--json", in: database)) as? [String: Any]
            let latest = overview?["latest_assessment"] as? [String: Any]
            #expect(latest?["assessed_on"] as? String == "2014-06-01")
            #expect((latest?["ratings"] as? [[String: Any]])?.map { $0["rating"] as? Int } == [3, 2])
            #expect(overview?["open_follow_ups"] as? Int == 0 && overview?["authority"] != nil)
        }
    }
}
