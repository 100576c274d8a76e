import EngageHTTP
import Foundation
import Testing

@Suite("API: authorities, roles and errors")
struct AuthorityRouteTests {
    @Test("listing needs a token; any role may read")
    func listing() throws {
        try APIHarness.with { api in
            let anonymous = try api.call(.get, "/api/authorities")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.errorCode == "unauthorized")
            #expect(anonymous.headers["WWW-Authenticate"]?.hasPrefix("Bearer") == true)
            #expect(try api.call(.get, "/api/authorities", as: "not-a-token").status == .unauthorized)
            for who in ["viewer", "sam", "manager"] {
                let response = try api.call(.get, "/api/authorities?status=active", as: who)
                #expect(response.status == .ok)
                let names = (response.jsonBody as? [[String: Any]])?.compactMap { $0["name"] as? String }
                #expect(names == ["Somerset"])
            }
        }
    }

    @Test("query parameters are checked: unknown ones and bad values are 422")
    func queryChecks() throws {
        try APIHarness.with { api in
            let unknown = try api.call(.get, "/api/authorities?colour=red", as: "viewer")
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorCode == "unknown_parameters")
            let badStage = try api.call(.get, "/api/authorities?stage=9", as: "viewer")
            #expect(badStage.status == .unprocessableContent)
            #expect(badStage.errorMessage?.contains("at most 4") == true)
            let badRegion = try api.call(.get, "/api/authorities?region=mars", as: "viewer")
            #expect(badRegion.status == .unprocessableContent)
        }
    }

    @Test("an unknown authority is 404 naming it")
    func unknownAuthority() throws {
        try APIHarness.with { api in
            let response = try api.call(.get, "/api/authorities/Atlantis", as: "viewer")
            #expect(response.status == .notFound)
            #expect(response.errorMessage?.contains("Atlantis") == true)
        }
    }

    @Test("assign: a viewer and an officer get 403, a manager assigns; the audit names the token's user")
    func assignRoles() throws {
        try APIHarness.with { api in
            let body = #"{"officer": "Ada Lovelace"}"#
            for who in ["viewer", "sam"] {
                let refused = try api.call(.post, "/api/authorities/Devon/assign", as: who, json: body)
                #expect(refused.status == .forbidden)
                #expect(refused.errorCode == "forbidden")
            }
            let done = try api.call(.post, "/api/authorities/Devon/assign", as: "manager", json: body)
            #expect(done.status == .ok)
            let entries = try api.withStore { try $0.auditEntries(authority: "Devon") }
            #expect(entries.first?.action == "authority.assign")
            #expect(entries.first?.actor == "Maria Manager")
        }
    }

    @Test("advance: an officer advances only the authorities they lead; only a manager overrides")
    func advanceRoles() throws {
        try APIHarness.with { api in
            let other = try api.call(.post, "/api/authorities/Somerset/advance", as: "ada")
            #expect(other.status == .forbidden)
            #expect(other.errorMessage?.contains("led by Sam Jones") == true)
            let gate = try api.call(.post, "/api/authorities/Somerset/advance", as: "sam")
            #expect(gate.status == .conflict)
            #expect(gate.errorCode == "gate_not_met")
            let override = try api.call(.post, "/api/authorities/Somerset/advance", as: "sam", json: #"{"override": "agreed by phone"}"#)
            #expect(override.status == .forbidden)
            let managed = try api.call(.post, "/api/authorities/Somerset/advance", as: "manager", json: #"{"override": "agreed by phone"}"#)
            #expect(managed.status == .ok)
            let after = (managed.jsonBody as? [String: Any])?["after"] as? [String: Any]
            #expect(after?["stage"] as? Int == 2)
        }
    }

    @Test("a full cap is 409 capacity_exceeded with the cap and its holders in details")
    func capacity() throws {
        try APIHarness.with { api in
            try api.withStore { _ = try $0.setTeamCap(1) }
            let response = try api.call(.post, "/api/authorities/Devon/assign", as: "manager", json: #"{"officer": "Ada Lovelace"}"#)
            #expect(response.status == .conflict)
            #expect(response.errorCode == "capacity_exceeded")
            let details = ((response.jsonBody as? [String: Any])?["error"] as? [String: Any])?["details"] as? [String: Any]
            #expect(details?["cap"] as? Int == 1)
            #expect(details?["holders"] as? [String] == ["Somerset"])
        }
    }

    @Test("bodies: not JSON is 400, unknown fields 422 naming them, a missing field 422, a wrong type 422")
    func bodyChecks() throws {
        try APIHarness.with { api in
            let url = "/api/authorities"
            let malformed = try api.call(.post, url, as: "manager", json: "{name:")
            #expect(malformed.status == .badRequest)
            let unknown = try api.call(.post, url, as: "manager", json: #"{"name": "Bath", "region": "south-west", "colour": 1}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.errorCode == "unknown_fields")
            #expect(unknown.errorMessage?.contains("'colour'") == true)
            let missing = try api.call(.post, url, as: "manager", json: #"{"name": "Bath"}"#)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.errorMessage?.contains("region") == true)
            let wrongType = try api.call(.post, url, as: "manager", json: #"{"name": 5, "region": "south-west"}"#)
            #expect(wrongType.status == .unprocessableContent)
            let notJSONType = try api.call(.post, url, as: "manager", json: #"{"name": "Bath", "region": "south-west"}"#,
                                           headers: ["Content-Type": "text/plain"])
            #expect(notJSONType.status == .unsupportedMediaType)
            let created = try api.call(.post, url, as: "manager", json: #"{"name": "Bath", "region": "south-west"}"#)
            #expect(created.status == .created)
            let duplicate = try api.call(.post, url, as: "manager", json: #"{"name": "bath", "region": "south-west"}"#)
            #expect(duplicate.status == .conflict)
        }
    }
}
