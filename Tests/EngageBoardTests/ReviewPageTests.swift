import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// `/review`, the Monday work-plan review, against records with known dates around today.
@Suite("The board: the weekly review")
struct ReviewPageTests {
    private static let today = Day.today()

    /// Dorset (Sam Jones) and Devon (Alex Morgan), with one record inside and one outside each
    /// window of the review; Cornwall waits for a place.
    private static func week(_ store: Store) throws {
        try BoardHarness.team(store)
        let day = { (offset: Int) in today.adding(days: offset) }
        let recent = try store.addFollowUp(NewFollowUp(authority: "Dorset", summary: "Send slides", openedOn: day(-3), dueOn: day(5), today: today))
        _ = try store.addFollowUp(NewFollowUp(authority: "Devon", summary: "Late reply", openedOn: day(-20), dueOn: day(-2), today: today))
        let old = try store.addFollowUp(NewFollowUp(authority: "Devon", summary: "Old request", openedOn: day(-30), dueOn: day(-20), today: today))
        _ = try store.completeFollowUp(id: old.id, outcome: "Sent", on: day(-2), today: today)
        _ = try store.addFollowUp(NewFollowUp(authority: "Dorset", summary: "Ten days ago", openedOn: day(-10), dueOn: day(30), today: today))
        _ = try store.addPlanAction(NewPlanAction(authority: "Devon", statement: "voice", action: "Run a forum", owner: "Alex Morgan", dueOn: day(10)))
        _ = try store.addPlanAction(NewPlanAction(authority: "Dorset", statement: "voice", action: "Overdue leaflet", owner: "Sam Jones", dueOn: day(-5)))
        let done = try store.addPlanAction(NewPlanAction(authority: "Dorset", statement: "voice", action: "Briefed", owner: "Sam Jones", dueOn: day(-1)))
        _ = try store.completePlanAction(id: done.id, on: day(-1), today: today)
        _ = try store.addActivity(NewActivity(scope: .authority("Devon"), kind: .workshop, date: day(-2), today: today))
        _ = try store.addActivity(NewActivity(scope: .authority("Devon"), kind: .meeting, date: day(-10), today: today))
        _ = try store.addActivity(NewActivity(scope: .authority("Devon"), kind: .presentation, date: day(3), planned: true, today: today))
        _ = try store.addAssessment(NewAssessment(authority: "Dorset", date: day(-4),
                                                  ratings: [try NewAssessment.Entry(statement: "voice", rating: .emerging)], today: today))
        _ = try store.addAuthority(NewAuthority(name: "Cornwall", region: .southWest))
        _ = try store.waitlist("Cornwall")
        _ = recent
    }

    /// The count a list's heading carries (`data-count`), by the heading's id.
    private static func count(_ page: String, _ id: String) -> Int? {
        page.firstMatch(of: try! Regex(#"<h3 id="\#(id)" data-count="(\d+)">"#)).flatMap { Int($0.output[1].substring ?? "") }
    }

    @Test("each list holds what falls in its window and nothing else, overdue oldest first, the waitlist and loads shown")
    func lists() throws {
        try BoardHarness.withBoard(seed: Self.week) { router, _, _ in
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            let response = try BoardHarness.get(router, "/review", cookie: vic.cookie)
            #expect(response.status == .ok)
            let page = response.bodyText
            // Moves: Dorset, Devon added, requested, assigned; Cornwall added, waitlisted.
            let expected = ["moves": 8, "activities": 1, "opened": 1, "closed": 1, "assessed": 1, "done": 1,
                            "overdue-followups": 1, "overdue-actions": 1]
            for (id, number) in expected { #expect(Self.count(page, id) == number, "\(id)") }
            #expect(page.contains(">Send slides</a>") && !page.contains(">Ten days ago</a>"), "only the last week's requests")
            #expect(page.contains(">Late reply</a> <span class=\"late\">2 days late</span>"))
            #expect(page.contains(">A2 Overdue leaflet</a> · Sam Jones <span class=\"late\">5 days late</span>"))
            #expect(page.contains(#"<tr data-officer="Alex Morgan""#) && page.contains(">Cornwall</a>"), "capacity and the waitlist")
            #expect(page.contains(#"<a href="/review" aria-current="page">Review</a>"#))
        }
    }

    @Test("the next fortnight per officer: an officer sees their own first; each holds their follow-ups, actions and bookings")
    func coming() throws {
        try BoardHarness.withBoard(seed: Self.week) { router, _, _ in
            let alex = try BoardHarness.signIn(router, "Alex Morgan")
            let page = try BoardHarness.get(router, "/review", cookie: alex.cookie).bodyText
            let alexAt = try #require(page.range(of: #"data-officer="Alex Morgan"><h3"#))
            let samAt = try #require(page.range(of: #"data-officer="Sam Jones"><h3"#))
            #expect(alexAt.lowerBound < samAt.lowerBound, "Alex Morgan's own first")
            #expect(page.contains(#"<h3 id="coming-alex-morgan" data-count="2">Alex Morgan (you) (2)</h3>"#))
            #expect(page.contains(#"<h3 id="coming-sam-jones" data-count="1">Sam Jones (1)</h3>"#))
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let his = try BoardHarness.get(router, "/review", cookie: sam.cookie).bodyText
            #expect(try #require(his.range(of: #"data-officer="Sam Jones"><h3"#)).lowerBound
                    < (try #require(his.range(of: #"data-officer="Alex Morgan"><h3"#))).lowerBound)
        }
    }
}
