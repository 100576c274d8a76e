import Foundation
import TestSupport
import Testing

/// The CLI end to end: the built binary against a real database, exit codes and stderr included.
@Suite("engage on the command line")
struct CLITests {
    private func engage(_ arguments: String..., in database: TestDatabase? = nil, environment: [String: String] = [:]) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database, environment: environment)
    }

    @Test("--version and --help answer without a database")
    func versionAndHelp() throws {
        let version = try engage("--version")
        #expect(version.status == 0)
        #expect(version.stdout == "engage 0.1.0\n")
        let help = try engage("--help")
        #expect(help.status == 0)
        for command in ["migrate", "officer", "authority"] { #expect(help.stdout.contains("\n  \(command) ")) }
        let leaf = try engage("officer", "add", "--help")
        #expect(leaf.status == 0)
        #expect(leaf.stdout.contains("USAGE: engage officer add NAME --region REGION"))
        #expect(leaf.stdout.contains("EXAMPLES:"))
    }

    @Test("Usage mistakes exit 64 with one line naming the mistake and the nearest valid word", arguments: [
        (["ofiser", "list"], "error: unknown command 'ofiser' for 'engage'; did you mean 'officer'? (see 'engage --help')"),
        (["officer", "add", "Sam", "--regoin", "NW"],
         "error: unknown option '--regoin' for 'engage officer add'; did you mean '--region'? (see 'engage officer add --help')"),
        (["officer", "add", "Sam"], "error: missing option '--region REGION' for 'engage officer add' (see 'engage officer add --help')"),
        (["officer", "add", "Sam", "--region", "NW", "--cap", "lots"],
         "error: option '--cap' needs a whole number, got 'lots' (see 'engage officer add --help')"),
        (["authority", "show"], "error: missing argument NAME for 'engage authority show' (see 'engage authority show --help')"),
    ])
    func usageErrors(arguments: [String], line: String) throws {
        let run = try EngageRunner.run(arguments)
        #expect(run.status == 64)
        #expect(run.errorLines == [line])
        #expect(run.stdout.isEmpty)
    }

    @Test("An unreachable database exits 69 with one line saying how to start one")
    func unreachable() throws {
        let run = try engage("officer", "list", environment: ["PGHOST": "/nonexistent-engage-socket", "DATABASE_URL": ""])
        #expect(run.status == 69)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.hasPrefix("error: cannot reach the database: "))
        #expect(run.stderr.contains("scripts/db start"))
    }

    @Test("migrate applies the schema once, then reports it current; --status lists it")
    func migrate() throws {
        try TestDatabase.withEmpty { database in
            let first = try engage("migrate", in: database)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("applied 0001_initial ("))
            let again = try engage("migrate", in: database)
            #expect(again.stdout.hasPrefix("the database is up to date at version"))
            let status = try engage("migrate", "--status", "--json", in: database)
            let report = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
            let rows = report?["migrations"] as? [[String: Any]]
            #expect(rows?.first?["name"] as? String == "0001_initial")
            #expect(rows?.first?["state"] as? String == "applied")
        }
    }

    @Test("An installed binary outside the repository migrates from its embedded SQL")
    func embeddedMigrations() throws {
        try TestDatabase.withEmpty { database in
            let run = try EngageRunner.run(["migrate"], database: database, directory: URL(fileURLWithPath: "/"))
            #expect(run.status == 0, "\(run.stderr)")
            let status = try EngageRunner.run(["migrate", "--status"], database: database, directory: URL(fileURLWithPath: "/"))
            #expect(status.stdout.contains("migrations embedded in the binary"))
        }
    }

    @Test("officer add and list, with the cap, case-insensitive duplicates refused with exit 65")
    func officers() throws {
        try TestDatabase.withMigrated { database in
            let added = try engage("officer", "add", "Sam Jones", "--region", "North West", "--cap", "3", in: database)
            #expect(added.status == 0)
            #expect(added.stdout == "added officer Sam Jones (North West, cap 3)\n")
            #expect(try engage("officer", "add", "Ann Lee", "--region=SW", in: database).status == 0)

            let duplicate = try engage("officer", "add", "sam JONES", "--region", "London", in: database)
            #expect(duplicate.status == 65)
            #expect(duplicate.errorLines == ["error: officer 'Sam Jones' already exists; pick another name (names are unique ignoring case), or see 'engage officer list'"])

            let list = try engage("officer", "list", in: database)
            #expect(list.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") } == [
                "NAME REGION ACTIVE CAP", "───────── ────────── ────── ───", "Sam Jones North West 0 3", "Ann Lee South West 0 4",
            ])
            let json = try engage("officer", "list", "--json", in: database)
            let officers = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
            #expect(officers?.map { $0["name"] as? String } == ["Sam Jones", "Ann Lee"])
            #expect(officers?.first?["active_cap"] as? Int == 3)
            #expect(officers?.first?["region"] as? String == "north-west")
        }
    }

    @Test("Invalid data exits 65 with one line and changes nothing", arguments: [
        (["officer", "add", "Ann", "--region", "Narnia"], "error: unknown region 'Narnia'; use one of: North East, North West, Yorkshire and the Humber, East Midlands, West Midlands, East of England, London, South East, South West"),
        (["officer", "add", "Ann", "--region", "SW", "--cap", "51"], "error: a cap of 51 active authorities is out of range; use a number from 0 to 50"),
        (["officer", "add", "   ", "--region", "SW"], "error: the officer name is empty; give a name, e.g. \"Somerset\""),
        (["authority", "list", "--status", "finished"], "error: unknown status 'finished'; use one of: prospect, requested, waitlisted, active, paused, completed, signposted, closed"),
        (["authority", "show", "Atlantis"], "error: no authority named 'Atlantis'; see 'engage authority list', or add it with 'engage authority add'"),
    ])
    func invalidData(arguments: [String], line: String) throws {
        try TestDatabase.withMigrated { database in
            let run = try EngageRunner.run(arguments, database: database)
            #expect(run.status == 65)
            #expect(run.errorLines == [line])
            let officers = try EngageRunner.run(["officer", "list", "--json"], database: database)
            #expect(officers.stdout == "[\n\n]\n")
        }
    }

    @Test("authority add, list with filters, and show, in tables and JSON")
    func authorities() throws {
        try TestDatabase.withMigrated { database in
            #expect(try engage("authority", "add", "Somerset", "--region", "South West", "--profile", "Champions in 17 schools", in: database).status == 0)
            #expect(try engage("authority", "add", "Bury", "--region", "nw", in: database).status == 0)
            #expect(try engage("authority", "add", "Hull", "--region", "Yorkshire", in: database).status == 0)
            let duplicate = try engage("authority", "add", "BURY", "--region", "nw", in: database)
            #expect(duplicate.status == 65)

            let list = try engage("authority", "list", in: database)
            #expect(list.stdout.split(separator: "\n").dropFirst(2).map { $0.prefix(8).trimmingCharacters(in: .whitespaces) } == ["Bury", "Hull", "Somerset"])
            let filtered = try engage("authority", "list", "--region", "South West", "--status", "prospect", "--json", in: database)
            let rows = try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [[String: Any]]
            #expect(rows?.map { $0["name"] as? String } == ["Somerset"])
            #expect(rows?.first?["status"] as? String == "prospect")
            #expect((rows?.first?["created_at"] as? String)?.hasSuffix("Z") == true)

            let show = try engage("authority", "show", "somerset", in: database)
            #expect(show.stdout.contains("Authority:    Somerset\n"))
            #expect(show.stdout.contains("Profile:      Champions in 17 schools\n"))
            #expect(show.stdout.contains("Activities:   0\n"))
            let none = try engage("authority", "list", "--status", "active", in: database)
            #expect(none.stdout == "no authorities match these filters\n")
        }
    }

    @Test("A command on a database that was never migrated says to migrate")
    func unmigrated() throws {
        try TestDatabase.withEmpty { database in
            let run = try engage("authority", "list", in: database)
            #expect(run.status == 65)
            #expect(run.stderr.hasSuffix("run 'engage migrate'\n"))
        }
    }
}
