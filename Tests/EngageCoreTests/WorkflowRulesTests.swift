import EngageCore
import Foundation
import Testing

@Suite("Workflow rules")
struct WorkflowRulesTests {
    private func authority(_ status: AuthorityStatus, stage: Stage? = nil, lead: String? = nil) -> Authority {
        Authority(id: 1, name: "Bury", region: .northWest, status: status, stage: stage, leadOfficer: lead, signpostedTo: nil,
                  profile: nil, statusChangedAt: Date(timeIntervalSince1970: 0), createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test("Only active authorities can be advanced, paused or completed; only paused ones resumed")
    func lifecycleTable() {
        #expect(LifecycleAction.advance.allowedFrom == [.active])
        #expect(LifecycleAction.resume.allowedFrom == [.paused])
        #expect(LifecycleAction.assign.allowedFrom == [.prospect, .requested, .waitlisted])
        #expect(LifecycleAction.reopen.allowedFrom == [.completed, .closed, .signposted])
        #expect(!LifecycleAction.close.allowedFrom.contains(.closed))
        #expect(LifecycleAction.allCases.filter(\.takesPlace) == [.assign, .reassign, .resume, .reopen])
    }

    @Test("A disallowed action says where the authority stands and what to do instead")
    func lifecycleRefusal() {
        #expect(throws: EngageError(.refused, "Bury is paused, so it cannot be advanced", hint: "resume it first with 'engage authority resume Bury'",
                                    code: "status_conflict", details: ["authority": .text("Bury"), "status": .text("paused")])) {
            try LifecycleAction.advance.check(authority(.paused, stage: .keyAgencies, lead: "Sam"))
        }
        #expect(throws: Never.self) { try LifecycleAction.pause.check(authority(.active, stage: .researchAndMapping, lead: "Sam")) }
    }

    @Test("Each gate opens exactly when its evidence exists", arguments: [
        (Stage.researchAndMapping, StageEvidence(agenciesIdentified: 1), 1),
        (.researchAndMapping, StageEvidence(localityBriefings: 1), 1),
        (.researchAndMapping, StageEvidence(agenciesIdentified: 2, localityBriefings: 1), 0),
        (.multiAgencyForums, StageEvidence(agenciesIdentified: 5, keyAgencyDeliveries: 3), 1),
        (.multiAgencyForums, StageEvidence(forumDeliveries: 1), 0),
        (.keyAgencies, StageEvidence(forumDeliveries: 4), 1),
        (.keyAgencies, StageEvidence(keyAgencyDeliveries: 1), 0),
        (.strategicResponse, StageEvidence(forumDeliveries: 1, keyAgencyDeliveries: 1), 1),
        (.strategicResponse, StageEvidence(strategicResponses: 1), 0),
    ])
    func gates(stage: Stage, evidence: StageEvidence, missing: Int) {
        #expect(Gates.missing(leaving: stage, evidence: evidence).count == missing)
    }

    @Test("A gate refusal names the stage, every missing piece, and how to record the first")
    func gateRefusal() {
        #expect(throws: EngageError(.refused, "South West Herts cannot move to stage 3 yet: stage 2 (Multi-agency forums) needs a presentation or workshop to a multi-agency forum (LSCB, CYP Board/Trust, or an agency added with --forum)",
                                    hint: "record it (e.g. 'engage activity add \"South West Herts\" --kind presentation --agency FORUM --date DATE'), or pass --override \"reason\"",
                                    code: "gate_not_met",
                                    details: ["authority": .text("South West Herts"), "stage": .number(2),
                                              "missing": .list(["a presentation or workshop to a multi-agency forum (LSCB, CYP Board/Trust, or an agency added with --forum)"])])) {
            try Gates.check("South West Herts", leaving: .multiAgencyForums, evidence: StageEvidence())
        }
    }

    @Test("The capacity refusal names the officer or team, the cap, the holders, and the way out")
    func capacityWording() {
        let officer = CapacityExceeded(scope: .officer("Jo"), cap: 1, holders: ["Bury"]).error(for: "Oldham")
        #expect(officer.description == "cannot take on Oldham: Jo is at their cap of 1 active authority (Bury); add --waitlist to put it on the waitlist instead, or signpost it with 'engage authority signpost Oldham --to WHERE'")
        let team = CapacityExceeded(scope: .team, cap: 4, holders: ["A", "B", "C", "D"]).error(for: "E")
        #expect(team.message == "cannot take on E: the team is at its cap of 4 active authorities (A, B, C, D)")
    }

    @Test("Days per stage add up stays while active and stop while paused")
    func timeline() {
        let day: (Double) -> Date = { Date(timeIntervalSince1970: $0 * 86_400) }
        let change = { (status: AuthorityStatus, stage: Stage?, at: Double) in
            StageChange(fromStatus: nil, toStatus: status, fromStage: nil, toStage: stage, officer: nil, changedAt: day(at),
                        changedBy: "t", reason: nil, overridden: false)
        }
        let history = [change(.prospect, nil, 0), change(.active, .researchAndMapping, 10), change(.active, .multiAgencyForums, 40),
                       change(.paused, .multiAgencyForums, 50), change(.active, .multiAgencyForums, 70)]
        let days = StageTimeline.daysPerStage(history, now: day(75))
        #expect(days[.researchAndMapping] == 30)
        #expect(days[.multiAgencyForums] == 15)
        #expect(days[.keyAgencies] == nil)
    }

    @Test("A place is freed when an active authority stops being active or changes lead")
    func freedPlace() {
        let active = authority(.active, stage: .keyAgencies, lead: "Sam")
        #expect(Transition(before: active, after: authority(.paused, stage: .keyAgencies, lead: "Sam")).freedPlace)
        #expect(Transition(before: active, after: authority(.active, stage: .keyAgencies, lead: "Ann")).freedPlace)
        #expect(!Transition(before: active, after: authority(.active, stage: .strategicResponse, lead: "Sam")).freedPlace)
        #expect(!Transition(before: authority(.paused, stage: .keyAgencies, lead: "Sam"), after: active).freedPlace)
    }

    @Test("Days parse strictly and do arithmetic across months and leap years")
    func days() throws {
        let day = try Day.parse("2012-02-28")
        #expect(day.adding(days: 1).description == "2012-02-29")
        #expect(day.adding(days: 2).description == "2012-03-01")
        #expect(day.days(until: try Day.parse("2013-02-28")) == 366)
        #expect(throws: EngageError.self) { try Day.parse("2013-02-29") }
        #expect(throws: EngageError.self) { try Day.parse("31/03/2014") }
    }
}

@Suite("Suggesting the nearest names")
struct NearestNamesTests {
    private let authorities = ["Somerset", "Devon", "Bury", "Buckinghamshire", "South West Hertfordshire", "Sefton"]

    @Test("Typos anywhere, prefixes and parts find the intended name", arguments: [
        ("Dveon", ["Devon"]), ("somerest", ["Somerset"]), ("Bucks", ["Buckinghamshire"]),
        ("hertfordshire", ["South West Hertfordshire"]), ("Burry", ["Bury"]),
    ])
    func finds(typed: String, expected: [String]) {
        #expect(NearestNames.suggestions(for: typed, among: authorities) == expected)
    }

    @Test("Nothing close gives the fallback hint")
    func fallback() {
        #expect(NearestNames.suggestions(for: "Atlantis", among: authorities).isEmpty)
        #expect(NearestNames.hint(for: "Atlantis", among: authorities, otherwise: "see the list") == "see the list")
        #expect(NearestNames.hint(for: "Sefon", among: authorities, otherwise: "x") == "did you mean 'Sefton'?")
    }
}
