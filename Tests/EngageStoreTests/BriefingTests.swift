import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Briefings and where they were sent")
struct BriefingTests {
    private let today = Day.today()

    private func seed(_ store: Store) throws {
        for (name, region) in [("Bury", Region.northWest), ("Wigan", .northWest), ("Somerset", .southWest)] {
            _ = try store.addAuthority(NewAuthority(name: name, region: region))
        }
        _ = try store.addAgency(NewAgency(authority: "Somerset", name: "Somerset LSCB", type: .lscb, identifiedOn: today, today: today))
    }

    private func send(_ title: String, to recipient: Briefing.Recipient) throws -> Briefing.Sending {
        try Briefing.Sending(title: title, recipient: recipient, sentOn: try Day.parse("2014-02-10"), today: today)
    }

    @Test("Sector and locality briefings are added; a locality briefing's authorities are stored; titles are unique")
    func add() throws {
        try withStore { store, probe in
            try seed(store)
            let health = try store.addBriefing(try Briefing.Draft(title: "Health briefing", kind: .sector, sector: .health))
            #expect(health.sector == .health && health.authorities.isEmpty && health.timesSent == 0)
            let gm = try store.addBriefing(try Briefing.Draft(title: "Greater Manchester", kind: .locality, authorities: ["wigan", "Bury"]))
            #expect(gm.authorities == ["Bury", "Wigan"])
            #expect(try count(probe, "SELECT count(*) FROM briefing_localities WHERE briefing_id = \(gm.id)") == 2)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'briefing.add'") == 2)
            let before = try count(probe, "SELECT count(*) FROM audit_log")
            #expect(engageError { _ = try store.addBriefing(try Briefing.Draft(title: "HEALTH briefing", kind: .sector, sector: .health)) }?.kind == .duplicate)
            #expect(engageError { _ = try store.addBriefing(try Briefing.Draft(title: "Oz", kind: .locality, authorities: ["Bury", "Oz"])) }?.kind == .notFound)
            #expect(try count(probe, "SELECT count(*) FROM briefings") == 2)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == before)
        }
    }

    @Test("Sending to a network creates it once; sends to authorities and agencies count; unknown names are refused")
    func send() throws {
        try withStore { store, probe in
            try seed(store)
            _ = try store.addBriefing(try Briefing.Draft(title: "Health briefing", kind: .sector, sector: .health))
            let first = try store.sendBriefing(try send("health BRIEFING", to: .network("Clinks")))
            #expect(first.recipientKind == "network" && first.recipient == "Clinks" && first.briefing == "Health briefing")
            _ = try store.sendBriefing(try send("Health briefing", to: .network("CLINKS")))
            _ = try store.sendBriefing(try send("Health briefing", to: .authority("bury")))
            let agency = try store.sendBriefing(try send("Health briefing", to: .agency("somerset lscb", in: "Somerset")))
            #expect(agency.recipient == "Somerset LSCB (Somerset)")
            #expect(try count(probe, "SELECT count(*) FROM networks") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'network.add'") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'briefing.send'") == 4)
            #expect(try store.briefings().first?.timesSent == 4)

            let before = try count(probe, "SELECT count(*) FROM audit_log")
            let unknownAgency = engageError { _ = try store.sendBriefing(try send("Health briefing", to: .agency("Police", in: "Somerset"))) }
            #expect(unknownAgency?.message == "no agency named 'Police' in Somerset")
            let unknownBriefing = engageError { _ = try store.sendBriefing(try send("Heal", to: .network("New network"))) }
            #expect(unknownBriefing?.hint == "did you mean 'Health briefing'?")
            #expect(try count(probe, "SELECT count(*) FROM networks") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == before)
        }
    }

    @Test("Several first sendings through the same new network at once all succeed and add it once")
    func concurrentNetwork() throws {
        try TestDatabase.withMigrated { database in
            let setup = Store(connection: try database.connect(), actor: "tester")
            defer { setup.close() }
            _ = try setup.addBriefing(try Briefing.Draft(title: "Health briefing", kind: .sector, sector: .health))
            let sending = try send("Health briefing", to: .network("Women in Prison"))
            let results = runConcurrently(4) { index in
                let store = Store(connection: try database.connect(), actor: "sender \(index)")
                defer { store.close() }
                return try store.sendBriefing(sending).recipient
            }
            #expect(results.map { try? $0.get() } == Array(repeating: "Women in Prison", count: 4))
            let probe = try database.connect()
            defer { probe.close() }
            #expect(try count(probe, "SELECT count(*) FROM networks") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'network.add'") == 1)
            #expect(try setup.briefings().first?.timesSent == 4)
        }
    }
}
