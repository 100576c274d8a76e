import EngageCore
import EngageHTTP
import Foundation
import Testing

@Suite("API: officers, caps, workload, waitlist, audit")
struct TeamRouteTests {
    @Test("officers: any role lists them with their load")
    func listOfficers() throws {
        try APIHarness.with { api in
            #expect(try api.call(.get, "/api/officers").status == .unauthorized)
            for who in ["viewer", "sam", "manager"] {
                let response = try api.call(.get, "/api/officers", as: who)
                #expect(response.status == .ok)
                let officers = response.jsonBody as? [[String: Any]]
                #expect(officers?.compactMap { $0["name"] as? String }.sorted() == ["Ada Lovelace", "Sam Jones"])
                let sam = officers?.first { $0["name"] as? String == "Sam Jones" }
                #expect(sam?["active_count"] as? Int == 1)
                #expect(sam?["active_cap"] as? Int == 4)
            }
        }
    }

    @Test("adding an officer: 401 without a token, 403 for a viewer or an officer, 201 for a manager, audited as the manager")
    func addOfficerRoles() throws {
        try APIHarness.with { api in
            let body = #"{"name": "Jo Whitfield", "region": "north-west", "cap": 3}"#
            #expect(try api.call(.post, "/api/officers", json: body).status == .unauthorized)
            for who in ["viewer", "sam"] {
                let refused = try api.call(.post, "/api/officers", as: who, json: body)
                #expect(refused.status == .forbidden)
                #expect(refused.errorCode == "forbidden")
            }
            #expect(try api.withStore { try $0.officers().count } == 2)
            let created = try api.call(.post, "/api/officers", as: "manager", json: body)
            #expect(created.status == .created)
            #expect((created.jsonBody as? [String: Any])?["active_cap"] as? Int == 3)
            let stored = try api.withStore { try $0.officer(named: "jo whitfield") }
            #expect(stored.region == .northWest)
            #expect(stored.activeCap == 3)
            let audit = try api.withStore { try $0.auditEntries(limit: 1) }
            #expect(audit.first?.action == "officer.add")
            #expect(audit.first?.actor == "Maria Manager")
            let duplicate = try api.call(.post, "/api/officers", as: "manager", json: #"{"name": "JO WHITFIELD", "region": "london"}"#)
            #expect(duplicate.status == .conflict)
        }
    }

    @Test("adding an officer: the default cap; bad cap, region, unknown or missing fields are 422 and add nobody")
    func addOfficerValidation() throws {
        try APIHarness.with { api in
            let refusals = [
                #"{"name": "Jo", "region": "north-west", "cap": 51}"#,
                #"{"name": "Jo", "region": "north-west", "cap": -1}"#,
                #"{"name": "Jo", "region": "north-west", "cap": "three"}"#,
                #"{"name": "Jo", "region": "mars"}"#,
                #"{"name": "", "region": "london"}"#,
                #"{"region": "london"}"#,
            ]
            for body in refusals {
                let response = try api.call(.post, "/api/officers", as: "manager", json: body)
                #expect(response.status == .unprocessableContent, "\(body)")
            }
            let unknown = try api.call(.post, "/api/officers", as: "manager", json: #"{"name": "Jo", "region": "london", "grade": 7}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorCode == "unknown_fields")
            #expect(try api.withStore { try $0.officers().count } == 2)
            let defaulted = try api.call(.post, "/api/officers", as: "manager", json: #"{"name": "Jo", "region": "london"}"#)
            #expect(defaulted.status == .created)
            #expect((defaulted.jsonBody as? [String: Any])?["active_cap"] as? Int == Officer.defaultCap)
        }
    }

    @Test("setting an officer's cap: roles, range, unknown officer, not below the load")
    func setOfficerCap() throws {
        try APIHarness.with { api in
            let url = "/api/officers/ada%20lovelace/cap"
            #expect(try api.call(.put, url, json: #"{"cap": 2}"#).status == .unauthorized)
            for who in ["viewer", "ada"] {
                #expect(try api.call(.put, url, as: who, json: #"{"cap": 2}"#).status == .forbidden)
            }
            for body in [#"{"cap": 51}"#, #"{"cap": -1}"#, #"{"cap": "2"}"#, #"{"cap": null}"#, "{}", #"{"cap": 2, "why": "x"}"#] {
                #expect(try api.call(.put, url, as: "manager", json: body).status == .unprocessableContent, "\(body)")
            }
            #expect(try api.withStore { try $0.officer(named: "Ada Lovelace").activeCap } == 4)
            let done = try api.call(.put, url, as: "manager", json: #"{"cap": 2}"#)
            #expect(done.status == .ok)
            #expect((done.jsonBody as? [String: Any])?["name"] as? String == "Ada Lovelace")
            #expect(try api.withStore { try $0.officer(named: "Ada Lovelace").activeCap } == 2)
            let audit = try api.withStore { try $0.auditEntries(limit: 1) }
            #expect(audit.first?.action == "officer.set-cap")
            #expect(audit.first?.actor == "Maria Manager")
            #expect(try api.call(.put, "/api/officers/Nobody/cap", as: "manager", json: #"{"cap": 2}"#).status == .notFound)
            let belowLoad = try api.call(.put, "/api/officers/Sam%20Jones/cap", as: "manager", json: #"{"cap": 0}"#)
            #expect(belowLoad.status == .conflict)
        }
    }

    @Test("team cap: any role reads it; a manager sets it, and removes it with null")
    func teamCap() throws {
        try APIHarness.with { api in
            let shown = try api.call(.get, "/api/settings/team-cap", as: "viewer")
            #expect(shown.status == .ok)
            let initial = shown.jsonBody as? [String: Any]
            #expect(initial?["active"] as? Int == 1)
            #expect(initial.map { $0.keys.contains("cap") } == false, "no team cap: the member is left out")
            #expect(try api.call(.put, "/api/settings/team-cap", json: #"{"cap": 3}"#).status == .unauthorized)
            for who in ["viewer", "sam"] {
                #expect(try api.call(.put, "/api/settings/team-cap", as: who, json: #"{"cap": 3}"#).status == .forbidden)
            }
            let set = try api.call(.put, "/api/settings/team-cap", as: "manager", json: #"{"cap": 3}"#)
            #expect(set.status == .ok)
            #expect((set.jsonBody as? [String: Any])?["cap"] as? Int == 3)
            #expect(try api.withStore { try $0.teamCap().cap } == 3)
            let audit = try api.withStore { try $0.auditEntries(limit: 1) }
            #expect(audit.first?.action == "settings.team-cap")
            #expect(audit.first?.actor == "Maria Manager")
            let removed = try api.call(.put, "/api/settings/team-cap", as: "manager", json: #"{"cap": null}"#)
            #expect(removed.status == .ok)
            #expect((removed.jsonBody as? [String: Any]).map { $0.keys.contains("cap") } == false)
            #expect(try api.withStore { try $0.teamCap().cap } == nil)
        }
    }

    @Test("team cap: out of range, the wrong type, missing or unknown fields are 422; below the active count 409")
    func teamCapValidation() throws {
        try APIHarness.with { api in
            try api.withStore { _ = try $0.setTeamCap(5) }
            for body in [#"{"cap": 0}"#, #"{"cap": 1001}"#, #"{"cap": "none"}"#, #"{"cap": 2.5}"#, "{}", #"{"cap": 3, "note": "x"}"#] {
                let response = try api.call(.put, "/api/settings/team-cap", as: "manager", json: body)
                #expect(response.status == .unprocessableContent, "\(body)")
            }
            #expect(try api.withStore { try $0.teamCap().cap } == 5)
            try api.withStore { _ = try $0.assign("Devon", officer: "Ada Lovelace") }
            let below = try api.call(.put, "/api/settings/team-cap", as: "manager", json: #"{"cap": 1}"#)
            #expect(below.status == .conflict)
            #expect(try api.withStore { try $0.teamCap().cap } == 5)
        }
    }

    @Test("workload: each officer's active authorities against their cap, the team, and the waitlist by region")
    func workload() throws {
        try APIHarness.with { api in
            try api.withStore { store in
                _ = try store.setTeamCap(2)
                _ = try store.waitlist("Devon")
            }
            #expect(try api.call(.get, "/api/workload").status == .unauthorized)
            let response = try api.call(.get, "/api/workload", as: "viewer")
            #expect(response.status == .ok)
            let body = response.jsonBody as? [String: Any]
            let officers = body?["officers"] as? [[String: Any]] ?? []
            let sam = officers.first { $0["name"] as? String == "Sam Jones" }
            let samActive = sam?["active"] as? [[String: Any]]
            #expect(samActive?.compactMap { $0["name"] as? String } == ["Somerset"])
            #expect(samActive?.first?["stage"] as? Int == 1)
            #expect(samActive?.first?["days_in_stage"] as? Int == 0)
            #expect(sam?["cap"] as? Int == 4)
            let ada = officers.first { $0["name"] as? String == "Ada Lovelace" }
            #expect((ada?["active"] as? [Any])?.isEmpty == true)
            let team = body?["team"] as? [String: Any]
            #expect(team?["cap"] as? Int == 2)
            #expect(team?["active"] as? Int == 1)
            let waitlist = body?["waitlist"] as? [[String: Any]]
            #expect(waitlist?.count == 1)
            #expect(waitlist?.first?["region"] as? String == "south-west")
            #expect(waitlist?.first?["waiting"] as? Int == 1)
        }
    }

    @Test("waitlist: oldest first, filtered by region; a bad region is 422")
    func waitlist() throws {
        try APIHarness.with { api in
            let empty = try api.call(.get, "/api/waitlist", as: "viewer")
            #expect(empty.status == .ok)
            #expect((empty.jsonBody as? [Any])?.isEmpty == true)
            try api.withStore { store in
                _ = try store.addAuthority(try NewAuthority(name: "Hackney", region: .london))
                _ = try store.waitlist("Devon")
                _ = try store.waitlist("Hackney")
            }
            let all = try api.call(.get, "/api/waitlist", as: "sam")
            #expect((all.jsonBody as? [[String: Any]])?.compactMap { $0["authority"] as? String } == ["Devon", "Hackney"])
            let london = try api.call(.get, "/api/waitlist?region=london", as: "viewer")
            let entries = london.jsonBody as? [[String: Any]]
            #expect(entries?.compactMap { $0["authority"] as? String } == ["Hackney"])
            #expect(entries?.first?["since"] is String)
            #expect(try api.call(.get, "/api/waitlist?region=mars", as: "viewer").status == .unprocessableContent)
        }
    }

    @Test("audit: newest first with details as objects, by authority, limit within 1 to 10000")
    func audit() throws {
        try APIHarness.with { api in
            #expect(try api.call(.get, "/api/audit").status == .unauthorized)
            let response = try api.call(.get, "/api/audit?authority=somerset", as: "viewer")
            #expect(response.status == .ok)
            let entries = response.jsonBody as? [[String: Any]] ?? []
            #expect(entries.compactMap { $0["action"] as? String } == ["authority.assign", "authority.add"])
            #expect(entries.first?["actor"] as? String == "setup")
            let after = (entries.first?["details"] as? [String: Any])?["after"] as? [String: Any]
            #expect(after?["lead_officer"] as? String == "Sam Jones")
            let limited = try api.call(.get, "/api/audit?limit=1", as: "viewer")
            #expect((limited.jsonBody as? [Any])?.count == 1)
            for bad in ["limit=0", "limit=10001", "limit=ten", "since=2014-01-01"] {
                #expect(try api.call(.get, "/api/audit?\(bad)", as: "viewer").status == .unprocessableContent, "\(bad)")
            }
            #expect(try api.call(.get, "/api/audit?authority=Atlantis", as: "viewer").status == .notFound)
        }
    }
}
