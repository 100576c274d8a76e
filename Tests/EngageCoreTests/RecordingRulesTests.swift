import EngageCore
import Testing

@Suite("Rules for recording the work")
struct RecordingRulesTests {
    private let today = Day(year: 2014, month: 3, day: 31)!

    private func day(_ text: String) throws -> Day { try Day.parse(text) }

    @Test("An activity that happened may not be dated after today; a planned one may not be before it")
    func activityDates() throws {
        #expect(try NewActivity(scope: .authority("Bury"), kind: .workshop, date: today, today: today).date == today)
        #expect(throws: EngageError.self) {
            try NewActivity(scope: .authority("Bury"), kind: .workshop, date: today.adding(days: 1), today: today)
        }
        #expect(try NewActivity(scope: .authority("Bury"), kind: .workshop, date: today.adding(days: 9), planned: true, today: today).planned)
        #expect(try NewActivity(scope: .authority("Bury"), kind: .workshop, date: today, planned: true, today: today).planned)
        #expect(throws: EngageError.self) {
            try NewActivity(scope: .authority("Bury"), kind: .workshop, date: today.adding(days: -1), planned: true, today: today)
        }
    }

    @Test("Attendees must lie between 0 and 100000", arguments: [(-1, false), (0, true), (25, true), (100_000, true), (100_001, false)])
    func attendees(count: Int, accepted: Bool) {
        let made = try? NewActivity(scope: .authority("Bury"), kind: .presentation, date: today, attendees: count, today: today)
        #expect((made != nil) == accepted)
    }

    @Test("A national activity needs a sector and an officer, and reaches no agencies")
    func national() throws {
        let made = try NewActivity(scope: .national, kind: .stall, date: today, sector: .prisons, officer: "Sam", today: today)
        #expect(made.sector == .prisons)
        #expect(throws: EngageError.self) { try NewActivity(scope: .national, kind: .stall, date: today, officer: "Sam", today: today) }
        #expect(throws: EngageError.self) { try NewActivity(scope: .national, kind: .stall, date: today, sector: .health, today: today) }
        #expect(throws: EngageError.self) {
            try NewActivity(scope: .national, kind: .stall, date: today, sector: .health, agencies: ["X"], officer: "Sam", today: today)
        }
    }

    @Test("Agencies named twice (ignoring case) are reached once; new agencies count as identified by the activity's date")
    func agencyNames() throws {
        let made = try NewActivity(scope: .authority("Bury"), kind: .workshop, date: today.adding(days: -10),
                                   agencies: [" Bury LSCB ", "bury lscb", "Police"], today: today)
        #expect(made.agencies == ["Bury LSCB", "Police"])
        #expect(made.newAgenciesIdentifiedOn == today.adding(days: -10))
        let planned = try NewActivity(scope: .authority("Bury"), kind: .workshop, date: today.adding(days: 5), planned: true, today: today)
        #expect(planned.newAgenciesIdentifiedOn == today)
    }

    @Test("An agency is first reached on the earliest activity's date")
    func reached() throws {
        #expect(Agency.reached(nil, by: try day("2014-02-01")) == (try day("2014-02-01")))
        #expect(Agency.reached(try day("2014-01-01"), by: try day("2014-02-01")) == (try day("2014-01-01")))
        #expect(Agency.reached(try day("2014-03-01"), by: try day("2014-02-01")) == (try day("2014-02-01")))
    }

    @Test("A new agency: forum by type or by flag; not identified in the future")
    func newAgency() throws {
        #expect(try NewAgency(authority: "Bury", name: "Bury LSCB", type: .lscb, identifiedOn: today, today: today).isForum)
        #expect(try !NewAgency(authority: "Bury", name: "Police", type: .police, identifiedOn: today, today: today).isForum)
        #expect(try NewAgency(authority: "Bury", name: "CAPI group", type: .other, forum: true, identifiedOn: today, today: today).isForum)
        #expect(throws: EngageError.self) {
            try NewAgency(authority: "Bury", name: "Police", type: .police, identifiedOn: today.adding(days: 1), today: today)
        }
        #expect(throws: EngageError.self) { try NewAgency(authority: "Bury", name: "  ", type: .police, identifiedOn: today, today: today) }
    }

    @Test("A follow-up is due the default 30 days after it was opened unless a due date is given")
    func defaultDue() throws {
        #expect(FollowUp.defaultDueDays == 30)
        let request = try NewFollowUp(authority: "Bury", summary: "Workshop", openedOn: try day("2014-01-15"), today: today)
        #expect(request.dueOn == (try day("2014-02-14")))
        let given = try NewFollowUp(authority: "Bury", summary: "Workshop", openedOn: try day("2014-01-15"),
                                    dueOn: try day("2014-01-20"), today: today)
        #expect(given.dueOn == (try day("2014-01-20")))
        #expect(throws: EngageError.self) {
            try NewFollowUp(authority: "Bury", summary: "Workshop", openedOn: try day("2014-01-15"), dueOn: try day("2014-01-14"), today: today)
        }
        #expect(throws: EngageError.self) { try NewFollowUp(authority: "Bury", summary: " ", openedOn: today, today: today) }
        #expect(throws: EngageError.self) { try NewFollowUp(authority: "Bury", summary: "X", openedOn: today.adding(days: 1), today: today) }
    }

    private func followUp(opened: String, due: String?, closed: String? = nil) throws -> FollowUp {
        FollowUp(id: 1, authority: "Bury", region: .northWest, authorityStatus: .active, leadOfficer: nil, summary: "Workshop",
                 kind: .workshop, contactId: nil, openedOn: try day(opened), dueOn: try due.map { try day($0) },
                 closedOn: try closed.map { try day($0) }, outcome: closed == nil ? nil : "done")
    }

    @Test("Overdue means open with a due date before today; age counts days since opening")
    func overdue() throws {
        #expect(try followUp(opened: "2014-01-01", due: "2014-03-30").isOverdue(today: today))
        #expect(try !followUp(opened: "2014-01-01", due: "2014-03-31").isOverdue(today: today))
        #expect(try !followUp(opened: "2014-01-01", due: nil).isOverdue(today: today))
        #expect(try !followUp(opened: "2014-01-01", due: "2014-01-02", closed: "2014-01-05").isOverdue(today: today))
        #expect(try followUp(opened: "2014-03-01", due: nil).age(today: today) == 30)
    }

    @Test("Marking done needs an outcome and a date within its life, and only once")
    func completion() throws {
        let open = try followUp(opened: "2014-01-01", due: nil)
        #expect(try open.checkCompletion(outcome: " Delivered ", on: today, today: today) == "Delivered")
        #expect(throws: EngageError.self) { try open.checkCompletion(outcome: "  ", on: today, today: today) }
        #expect(throws: EngageError.self) { try open.checkCompletion(outcome: "x", on: try day("2013-12-31"), today: today) }
        #expect(throws: EngageError.self) { try open.checkCompletion(outcome: "x", on: today.adding(days: 1), today: today) }
        let closed = try followUp(opened: "2014-01-01", due: nil, closed: "2014-01-05")
        #expect(throws: EngageError.self) { try closed.checkCompletion(outcome: "x", on: today, today: today) }
    }

    @Test("A request to a completed or closed authority needs new work", arguments: AuthorityStatus.allCases)
    func needsNewWork(status: AuthorityStatus) throws {
        var request = try followUp(opened: "2014-01-01", due: nil)
        request.authorityStatus = status
        #expect(request.needsNewWork == (status == .completed || status == .closed))
    }

    @Test("A contact's email and phone are checked")
    func contacts() throws {
        let contact = try NewContact(authority: "Bury", name: " Jo Smith ", role: "LSCB Manager", organisation: " ",
                                     email: "jo@example.org", phone: "+44 (0)161 253 5000")
        #expect(contact.name == "Jo Smith")
        #expect(contact.organisation == nil)
        #expect(throws: EngageError.self) { try NewContact(authority: "Bury", name: "Jo", role: "Head", email: "jo at example") }
        #expect(throws: EngageError.self) { try NewContact(authority: "Bury", name: "Jo", role: "Head", email: "jo@@example.org") }
        #expect(throws: EngageError.self) { try NewContact(authority: "Bury", name: "Jo", role: "Head", phone: "call me") }
        #expect(throws: EngageError.self) { try NewContact(authority: "Bury", name: "Jo", role: " ") }
    }

    @Test("A sector briefing names a sector; a locality briefing one or more authorities")
    func briefings() throws {
        #expect(try Briefing.Draft(title: "Health", kind: .sector, sector: .health).sector == .health)
        #expect(try Briefing.Draft(title: "GM", kind: .locality, authorities: ["Bury", "bury", "Wigan"]).authorities == ["Bury", "Wigan"])
        #expect(throws: EngageError.self) { try Briefing.Draft(title: "Health", kind: .sector) }
        #expect(throws: EngageError.self) { try Briefing.Draft(title: "Health", kind: .sector, sector: .health, authorities: ["Bury"]) }
        #expect(throws: EngageError.self) { try Briefing.Draft(title: "GM", kind: .locality) }
        #expect(throws: EngageError.self) {
            try Briefing.Sending(title: "GM", recipient: .network("Clinks"), sentOn: today.adding(days: 1), today: today)
        }
        #expect(try Briefing.Kind.parse("Locality") == .locality)
        #expect(try FollowUp.Kind.parse("MATERIALS") == .materials)
        #expect(throws: EngageError.self) { try FollowUp.Kind.parse("cake") }
    }

    @Test("An activity period may not end before it starts")
    func periods() throws {
        #expect(throws: EngageError.self) { try Activity.Filter(from: today, to: today.adding(days: -1)) }
        #expect(try Activity.Filter(from: today, to: today).from == today)
    }
}
