import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// `/team` and `/authorities/new` through the router: the officers' loads, the caps and the
/// waitlist for every role; a manager's cap forms and adding an authority; a national activity.
@Suite("The board: team page and manager's forms")
struct TeamPageTests {
    @Test("every signed-in role reads the team: officers with region, load and cap, the team cap, the waitlist in order")
    func reading() throws {
        try BoardHarness.withBoard(seed: LifecycleFormTests.team) { router, tokens, store in
            _ = try store.setTeamCap(10)
            _ = try store.waitlist("Cornwall")
            for token in ["viewer", "sam", "manager"] {
                let page = try BoardHarness.get(router, "/team", token: tokens[token])
                #expect(page.status == .ok, "\(token)")
                let text = page.bodyText
                #expect(text.contains(#"<a href="/team" aria-current="page">Team</a>"#))
                #expect(text.contains(#"<tr data-officer="Sam Jones" class="full"><td>Sam Jones</td><td>South West</td><td class="count">1 of 1 (full)</td><td><a href="/authorities/Dorset">Dorset</a></td></tr>"#))
                #expect(text.contains(#"<td class="count">0 of 4</td>"#))
                #expect(text.contains("Team cap: 1 active authority of 10."))
                let order = try #require(text.firstRange(of: /<ol id="waitlist-order">[\s\S]*?<\/ol>/).map { String(text[$0]) })
                let devon = try #require(order.firstRange(of: "Devon")), cornwall = try #require(order.firstRange(of: "Cornwall"))
                #expect(devon.lowerBound < cornwall.lowerBound, "oldest first")
            }
            #expect(try BoardHarness.get(router, "/", token: tokens["viewer"]).bodyText.contains(#"<a href="/team">Team</a>"#))
        }
    }

    @Test("a manager sets an officer's cap and the team cap (empty for none): 303, a confirmation, the store changed, audited")
    func caps() throws {
        try BoardHarness.withBoard(seed: LifecycleFormTests.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/team", cookie: maria.cookie).bodyText
            #expect(page.contains(#"<label class="label" for="officer-cap-cap">Cap</label>"#) && page.contains(#"for="team-cap-cap">Team cap</label>"#))
            #expect(page.contains(#"<a href="/authorities/new" id="add-authority">Add an authority</a>"#))
            let officer = try BoardHarness.post(router, "/team/officer-cap", ["csrf": maria.csrf, "officer": "Sam Jones", "cap": "3"], cookie: maria.cookie)
            #expect(officer.status == .seeOther && officer.headers["Location"] == "/team")
            #expect(try LifecycleFormTests.confirmation(officer) == "Sam Jones may now lead 3 active authorities at once.")
            #expect(try store.officer(named: "Sam Jones").activeCap == 3)
            let team = try BoardHarness.post(router, "/team/team-cap", ["csrf": maria.csrf, "cap": "5"], cookie: maria.cookie)
            #expect(try LifecycleFormTests.confirmation(team) == "The team may now hold 5 active authorities at once.")
            #expect(try store.teamCap().cap == 5)
            let none = try BoardHarness.post(router, "/team/team-cap", ["csrf": maria.csrf, "cap": ""], cookie: maria.cookie)
            #expect(try none.status == .seeOther && store.teamCap().cap == nil)
            let audit = try store.auditEntries(limit: 10)
            #expect(audit.contains { $0.action == "officer.set-cap" && $0.actor == "Maria Manager" })
            #expect(audit.filter { $0.action == "settings.team-cap" && $0.actor == "Maria Manager" }.count == 2)
        }
    }

    @Test("a cap's refusals in words beside the field, the input kept, nothing changed")
    func capRefused() throws {
        try BoardHarness.withBoard(seed: LifecycleFormTests.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let word = try BoardHarness.post(router, "/team/officer-cap", ["csrf": maria.csrf, "officer": "Sam Jones", "cap": "four"], cookie: maria.cookie)
            #expect(word.status == .unprocessableContent)
            #expect(word.bodyText.contains(##"<a href="#officer-cap-cap">The cap must be a whole number, like 4</a>"##) && word.bodyText.contains(#"value="four""#))
            let below = try BoardHarness.post(router, "/team/officer-cap", ["csrf": maria.csrf, "officer": "Sam Jones", "cap": "0"], cookie: maria.cookie)
            #expect(below.status == .conflict && below.bodyText.contains("Sam Jones leads 1 active authorities, more than a cap of 0"))
            let team = try BoardHarness.post(router, "/team/team-cap", ["csrf": maria.csrf, "cap": "0"], cookie: maria.cookie)
            #expect(team.status == .unprocessableContent && team.bodyText.contains("A team cap of 0 is out of range"))
            #expect(try store.officer(named: "Sam Jones").activeCap == 1 && store.teamCap().cap == nil)
        }
    }

    @Test("an officer and a viewer see no cap form; their hand-made POSTs are refused 403, nothing changed")
    func rights() throws {
        try BoardHarness.withBoard(seed: LifecycleFormTests.team) { router, _, store in
            for name in ["Sam Jones", "Vic Viewer"] {
                let visitor = try BoardHarness.signIn(router, name)
                let page = try BoardHarness.get(router, "/team", cookie: visitor.cookie).bodyText
                #expect(!page.contains("officer-cap") && !page.contains("team-cap-cap") && !page.contains("/authorities/new"))
                #expect(page.contains("activity-national") == (name == "Sam Jones"), "officers record national activities")
                let officer = try BoardHarness.post(router, "/team/officer-cap", ["csrf": visitor.csrf, "officer": "Sam Jones", "cap": "9"], cookie: visitor.cookie)
                let team = try BoardHarness.post(router, "/team/team-cap", ["csrf": visitor.csrf, "cap": "3"], cookie: visitor.cookie)
                let add = try BoardHarness.post(router, "/authorities/new", ["csrf": visitor.csrf, "name": "Kent", "region": "south-east"], cookie: visitor.cookie)
                #expect(officer.status == .forbidden && team.status == .forbidden && add.status == .forbidden, "\(name)")
                #expect(try BoardHarness.get(router, "/authorities/new", cookie: visitor.cookie).status == .forbidden)
                let national = try BoardHarness.post(router, "/team/activities", ["csrf": visitor.csrf, "kind": "presentation", "sector": "health",
                                                                                  "officer": "Sam Jones"], cookie: visitor.cookie)
                #expect(national.status == (name == "Sam Jones" ? .seeOther : .forbidden), "\(name) national activity")
            }
            #expect(try store.officer(named: "Sam Jones").activeCap == 1 && store.teamCap().cap == nil)
            #expect(throws: EngageError.self) { try store.authority(named: "Kent") }
            #expect(try store.activities(Activity.Filter()).count == 1, "the officer's only")
        }
    }

    @Test("/authorities/new is its own page, not an authority called 'new'; adding one: 303 to its page, audited; refusals beside fields")
    func addAuthority() throws {
        try BoardHarness.withBoard(seed: LifecycleFormTests.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/authorities/new", cookie: maria.cookie)
            #expect(page.status == .ok && page.bodyText.contains("<h1>Add an authority</h1>"))
            #expect(page.bodyText.contains(#"<label class="label" for="authority-add-region">Region</label>"#))
            let blank = try BoardHarness.post(router, "/authorities/new", ["csrf": maria.csrf, "name": "", "region": "", "profile": "Rural"], cookie: maria.cookie)
            #expect(blank.status == .unprocessableContent)
            #expect(blank.bodyText.contains(##"<a href="#authority-add-name">Enter the authority&#39;s name</a>"##))
            #expect(blank.bodyText.contains(##"<a href="#authority-add-region">Choose its region</a>"##) && blank.bodyText.contains(">Rural</textarea>"))
            let taken = try BoardHarness.post(router, "/authorities/new", ["csrf": maria.csrf, "name": "dorset", "region": "south-west"], cookie: maria.cookie)
            #expect(taken.status == .conflict && taken.bodyText.contains(##"<a href="#authority-add-name">Authority &#39;Dorset&#39; already exists"##))
            let added = try BoardHarness.post(router, "/authorities/new", ["csrf": maria.csrf, "name": "Kent", "region": "south-east", "profile": "Coastal"],
                                              cookie: maria.cookie)
            #expect(added.status == .seeOther && added.headers["Location"] == "/authorities/Kent")
            #expect(try LifecycleFormTests.confirmation(added) == "Kent added as a prospect in South East.")
            let kent = try store.authority(named: "Kent")
            #expect(kent.status == .prospect && kent.region == .southEast && kent.profile == "Coastal")
            #expect(try store.auditEntries(authority: "Kent").contains { $0.actor == "Maria Manager" })
        }
    }

    @Test("a national activity from the team page: the visitor's officer by default, the sector required, recorded")
    func nationalActivity() throws {
        try BoardHarness.withBoard(seed: LifecycleFormTests.team) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let page = try BoardHarness.get(router, "/team", cookie: sam.cookie).bodyText
            #expect(page.contains(#"<option value="Sam Jones" selected>Sam Jones (South West)</option>"#))
            #expect(page.contains(#"<label class="label" for="activity-national-sector">Sector of its audience</label>"#))
            let bad = try BoardHarness.post(router, "/team/activities", ["csrf": sam.csrf, "kind": "presentation", "sector": "astronomy",
                                                                         "officer": "Sam Jones", "attendees": "many"], cookie: sam.cookie)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.bodyText.contains(##"<a href="#activity-national-sector">Unknown sector"##))
            #expect(bad.bodyText.contains(##"<a href="#activity-national-attendees">Attendees must be a whole number"##))
            let sent = try BoardHarness.post(router, "/team/activities", ["csrf": sam.csrf, "kind": "presentation", "sector": "health",
                                                                          "officer": "Sam Jones", "attendees": "40", "title": "NHS conference"],
                                             cookie: sam.cookie)
            #expect(sent.status == .seeOther && sent.headers["Location"] == "/team#national-activity")
            #expect(try LifecycleFormTests.confirmation(sent) == "National presentation on \(Day.today()) recorded.")
            let recorded = try store.activities(Activity.Filter())
            #expect(recorded.count == 1 && recorded.first?.sector == .health && recorded.first?.officer == "Sam Jones")
            #expect(recorded.first?.authority == nil && recorded.first?.attendees == 40)
            #expect(try store.auditEntries(limit: 5).contains { $0.action == "activity.add" && $0.actor == "Sam Jones" })
        }
    }
}
