import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// Recording an activity and moving an authority on, through the router.
@Suite("The board: activity and stage forms")
struct ActivityStageFormTests {
    /// Dorset, active at stage 1, led by Sam Jones, with one agency; accounts for Sam and a manager.
    private static func dorset(_ store: Store) throws {
        _ = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .southWest))
        _ = try store.addAuthority(NewAuthority(name: "Dorset", region: .southWest))
        _ = try store.request("Dorset")
        _ = try store.assign("Dorset", officer: "Sam Jones")
        _ = try store.addAgency(NewAgency(authority: "Dorset", name: "Dorset Police", type: .police, identifiedOn: Day.today(), today: Day.today()))
        try BoardHarness.addAccount(store, "Sam Jones", role: .officer)
        try BoardHarness.addAccount(store, "Maria Manager", role: .manager)
    }

    @Test("an activity reaching an agency of the authority and a new one: recorded as the CLI would, both agencies counted")
    func activity() throws {
        try BoardHarness.withBoard(seed: Self.dorset) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            #expect(page.contains(#"<label for="activity-add-agencies-1">Dorset Police (Police)</label>"#))
            let sent = try BoardHarness.post(router, "/authorities/Dorset/activities",
                                             ["csrf": sam.csrf, "kind": "workshop", "date": Day.today().description, "agencies": "Dorset Police",
                                              "new-agencies": "Dorset Schools Forum", "new-agency-type": "schools", "attendees": "14"],
                                             cookie: sam.cookie)
            #expect(sent.status == .seeOther)
            let recorded = try store.activities(Activity.Filter(authority: "Dorset"))
            #expect(recorded.count == 1 && recorded.first?.attendees == 14 && recorded.first?.officer == "Sam Jones")
            #expect(Set(recorded.first?.agencies ?? []) == ["Dorset Police", "Dorset Schools Forum"])
            #expect(try store.agencies(in: "Dorset").first { $0.name == "Dorset Schools Forum" }?.type == .schools)
        }
    }

    @Test("an activity's refusals sit beside their fields: a future date, attendees that are not a number")
    func activityRefused() throws {
        try BoardHarness.withBoard(seed: Self.dorset) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let future = try BoardHarness.post(router, "/authorities/Dorset/activities",
                                               ["csrf": sam.csrf, "kind": "workshop", "date": Day.today().adding(days: 3).description],
                                               cookie: sam.cookie)
            #expect(future.status == .unprocessableContent)
            #expect(future.bodyText.contains(##"<a href="#activity-add-date">The activity&#39;s date"##))
            let count = try BoardHarness.post(router, "/authorities/Dorset/activities",
                                              ["csrf": sam.csrf, "kind": "workshop", "attendees": "a dozen"], cookie: sam.cookie)
            #expect(count.bodyText.contains(##"<a href="#activity-add-attendees">Attendees must be a whole number"##))
            #expect(count.bodyText.contains(#"value="a dozen""#))
            let booked = try BoardHarness.post(router, "/authorities/Dorset/activities",
                                               ["csrf": sam.csrf, "kind": "meeting", "planned": "yes", "date": Day.today().adding(days: 3).description],
                                               cookie: sam.cookie)
            #expect(booked.status == .seeOther, "a planned one may be in the future")
            #expect(try store.activities(Activity.Filter(authority: "Dorset")).map(\.planned) == [true])
        }
    }

    @Test("the page lists what the gate still needs; an officer cannot override it, a manager can with a reason")
    func advance() throws {
        try BoardHarness.withBoard(seed: Self.dorset) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            #expect(page.contains(#"<ul id="gate-missing"><li>a locality briefing written for it</li></ul>"#))
            #expect(!page.contains("stage-advance-override") && !page.contains(#"id="stage-advance""#), "no button while the gate is unmet")
            let forced = try BoardHarness.post(router, "/authorities/Dorset/advance", ["csrf": sam.csrf, "override": "trust me"], cookie: sam.cookie)
            #expect(forced.status == .forbidden)
            let refused = try BoardHarness.post(router, "/authorities/Dorset/advance", ["csrf": sam.csrf], cookie: sam.cookie)
            #expect(refused.status == .conflict && refused.bodyText.contains("locality briefing"))
            #expect(try store.overview(of: "Dorset", today: Day.today()).authority.stage == .researchAndMapping)

            let maria = try BoardHarness.signIn(router, "Maria Manager")
            #expect(try BoardHarness.get(router, "/authorities/Dorset", cookie: maria.cookie).bodyText.contains(#"for="stage-advance-override""#))
            let moved = try BoardHarness.post(router, "/authorities/Dorset/advance", ["csrf": maria.csrf, "override": "Briefing agreed by phone"],
                                              cookie: maria.cookie)
            #expect(moved.status == .seeOther)
            #expect(try store.overview(of: "Dorset", today: Day.today()).authority.stage == .multiAgencyForums)
            #expect(try store.history("Dorset").last?.reason == "Briefing agreed by phone")
        }
    }
}
