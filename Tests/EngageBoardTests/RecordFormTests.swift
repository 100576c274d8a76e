import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// The forms for an authority's agencies and contacts (with a contact's erasure), through the
/// router: what they record, who may send them, and refusals beside their fields.
@Suite("The board: agency and contact forms")
struct RecordFormTests {
    @Test("an officer adds an agency, which the activity form then offers; a blank name comes back beside its field")
    func agency() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let page = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            #expect(page.contains(#"<label class="label" for="agency-add-name">Agency name</label>"#))
            let blank = try BoardHarness.post(router, "/authorities/Dorset/agencies", ["csrf": sam.csrf, "name": " ", "type": "police"],
                                              cookie: sam.cookie)
            #expect(blank.status == .unprocessableContent)
            #expect(blank.bodyText.contains(##"<a href="#agency-add-name">The agency name is empty"##))
            #expect(blank.bodyText.contains(#"<option value="police" selected>"#), "the chosen type is kept")
            let future = try BoardHarness.post(router, "/authorities/Dorset/agencies",
                                               ["csrf": sam.csrf, "name": "Dorset Police", "type": "police",
                                                "identified": Day.today().adding(days: 2).description], cookie: sam.cookie)
            #expect(future.status == .unprocessableContent && future.bodyText.contains(##"href="#agency-add-identified""##))
            #expect(try store.agencies(in: "Dorset").isEmpty)
            let sent = try BoardHarness.post(router, "/authorities/Dorset/agencies",
                                             ["csrf": sam.csrf, "name": "Dorset Police", "type": "police", "forum": "yes"], cookie: sam.cookie)
            #expect(sent.status == .seeOther && sent.headers["Location"] == "/authorities/Dorset#agencies")
            let added = try #require(try store.agencies(in: "Dorset").first)
            #expect(added.name == "Dorset Police" && added.type == .police && added.isForum && added.identifiedOn == Day.today())
            let after = try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText
            #expect(after.contains(#"name="agencies" type="checkbox" value="Dorset Police""#), "an activity can now reach it")
            #expect(after.contains(#"<tr data-agency="\#(added.id)"><td>Dorset Police</td>"#))
            #expect(after.contains(#"Police <span class="tag">forum</span>"#) && !after.contains("&lt;"), "markup is markup, never text")
        }
    }

    @Test("an officer adds a contact; a bad email is shown beside its field with the rest kept; nobody else's authority")
    func contact() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let bad = try BoardHarness.post(router, "/authorities/Dorset/contacts",
                                            ["csrf": sam.csrf, "name": "Ann Lee", "role": "Safeguarding Lead", "email": "ann at dorset"],
                                            cookie: sam.cookie)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.bodyText.contains(##"<a href="#contact-add-email">The email &#39;ann at dorset&#39; is not an email address"##))
            #expect(bad.bodyText.contains(#"value="Safeguarding Lead""#))
            let noRole = try BoardHarness.post(router, "/authorities/Dorset/contacts", ["csrf": sam.csrf, "name": "Ann Lee"], cookie: sam.cookie)
            #expect(noRole.bodyText.contains(##"<a href="#contact-add-role">Enter the contact&#39;s role"##))
            let other = try BoardHarness.post(router, "/authorities/Devon/contacts",
                                              ["csrf": sam.csrf, "name": "Bo Ray", "role": "Lead"], cookie: sam.cookie)
            #expect(other.status == .forbidden)
            #expect(try store.contacts(in: "Dorset").isEmpty && store.contacts(in: "Devon").isEmpty)
            let sent = try BoardHarness.post(router, "/authorities/Dorset/contacts",
                                             ["csrf": sam.csrf, "name": "Ann Lee", "role": "Safeguarding Lead", "organisation": "Dorset Council",
                                              "email": "ann@dorset.example", "phone": "01305 221 000"], cookie: sam.cookie)
            #expect(sent.status == .seeOther && sent.headers["Location"] == "/authorities/Dorset#contacts")
            let added = try #require(try store.contacts(in: "Dorset").first)
            #expect(added.email == "ann@dorset.example" && added.phone == "01305 221 000" && added.organisation == "Dorset Council")
            #expect(!(try BoardHarness.get(router, "/authorities/Dorset", cookie: sam.cookie).bodyText.contains("/erase")),
                    "only a manager is offered the erasure")
        }
    }

    @Test("a manager erases a contact after a page saying what goes; an officer's POST is refused with the contact kept")
    func erase() throws {
        try BoardHarness.withBoard(seed: BoardHarness.team) { router, _, store in
            let ann = try store.addContact(NewContact(authority: "Dorset", name: "Ann Lee", role: "Safeguarding Lead"))
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let refused = try BoardHarness.post(router, "/contacts/\(ann.id)/erase", ["csrf": sam.csrf], cookie: sam.cookie)
            #expect(refused.status == .forbidden)
            #expect(try store.contacts(in: "Dorset").count == 1)
            #expect(try BoardHarness.get(router, "/contacts/\(ann.id)/erase", cookie: sam.cookie).bodyText.contains("Only a manager can erase"))
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            #expect(try BoardHarness.get(router, "/authorities/Dorset", cookie: maria.cookie).bodyText
                .contains(#"<a href="/contacts/\#(ann.id)/erase">Erase<span class="visually-hidden"> Ann Lee</span></a>"#))
            #expect(!(try BoardHarness.get(router, "/authorities/Dorset", cookie: maria.cookie).bodyText.contains("&lt;")))
            let confirm = try BoardHarness.get(router, "/contacts/\(ann.id)/erase", cookie: maria.cookie)
            #expect(confirm.status == .ok && confirm.bodyText.contains("<h1>Erase Ann Lee?</h1>") && confirm.bodyText.contains("cannot be undone"))
            #expect(confirm.bodyText.contains(#"<button type="submit" class="button">Erase Ann Lee</button>"#))
            let noToken = try BoardHarness.post(router, "/contacts/\(ann.id)/erase", [:], cookie: maria.cookie)
            #expect(noToken.status == .forbidden)
            #expect(try store.contacts(in: "Dorset").count == 1)
            let erased = try BoardHarness.post(router, "/contacts/\(ann.id)/erase", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(erased.status == .seeOther && erased.headers["Location"] == "/authorities/Dorset#contacts")
            #expect(try store.contacts(in: "Dorset").isEmpty)
            #expect(try store.auditEntries(authority: nil).contains { $0.action == "contact.erase" && $0.actor == "Maria Manager" })
            #expect(try BoardHarness.get(router, "/contacts/\(ann.id)/erase", cookie: maria.cookie).status == .notFound)
        }
    }
}
