import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// The briefings page and its forms through the router.
@Suite("The board: briefings")
struct BriefingFormTests {
    @Test("an officer adds a locality briefing for their authority and records it sent to an agency; the counts follow")
    func addAndSend() throws {
        try BoardHarness.withBoard(seed: { store in
            try BoardHarness.team(store)
            _ = try store.addAgency(NewAgency(authority: "Dorset", name: "Dorset Police", type: .police, identifiedOn: Day.today(), today: Day.today()))
        }) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let empty = try BoardHarness.get(router, "/briefings", cookie: sam.cookie).bodyText
            #expect(empty.contains("No briefings yet.") && empty.contains(#"for="briefing-add-title">Title</label>"#))
            #expect(!empty.contains("briefing-send"), "nothing to send before there is a briefing")
            #expect(empty.contains(#"<a href="/briefings" aria-current="page">Briefings</a>"#))
            let added = try BoardHarness.post(router, "/briefings", ["csrf": sam.csrf, "title": "Dorset pathways", "kind": "locality",
                                                                     "sector": "", "authorities": "Dorset"], cookie: sam.cookie)
            #expect(added.status == .seeOther && added.headers["Location"] == "/briefings#send")
            #expect(try store.briefings().map(\.authorities) == [["Dorset"]])
            let sent = try BoardHarness.post(router, "/briefings/sent", ["csrf": sam.csrf, "briefing": "Dorset pathways", "to": "agency",
                                                                         "recipient": "Dorset Police", "recipient-authority": "Dorset"],
                                             cookie: sam.cookie)
            #expect(sent.status == .seeOther)
            #expect(try store.briefings().first?.timesSent == 1)
            let page = try BoardHarness.get(router, "/briefings", cookie: sam.cookie).bodyText
            #expect(page.contains(#"<td>Dorset pathways</td><td>locality</td><td>Dorset</td><td class="number">1</td>"#))
        }
    }

    @Test("refusals beside their fields: a sector briefing without a sector, a sending dated tomorrow; a viewer may not send")
    func refused() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let noSector = try BoardHarness.post(router, "/briefings", ["csrf": maria.csrf, "title": "Probation", "kind": "sector", "sector": ""],
                                                 cookie: maria.cookie)
            #expect(noSector.status == .unprocessableContent)
            #expect(noSector.bodyText.contains(##"<a href="#briefing-add-sector">A sector briefing names its sector and no authorities</a>"##))
            #expect(noSector.bodyText.contains(#"value="Probation""#))
            #expect(try store.briefings().isEmpty)
            let sector = try #require(Sector.allCases.first)
            #expect(try BoardHarness.post(router, "/briefings", ["csrf": maria.csrf, "title": "Probation", "kind": "sector",
                                                                 "sector": sector.rawValue], cookie: maria.cookie).status == .seeOther)
            let tomorrow = try BoardHarness.post(router, "/briefings/sent", ["csrf": maria.csrf, "briefing": "Probation", "to": "network",
                                                                             "recipient": "Clinks", "sent": Day.today().adding(days: 1).description],
                                                 cookie: maria.cookie)
            #expect(tomorrow.status == .unprocessableContent && tomorrow.bodyText.contains(##"href="#briefing-send-sent""##))
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            #expect(!(try BoardHarness.get(router, "/briefings", cookie: vic.cookie).bodyText.contains("<form class=\"board-form")))
            let byViewer = try BoardHarness.post(router, "/briefings/sent", ["csrf": vic.csrf, "briefing": "Probation", "to": "network",
                                                                             "recipient": "Clinks"], cookie: vic.cookie)
            #expect(byViewer.status == .forbidden)
            #expect(try store.briefings().first?.timesSent == 0)
        }
    }
}
