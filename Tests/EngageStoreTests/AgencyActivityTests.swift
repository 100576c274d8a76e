import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Agencies and activities in the store")
struct AgencyActivityTests {
    private let today = Day.today()

    private func day(_ text: String) throws -> Day { try Day.parse(text) }

    /// Somerset with Sam as lead officer (active at stage 1), and Bury without a lead.
    private func seed(_ store: Store, _ probe: Connection) throws {
        let sam = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .southWest))
        _ = try store.addOfficer(NewOfficer(name: "Ann Lee", region: .northWest))
        _ = try store.addAuthority(NewAuthority(name: "Somerset", region: .southWest))
        _ = try store.addAuthority(NewAuthority(name: "Bury", region: .northWest))
        try probe.execute("UPDATE authorities SET status = 'active', stage = 1, lead_officer_id = \(sam.id) WHERE name = 'Somerset'")
    }

    private func agency(_ name: String, in authority: String = "Somerset", type: AgencyType = .lscb, on date: String = "2014-01-10") throws -> NewAgency {
        try NewAgency(authority: authority, name: name, type: type, identifiedOn: try day(date), today: today)
    }

    private func activity(in authority: String = "Somerset", _ kind: ActivityKind = .presentation, on date: String,
                          agencies: [String] = [], type: AgencyType? = nil, officer: String? = nil,
                          planned: Bool = false) throws -> NewActivity {
        try NewActivity(scope: .authority(authority), kind: kind, date: try day(date), agencies: agencies, newAgencyType: type,
                        officer: officer, planned: planned, today: today)
    }

    private func audits(_ probe: Connection) throws -> Int { try count(probe, "SELECT count(*) FROM audit_log") }

    @Test("An agency is added with its type and forum flag, audited; the same name in any case is refused")
    func addAgency() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let lscb = try store.addAgency(try agency("Somerset LSCB"))
            #expect(lscb.isForum && lscb.type == .lscb && lscb.reachedOn == nil && lscb.authority == "Somerset")
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'agency.add' AND entity_id = \(lscb.id)") == 1)
            let before = try audits(probe)
            let error = engageError { _ = try store.addAgency(try agency("SOMERSET lscb", type: .other)) }
            #expect(error?.kind == .duplicate)
            #expect(error?.message == "Somerset already has an agency named 'Somerset LSCB'")
            #expect(try audits(probe) == before)
            // The same name in another authority is fine.
            _ = try store.addAgency(try agency("Somerset LSCB", in: "Bury"))
            #expect(try store.agencies(in: "somerset").map(\.name) == ["Somerset LSCB"])
            #expect(try store.agencies(type: .lscb).count == 2)
            #expect(try store.agencies(type: .police).isEmpty)
            #expect(engageError { _ = try store.addAgency(try agency("X", in: "Somers")) }?.kind == .notFound)
        }
    }

    @Test("An activity reaches the agencies named and sets when each was first reached: the earliest date")
    func reachesAgencies() throws {
        try withStore { store, probe in
            try seed(store, probe)
            _ = try store.addAgency(try agency("Somerset LSCB"))
            let first = try store.addActivity(try activity(on: "2014-03-12", agencies: ["somerset lscb"]))
            #expect(first.agencies == ["Somerset LSCB"])
            #expect(first.officer == "Sam Jones")
            #expect(try store.agencies(in: "Somerset").first?.reachedOn == (try day("2014-03-12")))
            _ = try store.addActivity(try activity(.workshop, on: "2014-04-01", agencies: ["Somerset LSCB"]))
            #expect(try store.agencies(in: "Somerset").first?.reachedOn == (try day("2014-03-12")))
            // An earlier activity, also before the agency was identified, moves both dates back.
            _ = try store.addActivity(try activity(.update, on: "2013-12-01", agencies: ["Somerset LSCB"]))
            let reached = try store.agencies(in: "Somerset").first
            #expect(reached?.reachedOn == (try day("2013-12-01")))
            #expect(reached?.identifiedOn == (try day("2013-12-01")))
            #expect(try count(probe, "SELECT count(*) FROM activity_agencies") == 3)
        }
    }

    @Test("A planned activity reaches no agency yet")
    func plannedReachesNothing() throws {
        try withStore { store, probe in
            try seed(store, probe)
            _ = try store.addAgency(try agency("Somerset LSCB"))
            let planned = try store.addActivity(try NewActivity(scope: .authority("Somerset"), kind: .workshop, date: today.adding(days: 7),
                                                                agencies: ["Somerset LSCB"], planned: true, today: today))
            #expect(planned.planned)
            #expect(try store.agencies(in: "Somerset").first?.reachedOn == nil)
        }
    }

    @Test("An unknown agency is created as reached when --agency-type is given, else refused with nothing written")
    func autoCreate() throws {
        try withStore { store, probe in
            try seed(store, probe)
            _ = try store.addAgency(try agency("Somerset LSCB"))
            let before = try audits(probe)
            let refused = engageError { _ = try store.addActivity(try activity(.workshop, on: "2014-02-12", agencies: ["Somerset heads"])) }
            #expect(refused?.kind == .notFound)
            #expect(refused?.message == "no agency named 'Somerset heads' in Somerset")
            #expect(refused?.hint?.contains("did you mean 'Somerset LSCB'?") == true)
            #expect(refused?.hint?.contains("--agency-type") == true)
            #expect(try audits(probe) == before)
            #expect(try count(probe, "SELECT count(*) FROM activities") == 0)

            let added = try store.addActivity(try activity(.workshop, on: "2014-02-12", agencies: ["Somerset heads", "Somerset LSCB"], type: .schools))
            #expect(added.agencies == ["Somerset heads", "Somerset LSCB"])
            let heads = try store.agencies(in: "Somerset", type: .schools)
            #expect(heads.map(\.name) == ["Somerset heads"])
            #expect(heads.first?.reachedOn == (try day("2014-02-12")))
            #expect(heads.first?.identifiedOn == (try day("2014-02-12")))
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'agency.add'") == 2)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'activity.add'") == 1)
        }
    }

    @Test("The officer defaults to the lead officer; without one, --officer is needed")
    func officers() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let refused = engageError { _ = try store.addActivity(try activity(in: "Bury", on: "2014-02-12")) }
            #expect(refused?.kind == .refused)
            #expect(refused?.hint?.contains("--officer NAME") == true)
            #expect(engageError { _ = try store.addActivity(try activity(in: "Bury", on: "2014-02-12", officer: "Ann")) }?.hint == "did you mean 'Ann Lee'?")
            #expect(try store.addActivity(try activity(in: "Bury", on: "2014-02-12", officer: "ann lee")).officer == "Ann Lee")
            #expect(try store.addActivity(try activity(on: "2014-02-12", officer: "Ann Lee")).officer == "Ann Lee")
            #expect(try store.addActivity(try activity(on: "2014-02-13")).officer == "Sam Jones")
            #expect(engageError { _ = try store.addActivity(try activity(in: "Atlantis", on: "2014-02-12")) }?.kind == .notFound)
        }
    }

    @Test("A national activity has a sector and no authority; lists filter by authority, period and kind together")
    func nationalAndLists() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let national = try store.addActivity(try NewActivity(scope: .national, kind: .stall, date: try day("2014-06-20"),
                                                                 sector: .prisons, officer: "Sam Jones", today: today))
            #expect(national.authority == nil && national.sector == .prisons)
            _ = try store.addActivity(try activity(.workshop, on: "2014-02-01"))
            _ = try store.addActivity(try activity(.presentation, on: "2014-03-01"))
            _ = try store.addActivity(try activity(in: "Bury", .workshop, on: "2014-02-15", officer: "Ann Lee"))
            #expect(try store.activities(Activity.Filter()).map(\.occurredOn.description) == ["2014-02-01", "2014-02-15", "2014-03-01", "2014-06-20"])
            #expect(try store.activities(Activity.Filter(authority: "somerset")).count == 2)
            #expect(try store.activities(Activity.Filter(kind: .workshop)).count == 2)
            let combined = try store.activities(Activity.Filter(authority: "Somerset", from: try day("2014-01-01"),
                                                                to: try day("2014-02-28"), kind: .workshop))
            #expect(combined.map(\.occurredOn) == [try day("2014-02-01")])
            #expect(try store.activities(Activity.Filter(from: try day("2014-03-01"))).count == 2)
        }
    }

    @Test("A command that fails part-way leaves no row and no audit row behind")
    func atomic() throws {
        try withStore { store, probe in
            try seed(store, probe)
            let before = try audits(probe)
            // Make the activity insert fail after the new agency and its audit row were written.
            try probe.executeScript("""
                CREATE FUNCTION refuse_activity() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
                CREATE TRIGGER refuse_activity BEFORE INSERT ON activities FOR EACH ROW EXECUTE FUNCTION refuse_activity();
                """)
            #expect(throws: (any Error).self) {
                _ = try store.addActivity(try activity(.workshop, on: "2014-02-12", agencies: ["Somerset heads"], type: .schools))
            }
            #expect(try count(probe, "SELECT count(*) FROM agencies") == 0)
            #expect(try audits(probe) == before)
        }
    }
}
