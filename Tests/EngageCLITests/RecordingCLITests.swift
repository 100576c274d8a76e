import Foundation
import TestSupport
import Testing

/// Recording the work on the command line: agencies, activities, briefings, contacts, follow-ups.
@Suite("engage agency, activity, briefing, contact and followup on the command line")
struct RecordingCLITests {
    @discardableResult
    private func engage(_ arguments: String..., in database: TestDatabase) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database)
    }

    private func json(_ run: EngageRun) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// Sam Jones (North West); Bury (North West) and Somerset (South West), no lead officers.
    private func seed(_ database: TestDatabase) throws {
        #expect(try engage("officer", "add", "Sam Jones", "--region", "NW", in: database).status == 0)
        #expect(try engage("authority", "add", "Bury", "--region", "NW", in: database).status == 0)
        #expect(try engage("authority", "add", "Somerset", "--region", "SW", in: database).status == 0)
    }

    @Test("Every new command has help with an example", arguments: [
        ["agency", "add"], ["agency", "list"], ["activity", "add"], ["activity", "list"], ["briefing", "add"],
        ["briefing", "send"], ["briefing", "list"], ["contact", "add"], ["contact", "list"], ["contact", "erase"],
        ["followup", "add"], ["followup", "list"], ["followup", "done"],
    ])
    func help(command: [String]) throws {
        let run = try EngageRunner.run(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: engage \(command.joined(separator: " "))"))
        #expect(run.stdout.contains("EXAMPLES:"))
        #expect(run.stdout.contains("engage \(command.joined(separator: " "))"))
    }

    @Test("agency add and list; activity add reaches agencies, creating one with --agency-type; lists in JSON")
    func agenciesAndActivities() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let added = try engage("agency", "add", "Bury", "--type", "LSCB", "--name", "Bury LSCB", "--date", "2014-01-10", in: database)
            #expect(added.stdout == "added agency Bury LSCB (LSCB, a multi-agency forum) in Bury\n")
            let activity = try engage("activity", "add", "bury", "--kind", "presentation given", "--agency", "bury lscb",
                                      "--agency", "Bury heads forum", "--agency-type", "schools", "--date", "2014-03-12",
                                      "--attendees", "18", "--officer", "Sam Jones", "--json", in: database)
            #expect(activity.status == 0, "\(activity.stderr)")
            let recorded = try json(activity) as? [String: Any]
            #expect(recorded?["agencies"] as? [String] == ["Bury heads forum", "Bury LSCB"])
            #expect(recorded?["kind"] as? String == "presentation")
            #expect(recorded?["occurred_on"] as? String == "2014-03-12")
            let national = try engage("activity", "add", "--national", "--sector", "prisons", "--kind", "stall",
                                      "--officer", "Sam Jones", "--date", "2014-06-20", in: database)
            #expect(national.stdout == "recorded stall nationally (Prisons) on 2014-06-20 by Sam Jones\n")

            let agencies = try json(try engage("agency", "list", "Bury", "--json", in: database)) as? [[String: Any]]
            #expect(agencies?.map { $0["name"] as? String } == ["Bury LSCB", "Bury heads forum"])
            #expect(agencies?.map { $0["reached_on"] as? String } == ["2014-03-12", "2014-03-12"])
            #expect(agencies?.last?["type"] as? String == "schools")
            let table = try engage("agency", "list", "--type", "schools", in: database)
            #expect(table.stdout.contains("Bury heads forum") && !table.stdout.contains("Bury LSCB"))

            let listed = try json(try engage("activity", "list", "--from", "2014-01-01", "--to", "2014-12-31", "--json", in: database)) as? [[String: Any]]
            #expect(listed?.map { $0["kind"] as? String } == ["presentation", "stall"])
            let workshops = try engage("activity", "list", "Bury", "--kind", "workshop", in: database)
            #expect(workshops.stdout.hasPrefix("no activities match"))
        }
    }

    @Test("Refused activity and agency data exits 65 with one line and records nothing", arguments: [
        (["activity", "add", "Bury", "--kind", "workshop", "--date", "2099-01-01", "--officer", "Sam Jones"], "error: the activity's date 2099-01-01 is in the future; "),
        (["activity", "add", "Bury", "--kind", "workshop", "--date", "2014-01-01", "--planned", "--officer", "Sam Jones"], "error: a planned activity's date 2014-01-01 is in the past; "),
        (["activity", "add", "Bury", "--kind", "workshop", "--date", "2014-01-01", "--attendees", "-3", "--officer", "Sam Jones"], "error: -3 attendees is out of range; "),
        (["activity", "add", "Bury", "--kind", "workshop", "--date", "2014-01-01"], "error: Bury has no lead officer to record the activity against; "),
        (["activity", "add", "Bury", "--kind", "workshop", "--date", "2014-01-01", "--officer", "Sam Jones", "--agency", "Police"], "error: no agency named 'Police' in Bury; "),
        (["activity", "add", "Bury", "--kind", "party", "--date", "2014-01-01"], "error: unknown activity kind 'party'; "),
        (["activity", "add", "Bury", "--kind", "workshop", "--date", "2014-02-30"], "error: the date '2014-02-30' is not a date; "),
        (["agency", "add", "Bury", "--type", "lscb", "--name", "BURY lscb"], "error: Bury already has an agency named 'Bury LSCB'; "),
        (["agency", "add", "Burry", "--type", "lscb", "--name", "Bury LSCB"], "error: no authority named 'Burry'; did you mean 'Bury'?"),
    ])
    func refused(arguments: [String], prefix: String) throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            try engage("agency", "add", "Bury", "--type", "LSCB", "--name", "Bury LSCB", in: database)
            let run = try EngageRunner.run(arguments, database: database)
            #expect(run.status == 65)
            #expect(run.errorLines.count == 1)
            #expect(run.stderr.hasPrefix(prefix), "\(run.stderr)")
            #expect(try engage("activity", "list", "--json", in: database).stdout == "[\n\n]\n")
            #expect((try json(try engage("agency", "list", "--json", in: database)) as? [Any])?.count == 1)
        }
    }

    @Test("Malformed options exit 64 with one line", arguments: [
        ["activity", "add", "Bury", "--kind", "workshop"],
        ["activity", "add", "Bury", "--kind", "workshop", "--date", "2014-01-01", "--attendees", "lots"],
        ["briefing", "send", "Health", "--network", "Clinks", "--authority", "Bury", "--date", "2014-01-01"],
        ["briefing", "send", "Health", "--agency", "Bury LSCB", "--date", "2014-01-01"],
        ["contact", "erase", "jo"],
        ["followup", "done", "1"],
    ])
    func usage(arguments: [String]) throws {
        let run = try EngageRunner.run(arguments)
        #expect(run.status == 64)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.hasPrefix("error: "))
    }

    @Test("briefing add, send to a network, an authority and an agency, and list with times sent")
    func briefings() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            try engage("agency", "add", "Somerset", "--type", "lscb", "--name", "Somerset LSCB", in: database)
            #expect(try engage("briefing", "add", "Health briefing", "--kind", "sector", "--sector", "health", in: database).stdout
                    == "added sector briefing 'Health briefing' for the Health sector\n")
            let locality = try engage("briefing", "add", "North and South", "--kind", "locality", "--authority", "Bury",
                                      "--authority", "Somerset", "--json", in: database)
            #expect((try json(locality) as? [String: Any])?["authorities"] as? [String] == ["Bury", "Somerset"])
            #expect(try engage("briefing", "send", "Health briefing", "--network", "Clinks", "--date", "2014-02-10", in: database).stdout
                    == "recorded 'Health briefing' sent to network Clinks on 2014-02-10\n")
            #expect(try engage("briefing", "send", "health briefing", "--authority", "bury", "--date", "2014-02-11", in: database).status == 0)
            #expect(try engage("briefing", "send", "North and South", "--agency", "Somerset LSCB", "--in", "Somerset",
                               "--date", "2014-02-12", in: database).status == 0)
            let unknown = try engage("briefing", "send", "Healthy", "--network", "Clinks", "--date", "2014-02-10", in: database)
            #expect(unknown.status == 65)
            #expect(unknown.errorLines == ["error: no briefing titled 'Healthy'; did you mean 'Health briefing'?"])
            let listed = try json(try engage("briefing", "list", "--json", in: database)) as? [[String: Any]]
            #expect(listed?.map { $0["title"] as? String } == ["Health briefing", "North and South"])
            #expect(listed?.map { $0["times_sent"] as? Int } == [2, 1])
        }
    }

    @Test("contact add, list, and erase; the follow-up it asked for stays")
    func contacts() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let added = try engage("contact", "add", "Bury", "Jo Smith", "--role", "LSCB Manager", "--email", "jo@example.org",
                                   "--phone", "0161 253 5000", "--json", in: database)
            let id = (try json(added) as? [String: Any])?["id"] as? Int
            #expect(id != nil)
            let bad = try engage("contact", "add", "Bury", "Al", "--role", "Head", "--email", "al-at-example", in: database)
            #expect(bad.status == 65 && bad.errorLines.count == 1)
            #expect(try engage("contact", "list", "Bury", in: database).stdout.contains("jo@example.org"))
            #expect(try engage("followup", "add", "Bury", "--summary", "Workshop", "--from", "jo smith", "--date", "2014-01-05", in: database).status == 0)
            let erased = try engage("contact", "erase", String(id ?? 0), in: database)
            #expect(erased.stdout == "erased contact \(id ?? 0) of Bury: 1 audit rows blanked, 1 follow-ups unlinked\n")
            #expect(try engage("contact", "list", "Bury", "--json", in: database).stdout == "[\n\n]\n")
            let again = try engage("contact", "erase", String(id ?? 0), in: database)
            #expect(again.status == 65 && again.errorLines.count == 1)
            let open = try json(try engage("followup", "list", "--json", in: database)) as? [[String: Any]]
            #expect(open?.count == 1 && open?.first?["contact_id"] == nil)
        }
    }

    @Test("followup add, list oldest first with OVERDUE, filters, done; a completed authority's request says how to reopen")
    func followUps() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let later = try engage("followup", "add", "Bury", "--summary", "Materials", "--kind", "materials", "--date", "2014-02-01",
                                   "--due", "2099-01-01", in: database)
            #expect(later.stdout == "added follow-up 1 for Bury, due 2099-01-01\n")
            #expect(try engage("followup", "add", "Somerset", "--summary", "Workshop", "--date", "2014-01-05", in: database).stdout
                    == "added follow-up 2 for Somerset, due 2014-02-04\n")
            let table = try engage("followup", "list", in: database).stdout.split(separator: "\n")
                .map { $0.split(separator: " ").map(String.init) }
            #expect(table.count == 4)
            #expect(table.first == ["ID", "AUTHORITY", "SUMMARY", "AGE", "DUE", "LATE"])
            #expect(table.dropFirst(2).map { Array($0.prefix(3)) } == [["2", "Somerset", "Workshop"], ["1", "Bury", "Materials"]])
            #expect(table.dropFirst(2).map { $0.last } == ["OVERDUE", "2099-01-01"])
            let overdue = try json(try engage("followup", "list", "--overdue", "--region", "SW", "--json", in: database)) as? [[String: Any]]
            #expect(overdue?.map { $0["id"] as? Int } == [2])
            #expect(overdue?.first?["overdue"] as? Bool == true)
            #expect(try engage("followup", "list", "--overdue", "--region", "NW", in: database).stdout == "no open follow-ups match\n")
            let unknownOfficer = try engage("followup", "list", "--officer", "Sam", in: database)
            #expect(unknownOfficer.errorLines == ["error: no officer named 'Sam'; did you mean 'Sam Jones'?"])

            let blank = try engage("followup", "done", "2", "--outcome", " ", in: database)
            #expect(blank.status == 65 && blank.errorLines.count == 1)
            #expect(try engage("followup", "done", "2", "--outcome", "Delivered", "--date", "2014-02-01", in: database).stdout
                    == "follow-up 2 for Somerset done on 2014-02-01\n")
            #expect((try json(try engage("followup", "list", "--json", in: database)) as? [Any])?.count == 1)
        }
    }

    @Test("A request to a completed authority adds a second line: it needs new work, and how to take it on again")
    func completedAuthority() throws {
        try TestDatabase.withMigrated { database in
            try seed(database)
            let connection = try database.connect()
            defer { connection.close() }
            try connection.execute("UPDATE authorities SET status = 'completed', stage = 4 WHERE name = 'Somerset'")
            let run = try engage("followup", "add", "somerset", "--summary", "A conference", "--kind", "conference",
                                 "--date", "2014-05-01", in: database)
            #expect(run.status == 0)
            #expect(run.stdout.split(separator: "\n").map(String.init) == [
                "added follow-up 1 for Somerset, due 2014-05-31",
                "Somerset is completed, so this needs new work: take it on again with 'engage authority reopen Somerset --officer NAME'",
            ])
        }
    }
}
