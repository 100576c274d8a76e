import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Lifecycle and stage gates")
struct LifecycleTests {
    /// A store with Sam (North West) and Bury assigned to Sam at stage 1.
    private func withAssignedBury(_ body: (Store, Connection) throws -> Void) throws {
        try withStore { store, probe in
            _ = try store.addOfficer(NewOfficer(name: "Sam", region: .northWest))
            _ = try store.addAuthority(NewAuthority(name: "Bury", region: .northWest))
            _ = try store.assign("Bury", officer: "Sam")
            try body(store, probe)
        }
    }

    /// Records gate evidence directly, as the recording commands would.
    private func record(_ probe: Connection, _ sql: String) throws { try probe.executeScript(sql) }

    private let agency = "INSERT INTO agencies (authority_id, name, type) SELECT id, 'Bury LSCB', 'lscb' FROM authorities WHERE name = 'Bury';"
    private let localityBriefing = """
        INSERT INTO briefings (title, kind) VALUES ('Bury briefing', 'locality');
        INSERT INTO briefing_localities SELECT b.id, a.id FROM briefings b, authorities a WHERE b.title = 'Bury briefing' AND a.name = 'Bury';
        """
    private func delivery(kind: String = "presentation", to agencyName: String, type: String, planned: Bool = false) -> String {
        """
        INSERT INTO agencies (authority_id, name, type) SELECT id, '\(agencyName)', '\(type)' FROM authorities WHERE name = 'Bury'
            ON CONFLICT DO NOTHING;
        WITH act AS (
            INSERT INTO activities (kind, occurred_on, authority_id, officer_id, planned)
            SELECT '\(kind)', DATE '2014-03-01', a.id, o.id, \(planned) FROM authorities a, officers o WHERE a.name = 'Bury' AND o.name = 'Sam'
            RETURNING id)
        INSERT INTO activity_agencies SELECT act.id, g.id FROM act, agencies g WHERE g.name = '\(agencyName)';
        """
    }

    @Test("Stage 1 → 2 needs an agency and a locality briefing; the refusal lists both")
    func gateOne() throws {
        try withAssignedBury { store, probe in
            let refusal = engageError { _ = try store.advance("Bury") }
            #expect(refusal?.message == "Bury cannot move to stage 2 yet: stage 1 (Research and mapping) needs a forum or agency identified and a locality briefing written for it")
            #expect(refusal?.hint == "record it (e.g. 'engage agency add Bury --type TYPE --name AGENCY'), or pass --override \"reason\"")
            try record(probe, agency)
            #expect(engageError { _ = try store.advance("Bury") }?.message.hasSuffix("needs a locality briefing written for it") == true)
            try record(probe, localityBriefing)
            #expect(try store.advance("Bury").after.stage == .multiAgencyForums)
        }
    }

    @Test("The overview says what the current stage still needs, and what is recorded")
    func overview() throws {
        try withAssignedBury { store, probe in
            let empty = try store.overview(of: "bury")
            #expect(empty.missingForNextStage == ["a forum or agency identified", "a locality briefing written for it"])
            #expect(empty.activities == 0)
            #expect(empty.lastActivity == nil)
            try record(probe, agency)
            try record(probe, localityBriefing)
            try record(probe, delivery(to: "Bury LSCB", type: "lscb"))
            try record(probe, delivery(kind: "workshop", to: "Bury LSCB", type: "lscb", planned: true))
            let recorded = try store.overview(of: "Bury")
            #expect(recorded.missingForNextStage.isEmpty)
            #expect(recorded.evidence == StageEvidence(agenciesIdentified: 1, localityBriefings: 1, forumDeliveries: 1))
            #expect(recorded.activities == 1, "the planned workshop does not count")
            #expect(recorded.lastActivity?.description == "2014-03-01")
            _ = try store.close("Bury")
            #expect(try store.overview(of: "Bury").missingForNextStage.isEmpty, "only active authorities have a next stage")
        }
    }

    @Test("Stage 2 → 3 needs a delivery to a forum; a stall, a planned workshop or a key agency do not count")
    func gateTwo() throws {
        try withAssignedBury { store, probe in
            _ = try store.advance("Bury", override: "mapped last year")
            try record(probe, delivery(kind: "stall", to: "Bury LSCB", type: "lscb"))
            try record(probe, delivery(kind: "workshop", to: "Bury LSCB", type: "lscb", planned: true))
            try record(probe, delivery(to: "Bury schools cluster", type: "schools"))
            #expect(engageError { _ = try store.advance("Bury") }?.message.contains("stage 2 (Multi-agency forums) needs a presentation or workshop to a multi-agency forum") == true)
            try record(probe, delivery(to: "Bury LSCB", type: "lscb"))
            #expect(try store.advance("Bury").after.stage == .keyAgencies)
        }
    }

    @Test("An agency marked as a forum counts as one; stage 3 → 4 needs a key agency")
    func gateThreeAndForumFlag() throws {
        try withAssignedBury { store, probe in
            _ = try store.advance("Bury", override: "done before")
            try record(probe, "INSERT INTO agencies (authority_id, name, type, is_forum) SELECT id, 'CAPI strategy group', 'other', true FROM authorities WHERE name = 'Bury';")
            try record(probe, delivery(to: "CAPI strategy group", type: "other"))
            _ = try store.advance("Bury")
            #expect(engageError { _ = try store.advance("Bury") }?.message.contains("needs a presentation or workshop to a key agency") == true)
            try record(probe, delivery(kind: "workshop", to: "Bury police safeguarding", type: "police"))
            #expect(try store.advance("Bury").after.stage == .strategicResponse)
        }
    }

    @Test("Stage 4 completes only with a strategic response; completing frees the place and suggests the next waitlisted")
    func completion() throws {
        try withAssignedBury { store, probe in
            for _ in 1...3 { _ = try store.advance("Bury", override: "seeded") }
            _ = try store.addAuthority(NewAuthority(name: "Wigan", region: .northWest))
            _ = try store.addAuthority(NewAuthority(name: "Hull", region: .yorkshireAndTheHumber))
            _ = try store.waitlist("Hull")
            _ = try store.waitlist("Wigan")
            #expect(engageError { _ = try store.complete("Bury") }?.message == "Bury cannot be completed yet: stage 4 (Strategic response) needs a strategic response recorded")
            try record(probe, "INSERT INTO strategic_responses (authority_id, model) SELECT id, 'Schools Champions' FROM authorities WHERE name = 'Bury';")
            let done = try store.complete("Bury")
            #expect(done.after.status == .completed)
            #expect(done.nextOnWaitlist?.authority == "Wigan", "the oldest waitlisted in Sam's region, not Hull")
            #expect(try store.officer(named: "Sam").activeCount == 0)
            _ = try store.signpost("Wigan", to: "local trainers")
            _ = try store.reopen("Bury", officer: "Sam", reason: "asked for a conference")
            #expect(try store.pause("Bury").nextOnWaitlist?.authority == "Hull", "with none waiting in Sam's region, the oldest anywhere")
        }
    }

    @Test("An override is recorded with its reason in the history; going back needs an earlier stage")
    func overrideAndStepBack() throws {
        try withAssignedBury { store, probe in
            _ = try store.advance("Bury", override: "forums mapped in 2013")
            #expect(try count(probe, "SELECT count(*) FROM stage_changes WHERE overridden AND reason = 'forums mapped in 2013' AND from_stage = 1 AND to_stage = 2") == 1)
            #expect(engageError { _ = try store.stepBack("Bury", to: .keyAgencies, reason: "x") }?.kind == .refused)
            #expect(try store.stepBack("Bury", to: .researchAndMapping, reason: "briefing withdrawn").after.stage == .researchAndMapping)
            let history = try store.history("Bury")
            #expect(history.map(\.toStatus) == [.prospect, .active, .active, .active])
            #expect(history.map(\.toStage) == [nil, .researchAndMapping, .multiAgencyForums, .researchAndMapping])
            #expect(history.last?.reason == "briefing withdrawn")
            #expect(history.allSatisfy { $0.changedBy == "tester" })
        }
    }

    @Test("Actions from the wrong status are refused with what to do instead")
    func wrongStatus() throws {
        try withAssignedBury { store, _ in
            #expect(engageError { _ = try store.assign("Bury", officer: "Sam") }
                    == EngageError(.refused, "Bury is active at stage 1, led by Sam, so it cannot be assigned",
                                   hint: "use 'engage authority reassign Bury --officer NAME' to change its lead",
                                   code: "status_conflict", details: ["authority": .text("Bury"), "status": .text("active")]))
            #expect(engageError { _ = try store.resume("Bury") }?.message == "Bury is active at stage 1, led by Sam, so it cannot be resumed")
            _ = try store.close("Bury")
            #expect(engageError { _ = try store.advance("Bury") }?.message == "Bury is closed, so it cannot be advanced")
            #expect(engageError { _ = try store.assign("Bury", officer: "Sam") }?.hint == "use 'engage authority reopen Bury --officer NAME' to take it on again")
            #expect(try store.reopen("Bury", officer: "Sam", reason: "new request").after.stage == .researchAndMapping)
        }
    }

    @Test("A refused change leaves no history, no audit row and no counted place")
    func refusalsWriteNothing() throws {
        try withAssignedBury { store, probe in
            let audits = try count(probe, "SELECT count(*) FROM audit_log")
            let changes = try count(probe, "SELECT count(*) FROM stage_changes")
            _ = engageError { _ = try store.advance("Bury") }
            _ = engageError { _ = try store.assign("Bury", officer: "Sam") }
            _ = engageError { _ = try store.assign("Nowhere", officer: "Sam") }
            #expect(try count(probe, "SELECT count(*) FROM audit_log") == audits)
            #expect(try count(probe, "SELECT count(*) FROM stage_changes") == changes)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action = 'authority.assign' AND details->'after'->>'status' = 'active'") == 1)
        }
    }

    @Test("The waitlist lists oldest first; signposting records where to")
    func waitlistAndSignpost() throws {
        try withStore { store, probe in
            for name in ["Croydon", "Bristol", "Devon"] {
                _ = try store.addAuthority(NewAuthority(name: name, region: .southWest))
                _ = try store.request(name)
            }
            _ = try store.waitlist("Devon")
            _ = try store.waitlist("Croydon")
            _ = try store.waitlist("Bristol")
            try probe.execute("UPDATE authorities SET status_changed_at = now() - interval '9 days' WHERE name = 'Bristol'")
            #expect(try store.waitlistEntries().map(\.authority) == ["Bristol", "Devon", "Croydon"])
            let signposted = try store.signpost("Devon", to: "Hidden Sentence trainers, Devon")
            #expect(signposted.after.signpostedTo == "Hidden Sentence trainers, Devon")
            #expect(try store.waitlistEntries().map(\.authority) == ["Bristol", "Croydon"])
        }
    }

    @Test("A later starting stage needs a reason; caps cannot drop below the current load")
    func startingStageAndCaps() throws {
        try withAssignedBury { store, _ in
            _ = try store.addAuthority(NewAuthority(name: "Stockport", region: .northWest))
            #expect(engageError { _ = try store.assign("Stockport", officer: "Sam", stage: .keyAgencies) }?.kind == .invalid)
            #expect(try store.assign("Stockport", officer: "Sam", stage: .keyAgencies, reason: "guidelines in place").after.stage == .keyAgencies)
            #expect(engageError { _ = try store.setCap(of: "Sam", to: 1) }?.message == "Sam leads 2 active authorities, more than a cap of 1")
            #expect(try store.setCap(of: "Sam", to: 2).activeCap == 2)
            #expect(engageError { _ = try store.setTeamCap(1) }?.kind == .refused)
            #expect(try store.setTeamCap(3) == TeamCapacity(cap: 3, active: 2))
            #expect(try store.setTeamCap(nil) == TeamCapacity(cap: nil, active: 2))
        }
    }
}
