import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Capacity caps under concurrency")
struct CapacityTests {
    /// Adds officers and prospects through the store.
    private func setUp(_ store: Store, officers: [(String, Int)], authorities: [String]) throws {
        for (name, cap) in officers { _ = try store.addOfficer(NewOfficer(name: name, region: .northWest, activeCap: cap)) }
        for name in authorities { _ = try store.addAuthority(NewAuthority(name: name, region: .northWest)) }
    }

    @Test("24 concurrent assigns to one officer with cap 4: exactly 4 succeed, the rest get the capacity error")
    func concurrentAssigns() throws {
        try TestDatabase.withMigrated { database in
            let names = (1...24).map { "Authority \($0)" }
            let setup = Store(connection: try database.connect(), actor: "setup")
            try setUp(setup, officers: [("Sam Jones", 4)], authorities: names)
            let results = runConcurrently(names.count) { index in
                let store = Store(connection: try database.connect(), actor: "racer \(index)")
                defer { store.close() }
                return try store.assign(names[index], officer: "Sam Jones").after.name
            }
            let succeeded = results.compactMap { try? $0.get() }
            let refusals = results.compactMap { result -> EngageError? in
                if case .failure(let error) = result { return error as? EngageError }
                return nil
            }
            #expect(succeeded.count == 4)
            #expect(refusals.count == 20)
            #expect(refusals.allSatisfy { $0.message.contains("Sam Jones is at their cap of 4 active authorities (") })
            #expect(refusals.allSatisfy { $0.hint?.contains("--waitlist") == true })
            let officer = try setup.officer(named: "Sam Jones")
            #expect(officer.activeCount == 4)
            #expect(try setup.authorities(AuthorityFilter(status: .active)).map(\.name).sorted() == succeeded.sorted())
            setup.close()
        }
    }

    @Test("The team cap holds under concurrency across officers")
    func concurrentTeamCap() throws {
        try TestDatabase.withMigrated { database in
            let names = (1...12).map { "Council \($0)" }
            let setup = Store(connection: try database.connect(), actor: "setup")
            defer { setup.close() }
            try setUp(setup, officers: [("Ann", 4), ("Bob", 4), ("Cy", 4)], authorities: names)
            _ = try setup.setTeamCap(4)
            let officers = ["Ann", "Bob", "Cy"]
            let results = runConcurrently(names.count) { index in
                let store = Store(connection: try database.connect(), actor: "racer")
                defer { store.close() }
                return try store.assign(names[index], officer: officers[index % 3]).after.name
            }
            #expect(results.filter { (try? $0.get()) != nil }.count == 4)
            let messages = results.compactMap { result -> String? in
                if case .failure(let error as EngageError) = result { return error.message }
                return nil
            }
            #expect(messages.count == 8)
            #expect(messages.allSatisfy { $0.contains("the team is at its cap of 4 active authorities") })
            #expect(try setup.teamCap() == TeamCapacity(cap: 4, active: 4))
        }
    }

    @Test("A reassign racing an assign for an officer's last place: exactly one wins, every round")
    func reassignRacesAssign() throws {
        try TestDatabase.withMigrated { database in
            let setup = Store(connection: try database.connect(), actor: "setup")
            defer { setup.close() }
            try setUp(setup, officers: [("Ann", 4), ("Bob", 1)], authorities: [])
            for round in 1...5 {
                let moving = "Moving \(round)", newcomer = "Newcomer \(round)"
                _ = try setup.addAuthority(NewAuthority(name: moving, region: .northWest))
                _ = try setup.addAuthority(NewAuthority(name: newcomer, region: .northWest))
                _ = try setup.assign(moving, officer: "Ann")
                let results = runConcurrently(2) { index in
                    let store = Store(connection: try database.connect(), actor: "racer")
                    defer { store.close() }
                    return index == 0 ? try store.reassign(moving, to: "Bob").after.name : try store.assign(newcomer, officer: "Bob").after.name
                }
                let winners = results.compactMap { try? $0.get() }
                #expect(winners.count == 1, "round \(round)")
                #expect(try setup.officer(named: "Bob").activeCount == 1)
                // Free Bob's place for the next round.
                _ = try setup.close(winners.first ?? "")
                _ = try? setup.close(moving)
                _ = try? setup.close(newcomer)
            }
            #expect(try setup.officer(named: "Ann").activeCount == 0)
        }
    }

    @Test("Reassignments crossing between two officers at once do not deadlock")
    func crossingReassigns() throws {
        try TestDatabase.withMigrated { database in
            let setup = Store(connection: try database.connect(), actor: "setup")
            defer { setup.close() }
            try setUp(setup, officers: [("Ann", 4), ("Bob", 4)], authorities: ["East", "West"])
            _ = try setup.assign("East", officer: "Ann")
            _ = try setup.assign("West", officer: "Bob")
            for _ in 1...5 {
                let results = runConcurrently(2) { index in
                    let store = Store(connection: try database.connect(), actor: "racer")
                    defer { store.close() }
                    let name = index == 0 ? "East" : "West"
                    let target = try store.authority(named: name).leadOfficer == "Ann" ? "Bob" : "Ann"
                    return try store.reassign(name, to: target).after.name
                }
                for result in results { _ = try result.get() }
            }
            #expect(try setup.officer(named: "Ann").activeCount + setup.officer(named: "Bob").activeCount == 2)
        }
    }

    @Test("A full officer's cap refuses assign, resume and reopen, naming the officer, cap and holders; --waitlist waitlists")
    func everyPathIsCapped() throws {
        try withStore { store, probe in
            try setUp(store, officers: [("Sam", 2)], authorities: ["Bury", "Sefton", "Oldham", "Wigan"])
            _ = try store.assign("Bury", officer: "Sam")
            _ = try store.assign("Sefton", officer: "Sam")
            let refusal = CapacityExceeded(scope: .officer("Sam"), cap: 2, holders: ["Bury", "Sefton"]).error(for: "Oldham")
            #expect(engageError { _ = try store.assign("Oldham", officer: "Sam") } == refusal)
            #expect(refusal.message == "cannot take on Oldham: Sam is at their cap of 2 active authorities (Bury, Sefton)")

            _ = try store.pause("Sefton")
            _ = try store.assign("Oldham", officer: "Sam")
            #expect(engageError { _ = try store.resume("Sefton") }?.message.contains("Sam is at their cap of 2") == true)

            _ = try store.close("Oldham")
            _ = try store.assign("Wigan", officer: "Sam")
            #expect(engageError { _ = try store.reopen("Oldham", officer: "Sam", reason: "asked again") }?.kind == .refused)

            _ = try store.addAuthority(NewAuthority(name: "Leigh", region: .northWest))
            let waitlisted = try store.assign("Leigh", officer: "Sam", waitlistIfFull: true)
            #expect(waitlisted.after.status == .waitlisted)
            #expect(waitlisted.waitlistedBecause == "cannot take on Leigh: Sam is at their cap of 2 active authorities (Bury, Wigan)")
            #expect(try count(probe, "SELECT active_count FROM officers WHERE name = 'Sam'") == 2)
        }
    }
}
