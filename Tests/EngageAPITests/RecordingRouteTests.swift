import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing

@Suite("API: agencies, activities, briefings and contacts")
struct RecordingRouteTests {
    // MARK: Agencies

    @Test("add agency: 401 without a token, 403 for a viewer and for Ada on Sam's Somerset; Sam and a manager add")
    func addAgencyRoles() throws {
        try APIHarness.with { api in
            let body = #"{"authority": "somerset", "name": "Somerset LSCB", "type": "lscb", "date": "2014-01-15"}"#
            try api.expectRefusedExceptToSomersetsLead(.post, "/api/agencies", json: body)
            let added = try api.call(.post, "/api/agencies", as: "sam", json: body)
            #expect(added.status == .created)
            let agency = added.objectBody
            #expect(agency?["name"] as? String == "Somerset LSCB")
            #expect(agency?["authority"] as? String == "Somerset")
            #expect(agency?["is_forum"] as? Bool == true)
            #expect(agency?["identified_on"] as? String == "2014-01-15")
            try api.expectNewestSomersetEntry("agency.add", by: "Sam Jones")
            let managed = try api.call(.post, "/api/agencies", as: "manager",
                                       json: #"{"authority": "Somerset", "name": "Avon and Somerset Police", "type": "police"}"#)
            #expect(managed.status == .created)
            #expect(managed.objectBody?["is_forum"] as? Bool == false)
            try api.expectNewestSomersetEntry("agency.add", by: "Maria Manager")
            #expect(try api.call(.post, "/api/agencies", as: "sam", json: body).status == .conflict)
        }
    }

    @Test("add agency: unknown fields, bad types and dates are 422; an unknown authority is 404")
    func addAgencyValidation() throws {
        try APIHarness.with { api in
            let unknown = try api.call(.post, "/api/agencies", as: "sam",
                                       json: #"{"authority": "Somerset", "name": "X", "type": "lscb", "colour": "red"}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorCode == "unknown_fields")
            let badType = try api.call(.post, "/api/agencies", as: "sam", json: #"{"authority": "Somerset", "name": "X", "type": "guild"}"#)
            #expect(badType.status == .unprocessableContent)
            #expect(badType.errorMessage?.contains("guild") == true)
            let badDate = try api.call(.post, "/api/agencies", as: "sam",
                                       json: #"{"authority": "Somerset", "name": "X", "type": "lscb", "date": "2014-13-01"}"#)
            #expect(badDate.status == .unprocessableContent)
            let future = try api.call(.post, "/api/agencies", as: "sam",
                                      json: #"{"authority": "Somerset", "name": "X", "type": "lscb", "date": "2199-01-01"}"#)
            #expect(future.status == .unprocessableContent)
            #expect(future.errorMessage?.contains("future") == true)
            let atlantis = try api.call(.post, "/api/agencies", as: "manager", json: #"{"authority": "Atlantis", "name": "X", "type": "lscb"}"#)
            #expect(atlantis.status == .notFound)
            #expect(try api.withStore { try $0.agencies() }.isEmpty)
        }
    }

    @Test("list agencies: filtered by authority and type")
    func listAgencies() throws {
        try APIHarness.with { api in
            for (authority, name, type) in [("Somerset", "Somerset LSCB", "lscb"), ("Somerset", "Somerset Police", "police"),
                                            ("Devon", "Devon LSCB", "lscb")] {
                let body = #"{"authority": "\#(authority)", "name": "\#(name)", "type": "\#(type)"}"#
                let added = try api.call(.post, "/api/agencies", as: "manager", json: body)
                #expect(added.status == .created)
            }
            #expect(try api.call(.get, "/api/agencies?authority=Somerset", as: "viewer").nameList == ["Somerset LSCB", "Somerset Police"])
            #expect(try api.call(.get, "/api/agencies?type=lscb", as: "viewer").nameList == ["Devon LSCB", "Somerset LSCB"])
            #expect(try api.call(.get, "/api/agencies?authority=Devon&type=police", as: "viewer").nameList == [])
            #expect(try api.call(.get, "/api/agencies?type=guild", as: "viewer").status == .unprocessableContent)
            #expect(try api.call(.get, "/api/agencies?authority=Atlantis", as: "viewer").status == .notFound)
            #expect(try api.call(.get, "/api/agencies").status == .unauthorized)
        }
    }

    // MARK: Activities

    @Test("add activity: refused without a token, for a viewer and for Ada on Somerset; Sam and a manager record")
    func addActivityRoles() throws {
        try APIHarness.with { api in
            let body = #"""
                {"authority": "Somerset", "kind": "presentation", "date": "2014-03-12", "agencies": ["Somerset LSCB"],
                 "agency_type": "lscb", "attendees": 18, "title": "LSCB board", "note": "went well"}
                """#
            try api.expectRefusedExceptToSomersetsLead(.post, "/api/activities", json: body)
            let added = try api.call(.post, "/api/activities", as: "sam", json: body)
            #expect(added.status == .created)
            let activity = added.objectBody
            #expect(activity?["authority"] as? String == "Somerset")
            #expect(activity?["officer"] as? String == "Sam Jones")
            #expect(activity?["agencies"] as? [String] == ["Somerset LSCB"])
            #expect(activity?["attendees"] as? Int == 18)
            #expect(activity?["notes"] as? String == "went well")
            #expect(activity?["occurred_on"] as? String == "2014-03-12")
            try api.expectNewestSomersetEntry("activity.add", by: "Sam Jones")
            let managed = try api.call(.post, "/api/activities", as: "manager",
                                       json: #"{"authority": "Somerset", "kind": "workshop", "date": "2014-04-01", "officer": "Ada Lovelace"}"#)
            #expect(managed.status == .created)
            #expect(managed.objectBody?["officer"] as? String == "Ada Lovelace")
            try api.expectNewestSomersetEntry("activity.add", by: "Maria Manager")
        }
    }

    @Test("add activity: any officer records a national one; scope, enums, ranges and dates are checked")
    func addActivityChecks() throws {
        try APIHarness.with { api in
            let national = try api.call(.post, "/api/activities", as: "ada",
                                        json: #"{"national": true, "sector": "prisons", "kind": "stall", "officer": "Ada Lovelace", "date": "2014-06-20"}"#)
            #expect(national.status == .created)
            #expect(national.objectBody?["sector"] as? String == "prisons")
            #expect(national.objectBody?["authority"] == nil)
            let refusals = [
                #"{"authority": "Somerset", "national": true, "sector": "prisons", "kind": "stall", "officer": "Sam Jones", "date": "2014-06-20"}"#,
                #"{"kind": "stall", "date": "2014-06-20"}"#,
                #"{"national": true, "kind": "stall", "officer": "Sam Jones", "date": "2014-06-20"}"#,
                #"{"authority": "Somerset", "kind": "juggling", "date": "2014-06-20"}"#,
                #"{"authority": "Somerset", "kind": "stall", "date": "20 June 2014"}"#,
                #"{"authority": "Somerset", "kind": "stall", "date": "2014-06-20", "attendees": 100001}"#,
                #"{"authority": "Somerset", "kind": "stall", "date": "2014-06-20", "planned": true}"#,
                #"{"authority": "Somerset", "kind": "stall", "date": "2199-06-20"}"#,
                #"{"authority": "Somerset", "kind": "stall", "date": "2014-06-20", "agencies": ["Unknown forum"]}"#,
            ]
            for body in refusals.dropLast() {
                let response = try api.call(.post, "/api/activities", as: "sam", json: body)
                #expect(response.status == .unprocessableContent, "\(body)")
            }
            #expect(try api.call(.post, "/api/activities", as: "sam", json: refusals[refusals.count - 1]).status == .notFound)
            let unknown = try api.call(.post, "/api/activities", as: "sam",
                                       json: #"{"authority": "Somerset", "kind": "stall", "date": "2014-06-20", "agency": "X"}"#)
            #expect(unknown.errorCode == "unknown_fields")
            #expect(try api.withStore { try $0.activities(Activity.Filter()) }.count == 1)
        }
    }

    @Test("list activities: by authority, period and kind, oldest first")
    func listActivities() throws {
        try APIHarness.with { api in
            for (authority, kind, date) in [("Somerset", "workshop", "2014-05-02"), ("Devon", "presentation", "2013-10-01"),
                                            ("Somerset", "presentation", "2013-11-20")] {
                let body = #"{"authority": "\#(authority)", "kind": "\#(kind)", "date": "\#(date)", "officer": "Sam Jones"}"#
                let added = try api.call(.post, "/api/activities", as: "manager", json: body)
                #expect(added.status == .created)
            }
            let dates = { (query: String) throws -> [String] in
                try api.call(.get, "/api/activities" + query, as: "viewer").arrayBody.compactMap { $0["occurred_on"] as? String }
            }
            #expect(try dates("") == ["2013-10-01", "2013-11-20", "2014-05-02"])
            #expect(try dates("?authority=somerset") == ["2013-11-20", "2014-05-02"])
            #expect(try dates("?from=2013-11-01&to=2013-12-31") == ["2013-11-20"])
            #expect(try dates("?kind=presentation") == ["2013-10-01", "2013-11-20"])
            #expect(try api.call(.get, "/api/activities?from=2014-01-01&to=2013-01-01", as: "viewer").status == .unprocessableContent)
            #expect(try api.call(.get, "/api/activities?kind=juggling", as: "viewer").status == .unprocessableContent)
        }
    }

    // MARK: Briefings

    @Test("add briefing: a locality briefing for Somerset is refused to Ada; Sam adds it, a manager adds a sector one")
    func addBriefingRoles() throws {
        try APIHarness.with { api in
            let body = #"{"title": "Somerset briefing", "kind": "locality", "authorities": ["Somerset"]}"#
            try api.expectRefusedExceptToSomersetsLead(.post, "/api/briefings", json: body)
            let added = try api.call(.post, "/api/briefings", as: "sam", json: body)
            #expect(added.status == .created)
            #expect(added.objectBody?["authorities"] as? [String] == ["Somerset"])
            #expect(added.objectBody?["times_sent"] as? Int == 0)
            try api.expectNewestEntry("briefing.add", by: "Sam Jones")
            let sector = try api.call(.post, "/api/briefings", as: "manager", json: #"{"title": "Health briefing", "kind": "sector", "sector": "health"}"#)
            #expect(sector.status == .created)
            try api.expectNewestEntry("briefing.add", by: "Maria Manager")
            #expect(try api.call(.post, "/api/briefings", as: "manager", json: body).status == .conflict)
            let mixed = try api.call(.post, "/api/briefings", as: "manager", json: #"{"title": "Mixed", "kind": "sector"}"#)
            #expect(mixed.status == .unprocessableContent)
            #expect(try api.call(.post, "/api/briefings", as: "manager", json: #"{"title": "T", "kind": "leaflet"}"#).status == .unprocessableContent)
            #expect(try api.call(.get, "/api/briefings", as: "viewer").arrayBody.compactMap { $0["title"] as? String }
                == ["Health briefing", "Somerset briefing"])
        }
    }

    @Test("send briefing: sending to Somerset or its agencies needs its lead; to a network any officer; ids are checked")
    func sendBriefing() throws {
        try APIHarness.with { api in
            let briefing = try api.call(.post, "/api/briefings", as: "manager", json: #"{"title": "Health briefing", "kind": "sector", "sector": "health"}"#)
            let id = try #require(briefing.objectBody?["id"] as? Int)
            let url = "/api/briefings/\(id)/disseminations"
            try api.expectRefusedExceptToSomersetsLead(.post, url, json: #"{"authority": "Somerset", "date": "2014-02-10"}"#)
            _ = try api.call(.post, "/api/agencies", as: "manager", json: #"{"authority": "Somerset", "name": "Somerset LSCB", "type": "lscb"}"#)
            #expect(try api.call(.post, url, as: "ada", json: #"{"agency": "Somerset LSCB", "in": "Somerset", "date": "2014-02-10"}"#).status == .forbidden)
            let sent = try api.call(.post, url, as: "sam", json: #"{"authority": "Somerset", "date": "2014-02-10"}"#)
            #expect(sent.status == .created)
            #expect(sent.objectBody?["recipient_kind"] as? String == "authority")
            #expect(sent.objectBody?["recipient"] as? String == "Somerset")
            try api.expectNewestEntry("briefing.send", by: "Sam Jones")
            let network = try api.call(.post, url, as: "ada", json: #"{"network": "Clinks", "date": "2014-02-11"}"#)
            #expect(network.status == .created)
            let agency = try api.call(.post, url, as: "manager", json: #"{"agency": "Somerset LSCB", "in": "Somerset", "date": "2014-02-12"}"#)
            #expect(agency.status == .created)
            #expect(agency.objectBody?["recipient"] as? String == "Somerset LSCB (Somerset)")
            try api.expectNewestEntry("briefing.send", by: "Maria Manager")
            for body in [#"{"authority": "Somerset", "network": "Clinks", "date": "2014-02-10"}"#, #"{"date": "2014-02-10"}"#,
                         #"{"agency": "Somerset LSCB", "date": "2014-02-10"}"#, #"{"network": "Clinks", "in": "Somerset", "date": "2014-02-10"}"#,
                         #"{"network": "Clinks", "date": "2199-02-10"}"#, #"{"network": "Clinks"}"#] {
                #expect(try api.call(.post, url, as: "manager", json: body).status == .unprocessableContent, "\(body)")
            }
            #expect(try api.call(.post, "/api/briefings/9999/disseminations", as: "manager", json: #"{"network": "Clinks", "date": "2014-02-10"}"#).status == .notFound)
            #expect(try api.call(.post, "/api/briefings/abc/disseminations", as: "manager", json: #"{"network": "Clinks", "date": "2014-02-10"}"#).status == .notFound)
            #expect(try api.call(.get, "/api/briefings", as: "viewer").arrayBody.first?["times_sent"] as? Int == 3)
        }
    }

    // MARK: Contacts

    @Test("add contact: refused without a token, for a viewer and for Ada on Somerset; Sam and a manager add; details are checked")
    func addContact() throws {
        try APIHarness.with { api in
            let body = #"{"authority": "Somerset", "name": "Jo Smith", "role": "LSCB Manager", "email": "jo@example.org", "phone": "01823 355 000"}"#
            try api.expectRefusedExceptToSomersetsLead(.post, "/api/contacts", json: body)
            let added = try api.call(.post, "/api/contacts", as: "sam", json: body)
            #expect(added.status == .created)
            #expect(added.objectBody?["name"] as? String == "Jo Smith")
            #expect(added.objectBody?["email"] as? String == "jo@example.org")
            #expect(added.objectBody?["id"] as? Int != nil)
            try api.expectNewestSomersetEntry("contact.add", by: "Sam Jones")
            let managed = try api.call(.post, "/api/contacts", as: "manager", json: #"{"authority": "Somerset", "name": "Al Brown", "role": "Head"}"#)
            #expect(managed.status == .created)
            try api.expectNewestSomersetEntry("contact.add", by: "Maria Manager")
            for bad in [#""email": "not-an-address""#, #""phone": "call me maybe, any time""#, #""phone": "12""#, #""nickname": "Jo""#] {
                let response = try api.call(.post, "/api/contacts", as: "sam", json: #"{"authority": "Somerset", "name": "Jo", "role": "R", \#(bad)}"#)
                #expect(response.status == .unprocessableContent, "\(bad)")
            }
            let names = try api.call(.get, "/api/authorities/somerset/contacts", as: "viewer").nameList
            #expect(names == ["Al Brown", "Jo Smith"])
            #expect(try api.call(.get, "/api/authorities/Atlantis/contacts", as: "viewer").status == .notFound)
        }
    }

    @Test("erase contact: only a manager; the name is gone from the contacts and the audit log; a second erase is 404")
    func eraseContact() throws {
        try APIHarness.with { api in
            let added = try api.call(.post, "/api/contacts", as: "sam", json: #"{"authority": "Somerset", "name": "Jo Smith", "role": "LSCB Manager"}"#)
            let id = try #require(added.objectBody?["id"] as? Int)
            let mentions = { try api.withStore { try $0.auditEntries() }.filter { $0.detailsJSON.contains("Jo Smith") }.count }
            #expect(try mentions() == 1)
            #expect(try api.call(.delete, "/api/contacts/\(id)").status == .unauthorized)
            for who in ["viewer", "sam"] {
                #expect(try api.call(.delete, "/api/contacts/\(id)", as: who).status == .forbidden)
            }
            #expect(try api.call(.get, "/api/authorities/Somerset/contacts", as: "viewer").nameList == ["Jo Smith"])
            let erased = try api.call(.delete, "/api/contacts/\(id)", as: "manager")
            #expect(erased.status == .ok)
            #expect(erased.objectBody?["contact_id"] as? Int == id)
            #expect(erased.objectBody?["authority"] as? String == "Somerset")
            #expect(erased.objectBody?["audit_rows_blanked"] as? Int == 1)
            #expect(!String(decoding: erased.body, as: UTF8.self).contains("Jo Smith"))
            #expect(try api.call(.get, "/api/authorities/Somerset/contacts", as: "viewer").nameList == [])
            #expect(try mentions() == 0)
            #expect(try api.withStore { try $0.auditEntries() }.first?.actor == "Maria Manager")
            #expect(try api.call(.delete, "/api/contacts/\(id)", as: "manager").status == .notFound)
            #expect(try api.call(.delete, "/api/contacts/0", as: "manager").status == .notFound)
        }
    }
}

extension APIHarness {
    /// Expects a write about Somerset to be refused without a token (401), with a viewer's token
    /// (403) and with Ada's (403: Somerset is led by Sam), and that none of them recorded anything.
    func expectRefusedExceptToSomersetsLead(_ method: HTTPMethod, _ target: String, json: String,
                                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try withStore { try $0.auditEntries(limit: 1_000).count }
        #expect(try call(method, target, json: json).status == .unauthorized, sourceLocation: sourceLocation)
        #expect(try call(method, target, as: "viewer", json: json).status == .forbidden, sourceLocation: sourceLocation)
        let ada = try call(method, target, as: "ada", json: json)
        #expect(ada.status == .forbidden, sourceLocation: sourceLocation)
        #expect(ada.errorMessage?.contains("led by Sam Jones") == true, sourceLocation: sourceLocation)
        #expect(try withStore { try $0.auditEntries(limit: 1_000).count } == before, sourceLocation: sourceLocation)
    }

    /// Expects the newest audit entry about Somerset to be `action`, by `actor`.
    func expectNewestSomersetEntry(_ action: String, by actor: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let entry = try withStore { try $0.auditEntries(authority: "Somerset").first }
        #expect(entry?.action == action, sourceLocation: sourceLocation)
        #expect(entry?.actor == actor, sourceLocation: sourceLocation)
    }

    /// Expects the newest audit entry of all to be `action`, by `actor` (for records the
    /// per-authority view cannot attribute, such as briefings).
    func expectNewestEntry(_ action: String, by actor: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let entry = try withStore { try $0.auditEntries().first }
        #expect(entry?.action == action, sourceLocation: sourceLocation)
        #expect(entry?.actor == actor, sourceLocation: sourceLocation)
    }
}

extension HTTPResponse {
    /// The body as a JSON object.
    var objectBody: [String: Any]? { jsonBody as? [String: Any] }

    /// The body as a JSON array of objects; empty when it is not one.
    var arrayBody: [[String: Any]] { jsonBody as? [[String: Any]] ?? [] }

    /// The `name` of each object in a JSON array body.
    var nameList: [String] { arrayBody.compactMap { $0["name"] as? String } }
}
