import Foundation
import TestSupport
import Testing

/// Work plans on the command line, and their overdue actions in the follow-up list.
@Suite("engage plan, and overdue actions in engage followup list --overdue")
struct PlanCLITests {
    @discardableResult
    private func engage(_ arguments: String..., in database: TestDatabase) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database)
    }

    private func json(_ run: EngageRun) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// Sam Jones (North West) leads Bury; Somerset (South West) has no lead; Bury's contact Dana Cole.
    private func seed(_ database: TestDatabase) throws {
        #expect(try engage("officer", "add", "Sam Jones", "--region", "NW", in: database).status == 0)
        #expect(try engage("authority", "add", "Bury", "--region", "NW", in: database).status == 0)
        #expect(try engage("authority", "add", "Somerset", "--region", "SW", in: database).status == 0)
        #expect(try engage("contact", "add", "Bury", "Dana Cole", "--role", "LSCB Manager", in: database).status == 0)
        let connection = try database.connect()
        defer { connection.close() }
        try connection.execute("""
            UPDATE authorities SET status = 'active', stage = 2, lead_officer_id = (SELECT id FROM officers WHERE name = 'Sam Jones')
            WHERE name = 'Bury'
            """)
    }

    @Test("Every plan command has help with an example", arguments: [["plan", "add"], ["plan", "list"], ["plan", "done"], ["plan", "drop"]])
    func help(command: [String]) throws {
        let run = try EngageRunner.run(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: engage \(command.joined(separator: " "))"))
        #expect(run.stdout.contains("EXAMPLES:"))
    }

    @Test("plan add with an officer or a contact owner, list by due date with OVERDUE, done and drop, in JSON too")
    func lifecycle() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            #expect(try engage("plan", "add", "Bury", "--statement", "multi-agency", "--action", "Present to the LSCB",
                               "--owner", "sam jones", "--due", "2099-01-01", in: database).stdout
                    == "added action 1 for Bury (multi-agency), owned by Sam Jones, due 2099-01-01\n")
            let added = try json(try engage("plan", "add", "bury", "--statement", "identification", "--action", "Intake form question",
                                            "--owner", "Dana Cole", "--due", "2014-01-01", "--json", in: database)) as? [String: Any]
            #expect(added?["id"] as? Int == 2)
            #expect(added?["owner"] as? String == "Dana Cole" && added?["owner_kind"] as? String == "contact")
            #expect(added?["status"] as? String == "open" && added?["due_on"] as? String == "2014-01-01")
            #expect(try engage("plan", "add", "Somerset", "--statement", "voice", "--action", "Children's panel",
                               "--owner", "Sam Jones", "--due", "2014-02-01", in: database).status == 0)

            let table = try engage("plan", "list", in: database).stdout.split(separator: "\n")
                .map { $0.split(separator: " ").map(String.init) }
            #expect(table.first == ["ID", "AUTHORITY", "STATEMENT", "ACTION", "OWNER", "DUE", "STATUS"])
            #expect(table.dropFirst(2).map { $0.first } == ["2", "3", "1"])
            #expect(table.dropFirst(2).map { $0.last } == ["OVERDUE", "OVERDUE", "open"])
            let bury = try json(try engage("plan", "list", "Bury", "--overdue", "--json", in: database)) as? [[String: Any]]
            #expect(bury?.map { $0["id"] as? Int } == [2])
            #expect(bury?.first?["overdue"] as? Bool == true && bury?.first?["status"] as? String == "open")

            #expect(try engage("plan", "done", "2", "--date", "2014-01-05", in: database).stdout == "action 2 for Bury done on 2014-01-05\n")
            #expect(try engage("plan", "drop", "A3", "--reason", "Panel already runs", in: database).status == 0)
            let open = try json(try engage("plan", "list", "--open", "--json", in: database)) as? [[String: Any]]
            #expect(open?.map { $0["id"] as? Int } == [1])
            let all = try json(try engage("plan", "list", "--json", in: database)) as? [[String: Any]]
            #expect(all?.map { $0["status"] as? String } == ["done", "dropped", "open"])
            #expect(all?[1]["drop_reason"] as? String == "Panel already runs")
            #expect(try engage("plan", "list", "Somerset", "--open", in: database).stdout == "no work-plan actions match\n")
            #expect(try engage("audit", "--authority", "Bury", in: database).stdout.contains("plan.done"))
        }
    }

    @Test("authority show lists the open actions (overdue marked, done ones left out); JSON open_plan_actions")
    func authorityShow() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            #expect(!(try engage("authority", "show", "Bury", in: database).stdout.contains("Plan actions")))
            try engage("plan", "add", "Bury", "--statement", "multi-agency", "--action", "Present to the LSCB",
                       "--owner", "Sam Jones", "--due", "2099-01-01", in: database)
            try engage("plan", "add", "Bury", "--statement", "identification", "--action", "Intake form question",
                       "--owner", "Dana Cole", "--due", "2014-01-01", in: database)
            try engage("plan", "add", "Bury", "--statement", "voice", "--action", "Children's panel",
                       "--owner", "Sam Jones", "--due", "2014-02-01", in: database)
            try engage("plan", "done", "3", "--date", "2014-01-05", in: database)
            let shown = try engage("authority", "show", "Bury", in: database).stdout
            #expect(shown.contains("Plan actions"), "\(shown)")
            #expect(shown.contains("A2 identification: Intake form question (Dana Cole), due 2014-01-01, OVERDUE"), "\(shown)")
            #expect(shown.contains("A1 multi-agency: Present to the LSCB (Sam Jones), due 2099-01-01"))
            #expect(!shown.contains("Children's panel"))
            let overview = try json(try engage("authority", "show", "Bury", "--json", in: database)) as? [String: Any]
            let actions = overview?["open_plan_actions"] as? [[String: Any]]
            #expect(actions?.map { $0["id"] as? Int } == [2, 1])
            #expect(actions?.map { $0["overdue"] as? Bool } == [true, false])
            let somerset = try json(try engage("authority", "show", "Somerset", "--json", in: database)) as? [String: Any]
            #expect((somerset?["open_plan_actions"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("Refusals exit 65 with one line and change nothing", arguments: [
        (["plan", "add", "Bury", "--statement", "empathy", "--action", "x", "--owner", "Sam Jones", "--due", "2099-01-01"],
         "error: unknown statement 'empathy'; use one of: awareness, identification, voice, multi-agency, cjs-stages, support, stigma, evidence"),
        (["plan", "add", "Bury", "--statement", "voice", "--action", " ", "--owner", "Sam Jones", "--due", "2099-01-01"],
         "error: the action is empty; "),
        (["plan", "add", "Bury", "--statement", "voice", "--action", "x", "--owner", "Dana Coal", "--due", "2099-01-01"],
         "error: no officer, and no contact in Bury, named 'Dana Coal'; did you mean 'Dana Cole'?"),
        (["plan", "add", "Somerset", "--statement", "voice", "--action", "x", "--owner", "Dana Cole", "--due", "2099-01-01"],
         "error: no officer, and no contact in Somerset, named 'Dana Cole'; "),
        (["plan", "add", "Burry", "--statement", "voice", "--action", "x", "--owner", "Sam Jones", "--due", "2099-01-01"],
         "error: no authority named 'Burry'; did you mean 'Bury'?"),
        (["plan", "done", "1", "--date", "2099-01-01"], "error: action 1 cannot be done on 2099-01-01, which is in the future; "),
        (["plan", "drop", "1", "--reason", "  "], "error: the reason for dropping action 1 is empty; "),
        (["plan", "done", "9"], "error: no plan action with id 9; "),
    ])
    func refused(arguments: [String], prefix: String) throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            #expect(try engage("plan", "add", "Bury", "--statement", "voice", "--action", "Panel", "--owner", "Sam Jones",
                               "--due", "2014-01-01", in: database).status == 0)
            let run = try EngageRunner.run(arguments, database: database)
            #expect(run.status == 65)
            #expect(run.errorLines.count == 1)
            #expect(run.errorLines.first?.hasPrefix(prefix) == true, "\(run.stderr)")
            let list = try json(try engage("plan", "list", "--json", in: database)) as? [[String: Any]]
            #expect(list?.count == 1 && list?.first?["status"] as? String == "open")
        }
    }

    @Test("A closed action cannot be closed again: exit 65, 'already done'")
    func closeTwice() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            #expect(try engage("plan", "add", "Bury", "--statement", "voice", "--action", "Panel", "--owner", "Sam Jones",
                               "--due", "2014-01-01", in: database).status == 0)
            #expect(try engage("plan", "done", "1", "--date", "2014-01-03", in: database).status == 0)
            let again = try engage("plan", "drop", "1", "--reason", "moot", in: database)
            #expect(again.status == 65)
            #expect(again.errorLines == ["error: action 1 for Bury is already done (on 2014-01-03); see 'engage plan list --open' for the open ones"])
            let bad = try engage("plan", "done", "seven", in: database)
            #expect(bad.status == 64)
        }
    }

    @Test("followup list --overdue shows overdue actions beside overdue follow-ups by due date, marked A and item: action; filters apply")
    func overdueList() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            // Follow-up 1 (Bury) due 2014-02-04; follow-up 2 (Somerset) due 2099-01-01, not overdue.
            #expect(try engage("followup", "add", "Bury", "--summary", "Workshop", "--date", "2014-01-05", in: database).status == 0)
            #expect(try engage("followup", "add", "Somerset", "--summary", "Materials", "--date", "2014-01-05", "--due", "2099-01-01",
                               in: database).status == 0)
            // Actions: 1 Bury overdue (2014-01-20), 2 Somerset overdue (2014-03-01), 3 Bury not due, 4 Bury overdue but done.
            for (authority, due) in [("Bury", "2014-01-20"), ("Somerset", "2014-03-01"), ("Bury", "2099-01-01"), ("Bury", "2014-01-10")] {
                #expect(try engage("plan", "add", authority, "--statement", "awareness", "--action", "Action due \(due)",
                                   "--owner", "Sam Jones", "--due", due, in: database).status == 0)
            }
            #expect(try engage("plan", "done", "4", in: database).status == 0)

            let table = try engage("followup", "list", "--overdue", in: database).stdout.split(separator: "\n")
                .map { $0.split(separator: " ").map(String.init) }
            #expect(table.first == ["ID", "AUTHORITY", "SUMMARY", "AGE", "DUE", "LATE"])
            #expect(table.dropFirst(2).map { Array($0.prefix(3)) }
                    == [["A1", "Bury", "action"], ["1", "Bury", "Workshop"], ["A2", "Somerset", "action"]])
            #expect(table.dropFirst(2).allSatisfy { $0.last == "OVERDUE" })

            let items = try json(try engage("followup", "list", "--overdue", "--json", in: database)) as? [[String: Any]]
            #expect(items?.map { $0["item"] as? String } == ["action", "followup", "action"])
            #expect(items?.map { $0["id"] as? Int } == [1, 1, 2])
            #expect(items?.map { $0["due_on"] as? String } == ["2014-01-20", "2014-02-04", "2014-03-01"])
            #expect(items?.allSatisfy { $0["overdue"] as? Bool == true } == true)
            #expect(items?[1]["summary"] as? String == "Workshop" && items?[1]["age_days"] is Int)
            #expect(items?[0]["action"] as? String == "Action due 2014-01-20" && items?[0]["statement"] as? String == "awareness")

            let somerset = try json(try engage("followup", "list", "--overdue", "--region", "SW", "--json", in: database)) as? [[String: Any]]
            #expect(somerset?.map { $0["item"] as? String } == ["action"])
            #expect(somerset?.first?["authority"] as? String == "Somerset")
            let sams = try json(try engage("followup", "list", "--overdue", "--officer", "Sam Jones", "--json", in: database)) as? [[String: Any]]
            #expect(sams?.map { $0["item"] as? String } == ["action", "followup"])

            // Without --overdue: the follow-ups only, each marked as one.
            let plain = try json(try engage("followup", "list", "--json", in: database)) as? [[String: Any]]
            #expect(plain?.map { $0["item"] as? String } == ["followup", "followup"])
            #expect(!(try engage("followup", "list", in: database).stdout.contains("A1")))
        }
    }
}
