import Foundation
import TestSupport
import Testing

/// The workflow commands end to end through the built binary.
@Suite("engage workflow on the command line")
struct WorkflowCLITests {
    /// Runs engage against `database`, failing the test with stderr when it should succeed and did not.
    @discardableResult
    private func ok(_ arguments: String..., in database: TestDatabase) throws -> EngageRun {
        let run = try EngageRunner.run(arguments, database: database)
        #expect(run.status == 0, "engage \(arguments.joined(separator: " ")): \(run.stderr)")
        return run
    }

    private func engage(_ arguments: String..., in database: TestDatabase) throws -> EngageRun {
        try EngageRunner.run(arguments, database: database)
    }

    /// Jo (North West, cap 2) and four North West prospects.
    private func setUp(_ database: TestDatabase) throws {
        try ok("officer", "add", "Jo Whitfield", "--region", "NW", "--cap", "2", in: database)
        for name in ["Bury", "Sefton", "Oldham", "Wigan"] { try ok("authority", "add", name, "--region", "NW", in: database) }
    }

    @Test("Beyond the cap, assign exits 65 with one line naming officer, cap and holders; --waitlist waitlists instead")
    func capacity() throws {
        try TestDatabase.withMigrated { database in
            try setUp(database)
            try ok("authority", "assign", "Bury", "--officer", "Jo Whitfield", in: database)
            try ok("authority", "assign", "sefton", "--officer", "jo whitfield", in: database)
            let refused = try engage("authority", "assign", "Oldham", "--officer", "Jo Whitfield", in: database)
            #expect(refused.status == 65)
            #expect(refused.errorLines == ["error: cannot take on Oldham: Jo Whitfield is at their cap of 2 active authorities (Bury, Sefton); add --waitlist to put it on the waitlist instead, or signpost it with 'engage authority signpost Oldham --to WHERE'"])
            let waitlisted = try ok("authority", "assign", "Oldham", "--officer", "Jo Whitfield", "--waitlist", in: database)
            #expect(waitlisted.stdout.hasSuffix("put Oldham on the waitlist instead\n"))
            let paused = try ok("authority", "pause", "Bury", "--reason", "LSCB restructure", in: database)
            #expect(paused.stdout.contains("a place is free; next on the waitlist: Oldham (North West, waiting since "))
            let list = try ok("waitlist", "--json", in: database)
            let entries = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
            #expect(entries?.map { $0["authority"] as? String } == ["Oldham"])
        }
    }

    @Test("advance refuses with what is missing (exit 65), --override records why, history shows it")
    func gatesAndHistory() throws {
        try TestDatabase.withMigrated { database in
            try setUp(database)
            try ok("authority", "assign", "Bury", "--officer", "Jo Whitfield", "--as", "manager", in: database)
            let refused = try engage("authority", "advance", "Bury", in: database)
            #expect(refused.status == 65)
            #expect(refused.stderr.hasPrefix("error: Bury cannot move to stage 2 yet: stage 1 (Research and mapping) needs a forum or agency identified and a locality briefing written for it;"))
            let advanced = try ok("authority", "advance", "Bury", "--override", "mapped in 2013", "--as", "manager", in: database)
            #expect(advanced.stdout == "Bury: active, stage 1, led by Jo Whitfield → active, stage 2, led by Jo Whitfield\n")
            let back = try engage("authority", "advance", "Bury", "--to", "1", in: database)
            #expect(back.status == 64)
            try ok("authority", "advance", "Bury", "--to", "1", "--reason", "briefing withdrawn", in: database)
            let history = try ok("authority", "history", "Bury", in: database)
            #expect(history.stdout.contains("OVERRIDE: mapped in 2013"))
            #expect(history.stdout.contains("briefing withdrawn"))
            let json = try ok("authority", "history", "Bury", "--json", in: database)
            let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let changes = report?["changes"] as? [[String: Any]]
            #expect(changes?.compactMap { $0["overridden"] as? Bool } == [false, false, true, false])
            #expect(changes?[2]["changed_by"] as? String == "manager")
        }
    }

    @Test("Lifecycle mistakes are one line and exit 65 or 64", arguments: [
        (["authority", "resume", "Bury"], 65, "error: Bury is prospect, so it cannot be resumed; assign it first with 'engage authority assign Bury --officer NAME'"),
        (["authority", "assign", "Bury", "--officer", "Nobody"], 65, "error: no officer named 'Nobody'; see 'engage officer list'"),
        (["authority", "assign", "Bury", "--officer", "Jo Whitfield", "--stage", "3"], 65, "error: starting Bury at stage 3 needs a reason; add --reason \"…\", e.g. what the authority already has in place"),
        (["authority", "assign", "Bury", "--officer", "Jo Whitfield", "--stage", "5"], 64, "error: option '--stage' needs a whole number between 1 and 4, got 5 (see 'engage authority assign --help')"),
        (["authority", "signpost", "Bury"], 64, "error: missing option '--to WHERE' for 'engage authority signpost' (see 'engage authority signpost --help')"),
        (["officer", "set-cap", "Jo Whitfield", "99"], 65, "error: a cap of 99 active authorities is out of range; use a number from 0 to 50"),
        (["settings", "set", "team-cap", "lots"], 64, "error: team-cap needs a number or 'none', got 'lots' (see 'engage settings set --help')"),
    ])
    func mistakes(arguments: [String], status: Int32, line: String) throws {
        try TestDatabase.withMigrated { database in
            try setUp(database)
            let run = try EngageRunner.run(arguments, database: database)
            #expect(run.status == status)
            #expect(run.errorLines == [line])
        }
    }

    @Test("workload shows each officer's load against the cap, FULL at cap, the team cap and the waitlist")
    func workload() throws {
        try TestDatabase.withMigrated { database in
            try setUp(database)
            try ok("officer", "add", "Alex Morgan", "--region", "SW", in: database)
            try ok("settings", "set", "team-cap", "4", in: database)
            try ok("authority", "assign", "Bury", "--officer", "Jo Whitfield", in: database)
            try ok("authority", "assign", "Sefton", "--officer", "Jo Whitfield", in: database)
            try ok("authority", "waitlist", "Wigan", in: database)
            let text = try ok("workload", in: database).stdout
            #expect(text.contains("Jo Whitfield  2/2 FULL  Bury           1     0           0\n                        Sefton"))
            #expect(text.contains("Alex Morgan        0/4  —"))
            #expect(text.contains("team-cap: 4 (2 active)"))
            #expect(text.contains("at cap: Jo Whitfield"))
            #expect(text.contains("waitlist: North West 1"))
            let json = try ok("workload", "--json", in: database).stdout
            let workload = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let officers = workload?["officers"] as? [[String: Any]]
            #expect((officers?.first?["active"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Bury", "Sefton"])
            #expect((workload?["team"] as? [String: Any])?["cap"] as? Int == 4)
        }
    }

    @Test("audit shows who did what; a refused command leaves no audit row")
    func audit() throws {
        try TestDatabase.withMigrated { database in
            try setUp(database)
            try ok("authority", "assign", "Bury", "--officer", "Jo Whitfield", "--as", "Priya", in: database)
            _ = try engage("authority", "advance", "Bury", "--as", "Priya", in: database)
            let json = try ok("audit", "--authority", "Bury", "--json", in: database).stdout
            let entries = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
            #expect(entries?.map { $0["action"] as? String } == ["authority.assign", "authority.add"])
            #expect(entries?.first?["actor"] as? String == "Priya")
            let after = (entries?.first?["details"] as? [String: Any])?["after"] as? [String: Any]
            #expect(after?["status"] as? String == "active")
            #expect(after?["lead_officer"] as? String == "Jo Whitfield")
        }
    }

    @Test("authority list filters by stage and officer together")
    func listFilters() throws {
        try TestDatabase.withMigrated { database in
            try setUp(database)
            try ok("authority", "assign", "Bury", "--officer", "Jo Whitfield", "--stage", "2", "--reason", "forums engaged already", in: database)
            try ok("authority", "assign", "Sefton", "--officer", "Jo Whitfield", in: database)
            let json = try ok("authority", "list", "--officer", "jo whitfield", "--stage", "2", "--json", in: database).stdout
            let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
            #expect(rows?.map { $0["name"] as? String } == ["Bury"])
        }
    }
}

/// Tokens end to end through the built binary.
@Suite("engage token on the command line")
struct TokenCLITests {
    @Test("create prints the token once; list never shows it; revoke works once")
    func tokens() throws {
        try TestDatabase.withMigrated { database in
            let created = try EngageRunner.run(["token", "create", "--user", "Pat", "--role", "viewer"], database: database)
            #expect(created.status == 0)
            let secret = created.stdout.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
            #expect(secret.hasPrefix("engage_"))
            let list = try EngageRunner.run(["token", "list", "--json"], database: database)
            #expect(list.stdout.contains("\"user\" : \"Pat\""))
            #expect(!list.stdout.contains(secret))
            #expect(try EngageRunner.run(["token", "revoke", "1"], database: database).stdout == "revoked token 1 of Pat\n")
            let again = try EngageRunner.run(["token", "revoke", "1"], database: database)
            #expect(again.status == 65)
            #expect(again.errorLines == ["error: token 1 of Pat is already revoked"])
            let badRole = try EngageRunner.run(["token", "create", "--user", "Pat", "--role", "admin"], database: database)
            #expect(badRole.errorLines == ["error: unknown role 'admin'; use one of: viewer, officer, manager"])
        }
    }
}
