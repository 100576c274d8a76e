import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Officers and authorities in the store")
struct StoreTests {
    @Test("An added officer is listed with the default cap and no active load, and audited")
    func addOfficer() throws {
        try withStore(actor: "manager@team") { store, probe in
            let added = try store.addOfficer(NewOfficer(name: "  Sam Jones ", region: .northWest))
            #expect(added.name == "Sam Jones")
            #expect(added.activeCap == 4)
            #expect(added.activeCount == 0)
            _ = try store.addOfficer(NewOfficer(name: "Ann Lee", region: .southWest, activeCap: 3))
            #expect(try store.officers().map(\.name) == ["Sam Jones", "Ann Lee"])
            #expect(try store.officer(named: "sam JONES").id == added.id)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'officer.add' AND actor = 'manager@team'") == 2)
            let cap = try probe.execute("SELECT (details->'after'->>'active_cap')::int AS cap FROM audit_log WHERE entity_id = \(added.id)")
                .singleRow().decode("cap", as: Int.self)
            #expect(cap == 4)
        }
    }

    @Test("A duplicate officer name, in any case, is refused and writes nothing")
    func duplicateOfficer() throws {
        try withStore { store, probe in
            _ = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .northWest))
            let error = engageError { _ = try store.addOfficer(NewOfficer(name: "SAM JONES", region: .london)) }
            #expect(error == EngageError(.duplicate, "officer 'Sam Jones' already exists",
                                         hint: "pick another name (names are unique ignoring case), or see 'engage officer list'"))
            #expect(try count(probe, "SELECT count(*) FROM officers") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == 1)
        }
    }

    @Test("An officer's active load counts only active authorities they lead")
    func activeLoad() throws {
        try withStore { store, probe in
            let sam = try store.addOfficer(NewOfficer(name: "Sam", region: .northWest))
            for name in ["Bury", "Sefton", "Oldham"] { _ = try store.addAuthority(NewAuthority(name: name, region: .northWest)) }
            try probe.execute("UPDATE authorities SET status = 'active', stage = 1, lead_officer_id = \(sam.id) WHERE name <> 'Oldham'")
            try probe.execute("UPDATE authorities SET status = 'paused' WHERE name = 'Sefton'")
            #expect(try store.officer(named: "Sam").activeCount == 1)
        }
    }

    @Test("An added authority is a prospect with a first history row and an audit row")
    func addAuthority() throws {
        try withStore { store, probe in
            let bury = try store.addAuthority(NewAuthority(name: "Bury", region: .northWest, profile: "  "))
            #expect(bury.status == .prospect)
            #expect(bury.stage == nil)
            #expect(bury.leadOfficer == nil)
            #expect(bury.profile == nil)
            #expect(try count(probe, "SELECT count(*) FROM stage_changes WHERE authority_id = \(bury.id) AND to_status = 'prospect'") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'authority.add'") == 1)
            #expect(try store.authority(named: "BURY") == bury)
        }
    }

    @Test("Lists filter by status and region together, ordered by region then name")
    func filters() throws {
        try withStore { store, probe in
            for (name, region) in [("Somerset", Region.southWest), ("Devon", .southWest), ("Bury", .northWest), ("Hull", .yorkshireAndTheHumber)] {
                _ = try store.addAuthority(NewAuthority(name: name, region: region))
            }
            try probe.execute("UPDATE authorities SET status = 'requested' WHERE name IN ('Devon', 'Bury')")
            #expect(try store.authorities().map(\.name) == ["Bury", "Hull", "Devon", "Somerset"])
            #expect(try store.authorities(AuthorityFilter(region: .southWest)).map(\.name) == ["Devon", "Somerset"])
            #expect(try store.authorities(AuthorityFilter(status: .requested)).map(\.name) == ["Bury", "Devon"])
            #expect(try store.authorities(AuthorityFilter(status: .requested, region: .southWest)).map(\.name) == ["Devon"])
            #expect(try store.authorities(AuthorityFilter(status: .closed)).isEmpty)
        }
    }

    @Test("An unknown authority is not found, with names that start the same way")
    func notFound() throws {
        try withStore { store, _ in
            _ = try store.addAuthority(NewAuthority(name: "Somerset", region: .southWest))
            #expect(engageError { _ = try store.authority(named: "Somerest") }
                    == EngageError(.notFound, "no authority named 'Somerest'", hint: "did you mean 'Somerset'?"))
            #expect(engageError { _ = try store.officer(named: "Nobody") }?.kind == .notFound)
        }
    }

    @Test("A database that was never migrated says to run engage migrate")
    func unmigrated() throws {
        try TestDatabase.withEmpty { database in
            let store = Store(connection: try database.connect(), actor: "tester")
            defer { store.close() }
            let error = engageError { _ = try store.officers() }
            #expect(error?.hint == "run 'engage migrate'")
        }
    }
}
