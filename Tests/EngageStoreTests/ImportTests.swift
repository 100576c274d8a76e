import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Importing CSV")
struct ImportTests {
    private let activityHeader = "authority,kind,date,sector,title,attendees,officer,planned,agencies,notes\n"

    /// Imports `body` under the activities header into a seeded store, expecting one refusal.
    private func refusedActivity(_ body: String) throws -> (ImportRefused?, activities: Int, audits: Int) {
        try withStore { store, probe in
            try seedForImport(store)
            let audits = try rows(probe, "audit_log")
            let outcome = try importCSV(store, .activities, activityHeader + "Somerset,presentation,2014-03-01,,ok,3,Sam Jones,,,\n" + body)
            return (outcome.refused, try rows(probe, "activities"), try rows(probe, "audit_log") - audits)
        }
    }

    @Test("Each kind of bad activity row is refused with its line and column, and nothing is written", arguments: [
        ("Somersett,presentation,2014-03-02,,a,,Sam Jones,,,", "authority", "no authority named 'Somersett'"),
        ("Somerset,presentation,2014-03-02,,a,,Sam Jonas,,,", "officer", "no officer named 'Sam Jonas'"),
        ("Somerset,presentation,2014-03-02,,a,,Sam Jones,,Nowhere Board,", "agencies", "no agency named 'Nowhere Board' in Somerset"),
        ("Somerset,presentation,2014-02-30,,a,,Sam Jones,,,", "date", "the date '2014-02-30' is not a date"),
        ("Somerset,presentation,,,a,,Sam Jones,,,", "date", "the date is missing"),
        ("Somerset,talk,2014-03-02,,a,,Sam Jones,,,", "kind", "unknown activity kind 'talk'"),
        ("Somerset,presentation,2014-03-02,schoolz,a,,Sam Jones,,,", "sector", "unknown sector 'schoolz'"),
        ("Somerset,presentation,2014-03-02,,a,-4,Sam Jones,,,", "attendees", "a negative number of attendees (-4)"),
        ("Somerset,presentation,2014-03-02,,a,many,Sam Jones,,,", "attendees", "'many' is not a whole number"),
        ("Somerset,presentation,2199-03-02,,a,,Sam Jones,,,", "date", "the activity's date 2199-03-02 is in the future"),
        ("Somerset,presentation,2014-03-02,,a,,Sam Jones,perhaps,,", "planned", "'perhaps' is not true or false"),
        ("Somerset,presentation,2014-03-02,,a,,,,,", "officer", "the officer is missing"),
        (",stall,2014-03-02,,a,,Sam Jones,,,", "sector", "a national activity (no authority) needs the sector"),
        ("Somerset,presentation,2014-03-01,,ok,3,Sam Jones,,,", "title", "the same authority, kind, date, title and officer as line 2"),
        ("Somerset,presentation,2014-03-02,,a", "attendees", "the row has 5 fields but the header 10"),
    ])
    func badActivity(row: String, column: String, message: String) throws {
        try expectOneBadRow(row, column: column, message: message)
    }

    @Test("A control character its column does not allow is refused with line, column and place, before any other rule", arguments: [
        ("Somerset,presentation,2014-03-02,,a,,Sam Jones,,,\"note\u{0}x\"", "notes",
         "the notes field contains a NUL character (U+0000) at character 5; remove it; line breaks and tabs are allowed, other control characters are not"),
        ("Somerset,talk,2014-03-02,,a,,Sam Jones,,,\"\u{0}\"", "notes", "the notes field contains a NUL character (U+0000) at character 1;"),
        ("Somerset,presentation,2014-03-02,,\"a\tb\",,Sam Jones,,,", "title", "the title field contains a tab (U+0009) at character 2; write it on one line"),
        ("Somerset,presentation,2014-03-02,,\"two\nlines\",,Sam Jones,,,", "title", "the title field contains a line break (U+000A) at character 4;"),
        ("Some\u{1B}[31mrset,presentation,2014-03-02,,a,,Sam Jones,,,", "authority", "the authority field contains an escape character (U+001B) at character 5;"),
        ("Somerset,presentation,2014-03-02\u{0},,a,,Sam Jones,,,", "date", "the date field contains a NUL character (U+0000) at character 11;"),
        ("Somerset,presentation,2014-03-02,,a,,Sam Jones,,\"Somerset LSCB\n\u{7}Bell\",", "agencies",
         "the agencies field contains a control character (U+0007) at character 15; write one name per line"),
        ("Somerset,presentation,2014-03-02,,a,,Sam Jones,,\"Somerset\tLSCB\",", "agencies", "the agencies field contains a tab (U+0009) at character 9;"),
        ("Somerset,presentation,2014-03-02,,a,,Sam Jones,,,\"\u{9B}\"", "notes", "the notes field contains a control character (U+009B) at character 1;"),
    ])
    func controlCharacters(row: String, column: String, message: String) throws {
        try expectOneBadRow(row, column: column, message: message)
    }

    /// An activity file whose second row is `row` is refused for that row alone, at `column`,
    /// with a message starting `message`, and nothing is written.
    private func expectOneBadRow(_ row: String, column: String, message: String) throws {
        let (refused, activities, audits) = try refusedActivity(row + "\n")
        #expect(refused?.bad == 1 && refused?.rows == 2)
        let error = try #require(refused?.errors.first)
        #expect(error.line == 3 && error.column == column)
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect(activities == 0 && audits == 0)
    }

    @Test("Notes may break lines and hold tabs, and agencies are named one per line; the other kinds' columns are checked too")
    func allowedLayouts() throws {
        try withStore { store, probe in
            try seedForImport(store)
            _ = try store.addAgency(NewAgency(authority: "Somerset", name: "Somerset heads", type: .schools,
                                              identifiedOn: try Day.parse("2014-01-10"), today: Day.today()))
            let text = activityHeader + "Somerset,workshop,2014-03-02,,a,,Sam Jones,,\"Somerset LSCB\r\nSomerset heads\",\"one\r\n\ttwo\"\n"
            #expect(try importCSV(store, .activities, text).summary?.added == 1)
            #expect(try count(probe, "SELECT count(*) FROM activity_agencies") == 2)
            #expect(try count(probe, "SELECT count(*) FROM activities WHERE notes = E'one\\r\\n\\ttwo'") == 1)
            let refusals: [(ImportKind, String, String)] = [
                (.authorities, "name,region,profile\nLeeds,YH,\"Big\u{0}city\"\n", "profile"),
                (.agencies, "authority,name,type\nSomerset,\"Police\ngroup\",police\n", "name"),
                (.followups, "authority,request,opened_on,closed_on,outcome\nBury,More,2014-04-01,2014-04-02,\"Done\u{0}\"\n", "outcome"),
                (.followups, "authority,request,opened_on\nBury,\"More\nplease\",2014-04-01\n", "request"),
            ]
            for (kind, text, column) in refusals {
                let error = try importCSV(store, kind, text).refused?.errors.first
                #expect(error?.line == 2 && error?.column == column, "\(kind): \(String(describing: error))")
            }
        }
    }

    @Test("--skip-bad writes a bad row's NUL as U+FFFD (PostgreSQL's text cannot hold NUL) and stores the good rows")
    func skipBadNul() throws {
        try withStore { store, probe in
            try seedForImport(store)
            let text = activityHeader + "Bury,workshop,2014-03-02,,good,,Ann Lee,,,\nBury,workshop,2014-03-03,,bad,,Ann Lee,,,\"a\u{0}b\"\n"
            let outcome = try importCSV(store, .activities, text, skipBad: true)
            #expect(outcome.summary?.added == 1 && outcome.summary?.skipped == 1)
            #expect(outcome.badFile.contains(",Bury,workshop,2014-03-03,,bad,,Ann Lee,,,a\u{FFFD}b,\"line 3, column notes: the notes field contains a NUL"))
            #expect(try rows(probe, "activities") == 1)
        }
    }

    @Test("Bad enum values, dates and duplicates of the other kinds are refused with line and column", arguments: [
        (ImportKind.authorities, "name,region\nBury,NW\nNarnia,Middle Earth\n", 3, "region", "unknown region 'Middle Earth'"),
        (.authorities, "name,region\nLeeds,YH\nleeds,Yorkshire\n", 3, "name", "the authority 'leeds' is also on line 2"),
        (.authorities, "name,region\n,NW\n", 2, "name", "the name is missing"),
        (.agencies, "authority,name,type\nSomerset,Police group,cops\n", 2, "type", "unknown agency type 'cops'"),
        (.agencies, "authority,name,type\nWigan,Wigan LSCB,lscb\n", 2, "authority", "no authority named 'Wigan'"),
        (.agencies, "authority,name,type,identified_on\nSomerset,Health board,health,2199-01-01\n", 2, "identified_on", "the date 2199-01-01 is in the future"),
        (.agencies, "authority,name,type,identified_on,reached_on\nSomerset,Health board,health,2014-02-01,2014-01-01\n", 2, "reached_on", "reached on 2014-01-01, before"),
        (.followups, "authority,request,opened_on\nSomerset,More,2014-05-01\nSomerset,More,2014-05-01\n", 3, "request", "the same authority, opened_on and request as line 2"),
        (.followups, "authority,request,kind,opened_on\nSomerset,More,party,2014-05-01\n", 2, "kind", "unknown follow-up kind 'party'"),
        (.followups, "authority,request,opened_on,due_on\nSomerset,More,2014-05-01,2014-04-01\n", 2, "due_on", "due on 2014-04-01, before"),
        (.followups, "authority,request,opened_on,outcome\nSomerset,More,2014-05-01,Done\n", 2, "closed_on", "an outcome is given but no closed_on"),
    ])
    func badOtherKinds(kind: ImportKind, text: String, line: Int, column: String, message: String) throws {
        try withStore { store, probe in
            try seedForImport(store)
            let before = try [rows(probe, "authorities"), rows(probe, "agencies"), rows(probe, "followups"), rows(probe, "audit_log")]
            let error = try #require(try importCSV(store, kind, text).refused?.errors.first)
            #expect(error.line == line && error.column == column)
            #expect(error.message.hasPrefix(message), "\(error.message)")
            let after = try [rows(probe, "authorities"), rows(probe, "agencies"), rows(probe, "followups"), rows(probe, "audit_log")]
            #expect(before == after)
        }
    }

    @Test("A refusal lists at most 20 problems, by line, and counts them all")
    func firstTwenty() throws {
        let body = (0..<30).map { "Somerset,talk,2014-03-02,,t\($0),,Sam Jones,,," }.joined(separator: "\n")
        let (refused, activities, _) = try refusedActivity(body)
        #expect(refused?.bad == 30 && refused?.errors.count == 20 && activities == 0)
        #expect(refused?.errors.map(\.line) == Array(3...22))
        #expect(refused?.errors.first?.description.hasPrefix("line 3, column kind: unknown activity kind 'talk'") == true)
    }

    @Test("A bad header is refused before any row: unknown, repeated and missing columns")
    func badHeader() throws {
        try withStore { store, _ in
            for (text, expected) in [("name,regoin\n", "unknown column 'regoin'"), ("name,region,Name\n", "named twice"),
                                     ("profile\n", "required column 'name' is missing"), ("", "is empty")] {
                let error = engageError { _ = try importCSV(store, .authorities, text) }
                #expect(error?.message.contains(expected) == true, "\(String(describing: error))")
            }
        }
    }

    @Test("--skip-bad stores the good rows and writes exactly the bad ones, with the header and why")
    func skipBad() throws {
        try withStore { store, probe in
            try seedForImport(store)
            let text = activityHeader + #"""
                Somerset,presentation,2014-03-01,,one,3,Sam Jones,,Somerset LSCB,
                Bury,workshop,2014-03-02,,two,,Ann Leigh,,,
                Bury,workshop,2014-03-03,,"three, quoted",,Ann Lee,no,,"a ""note"""
                Bury,stall,1999-13-01,,four,,Ann Lee,,,

                """#
            let outcome = try importCSV(store, .activities, text, skipBad: true)
            #expect(outcome.summary == ImportSummary(kind: .activities, file: "test.csv", rows: 4, added: 2, unchanged: 0, skipped: 2))
            #expect(outcome.badFile == """
                ref,authority,kind,date,sector,title,attendees,officer,planned,agencies,notes,error
                ,Bury,workshop,2014-03-02,,two,,Ann Leigh,false,,,"line 3, column officer: no officer named 'Ann Leigh'; add them with 'engage officer add', or see 'engage officer list'"
                ,Bury,stall,1999-13-01,,four,,Ann Lee,,,,"line 5, column date: the date '1999-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2014-03-31"

                """)
            #expect(try rows(probe, "activities") == 2 && rows(probe, "activity_agencies") == 1)
            #expect(try count(probe, "SELECT count(*) FROM agencies WHERE reached_on = '2014-03-01'") == 1)
            #expect(try count(probe, "SELECT count(*) FROM activities WHERE notes = 'a \"note\"' AND title = 'three, quoted'") == 1)
        }
    }

    @Test("Importing the same file again changes nothing: every row unchanged, one audit row per import")
    func reimport() throws {
        try withStore { store, probe in
            try seedForImport(store)
            let files: [(ImportKind, String)] = [
                (.authorities, "name,region,profile\nLeeds,YH,Big city\nSOMERSET,SW,ignored\n"),
                (.agencies, "authority,name,type\nLeeds,Leeds LSCB,lscb\n,National network,other\n"),
                (.activities, activityHeader + "Leeds,presentation,2014-03-01,,,,Ann Lee,,Leeds LSCB,\n,stall,2014-03-02,prisons,,,Sam Jones,,,\n"),
                (.followups, "authority,request,opened_on\nLeeds,More please,2014-04-01\n"),
            ]
            for (kind, text) in files {
                let first = try #require(try importCSV(store, kind, text).summary)
                let again = try #require(try importCSV(store, kind, text).summary)
                #expect(again.added == 0 && again.unchanged == again.rows && again.rows == first.rows, "\(kind)")
            }
            #expect(try count(probe, "SELECT count(*) FROM authorities WHERE name = 'Somerset' AND profile IS NULL") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action LIKE 'import.%'") == 8)
            let audit = try probe.execute("SELECT details->>'added' AS added, details->>'file' AS file FROM audit_log WHERE action = 'import.authorities' ORDER BY id LIMIT 1").singleRow()
            #expect(try audit.decode("added", as: String.self) == "1" && audit.decode("file", as: String.self) == "test.csv")
            #expect(try count(probe, "SELECT count(*) FROM stage_changes s JOIN authorities a ON a.id = s.authority_id WHERE a.name = 'Leeds'") == 1)
        }
    }

    @Test("A row with a ref matches only the record with that ref: rows that share a natural key are added, each with its ref")
    func refs() throws {
        try withStore { store, probe in
            try seedForImport(store)
            let (first, second) = ("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "6fa459ea-ee8a-3ca4-894e-db77e160355e")
            let text = "ref,authority,kind,date,officer,notes\n"
                + "\(first),Somerset,workshop,2014-03-01,Sam Jones,one\n"
                + "\(second.uppercased()),Somerset,workshop,2014-03-01,Sam Jones,two\n"
                + ",Somerset,workshop,2014-03-01,Sam Jones,no ref\n"
            #expect(try importCSV(store, .activities, text).summary?.added == 3)
            let stored = try probe.execute("SELECT ref::text, notes FROM activities WHERE notes <> 'no ref' ORDER BY notes").map {
                "\(try $0.decode("ref", as: String.self)) \(try $0.decode("notes", as: String.self))"
            }
            #expect(stored == ["\(first) one", "\(second) two"])
            // Again, and with a stored ref's other columns changed: nothing is added or overwritten.
            #expect(try importCSV(store, .activities, text).summary?.unchanged == 3)
            let changed = "ref,authority,kind,date,officer,notes\n\(first),Bury,stall,2014-04-01,Ann Lee,changed\n"
            #expect(try importCSV(store, .activities, changed).summary?.unchanged == 1)
            #expect(try count(probe, "SELECT count(*) FROM activities WHERE notes = 'changed'") == 0 && rows(probe, "activities") == 3)
            let followUps = "ref,authority,request,kind,opened_on\n\(first),Bury,More please,workshop,2014-04-01\n"
                + "\(second),Bury,More please,materials,2014-04-01\n"
            #expect(try importCSV(store, .followups, followUps).summary?.added == 2)
            #expect(try importCSV(store, .followups, followUps).summary?.unchanged == 2)
        }
    }

    @Test("A ref given twice in a file, or one that is not a UUID, is refused with its line and column", arguments: [
        (ImportKind.activities, "ref,authority,kind,date,officer\n1b4e28ba-2fa1-11d2-883f-0016d3cca427,Somerset,workshop,2014-03-01,Sam Jones\n"
            + "1B4E28BA-2FA1-11D2-883F-0016D3CCA427,Bury,stall,2014-03-02,Ann Lee\n", 3,
         "the ref 1b4e28ba-2fa1-11d2-883f-0016d3cca427 is also on line 2"),
        (.followups, "ref,authority,request,opened_on\n1b4e28ba-2fa1-11d2-883f-0016d3cca427,Bury,More,2014-04-01\n"
            + "1b4e28ba-2fa1-11d2-883f-0016d3cca427,Somerset,Other,2014-04-02\n", 3, "the ref 1b4e28ba-2fa1-11d2-883f-0016d3cca427 is also on line 2"),
        (.activities, "ref,authority,kind,date,officer\n17,Somerset,workshop,2014-03-01,Sam Jones\n", 2, "'17' is not a ref"),
        (.followups, "ref,authority,request,opened_on\n1b4e28ba-2fa1-11d2-883f-0016d3cca42g,Bury,More,2014-04-01\n", 2,
         "'1b4e28ba-2fa1-11d2-883f-0016d3cca42g' is not a ref"),
    ])
    func badRefs(kind: ImportKind, text: String, line: Int, message: String) throws {
        try withStore { store, probe in
            try seedForImport(store)
            let refused = try importCSV(store, kind, text).refused
            let error = try #require(refused?.errors.first)
            #expect(refused?.bad == 1 && error.line == line && error.column == "ref")
            #expect(error.message.hasPrefix(message), "\(error.message)")
            #expect(try rows(probe, "activities") + rows(probe, "followups") == 0)
        }
    }

    @Test("A planned activity may be in the future; reaching an agency waits until it happens")
    func planned() throws {
        try withStore { store, probe in
            try seedForImport(store)
            let outcome = try importCSV(store, .activities, activityHeader + "Somerset,workshop,2199-01-01,,,,Sam Jones,true,Somerset LSCB,\n")
            #expect(outcome.summary?.added == 1)
            #expect(try count(probe, "SELECT count(*) FROM agencies WHERE reached_on IS NULL") == 2)
        }
    }
}
