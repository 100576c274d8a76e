import EngageHTTP
import Foundation
import Testing

@Suite("API: Quality Statements, assessments and work plans")
struct OutcomeRouteTests {
    private let first = #"{"date": "2026-01-10", "ratings": [{"statement": "awareness", "rating": 1}, {"statement": "voice", "rating": 3, "evidence": "Youth panel"}], "participants": ["LSCB manager"]}"#
    private let later = #"{"ratings": [{"statement": "awareness", "rating": 3}, {"statement": "voice", "rating": 2}]}"#

    @Test("recording an assessment: officers for the authorities they lead, managers for any; the audit names the token's user")
    func assessmentRoles() throws {
        try APIHarness.with { api in
            let url = "/api/authorities/Somerset/assessments"
            #expect(try api.call(.post, url, json: first).status == .unauthorized)
            #expect(try api.call(.post, url, as: "viewer", json: first).status == .forbidden)
            #expect(try api.call(.post, url, as: "ada", json: first).status == .forbidden)
            let added = try api.call(.post, url, as: "sam", json: first)
            #expect(added.status == .created)
            #expect((added.jsonBody as? [String: Any])?["rated_count"] as? Int == 2)
            #expect(try api.call(.post, "/api/authorities/Devon/assessments", as: "manager", json: later).status == .created)
            let audit = try api.withStore { try $0.auditEntries(limit: 5) }
            #expect(audit.contains { $0.action == "assessment.add" && $0.actor == "Sam Jones" })
        }
    }

    @Test("ratings outside 1–4, unknown statements, a statement rated twice and future dates are 422")
    func assessmentValidation() throws {
        try APIHarness.with { api in
            let url = "/api/authorities/Somerset/assessments"
            for body in [#"{"ratings": [{"statement": "awareness", "rating": 5}]}"#,
                         #"{"ratings": [{"statement": "awareness", "rating": 0}]}"#,
                         #"{"ratings": [{"statement": "awarness", "rating": 2}]}"#,
                         #"{"ratings": [{"statement": "voice", "rating": 2}, {"statement": "voice", "rating": 3}]}"#,
                         #"{"date": "2199-01-01", "ratings": [{"statement": "voice", "rating": 2}]}"#,
                         #"{"ratings": []}"#,
                         #"{"ratings": [{"statement": "voice", "rating": 2, "colour": "red"}]}"#] {
                let response = try api.call(.post, url, as: "manager", json: body)
                #expect(response.status == .unprocessableContent, "\(body): \(response.bodyText)")
            }
            #expect(try api.call(.get, url, as: "viewer").arrayBody.isEmpty, "nothing was recorded")
        }
    }

    @Test("listing and comparing: each statement with the earlier rating, the latest and the change")
    func listAndCompare() throws {
        try APIHarness.with { api in
            let url = "/api/authorities/Somerset/assessments"
            #expect(try api.call(.get, url + "/compare", as: "viewer").status == .notFound, "nothing to compare yet")
            _ = try api.call(.post, url, as: "manager", json: first)
            _ = try api.call(.post, url, as: "manager", json: later)
            #expect(try api.call(.get, url, as: "viewer").arrayBody.count == 2)
            let comparison = try api.call(.get, url + "/compare?with=first", as: "viewer")
            #expect(comparison.status == .ok)
            let lines = ((comparison.jsonBody as? [String: Any])?["statements"] as? [[String: Any]]) ?? []
            #expect(lines.count == 8)
            let changes = Dictionary(uniqueKeysWithValues: lines.map { ($0["statement"] as? String ?? "", $0["change"] as? Int) })
            #expect(changes["awareness"] == 2)
            #expect(changes["voice"] == -1)
            #expect(changes["stigma"] == .some(nil))
            #expect(try api.call(.get, url + "/compare?with=last", as: "viewer").status == .unprocessableContent)
        }
    }

    @Test("work plans: officers add and close actions for the authorities they lead; dropping needs a reason")
    func plans() throws {
        try APIHarness.with { api in
            let body = #"{"authority": "Somerset", "statement": "multi-agency", "action": "Name a lead in each agency", "owner": "Sam Jones", "due": "2026-12-31"}"#
            #expect(try api.call(.post, "/api/plans", as: "viewer", json: body).status == .forbidden)
            #expect(try api.call(.post, "/api/plans", as: "ada", json: body).status == .forbidden)
            let added = try api.call(.post, "/api/plans", as: "sam", json: body)
            #expect(added.status == .created)
            let id = try #require((added.jsonBody as? [String: Any])?["id"] as? Int)
            #expect(try api.call(.post, "/api/plans/\(id)/done", as: "ada", json: "{}").status == .forbidden)
            #expect(try api.call(.post, "/api/plans/\(id)/drop", as: "sam", json: "{}").status == .unprocessableContent)
            let done = try api.call(.post, "/api/plans/\(id)/done", as: "sam", json: "{}")
            #expect(done.status == .ok)
            #expect((done.jsonBody as? [String: Any])?["status"] as? String == "done")
            #expect(try api.call(.post, "/api/plans/\(id)/done", as: "sam", json: "{}").status == .conflict)
            #expect(try api.call(.post, "/api/plans/999/done", as: "manager", json: "{}").status == .notFound)
            let unknown = #"{"authority": "Somerset", "statement": "nothing", "action": "A", "owner": "Sam Jones", "due": "2026-12-31"}"#
            #expect(try api.call(.post, "/api/plans", as: "manager", json: unknown).status == .unprocessableContent)
            #expect(try api.call(.get, "/api/plans?authority=Somerset", as: "viewer").arrayBody.count == 1)
            #expect(try api.call(.get, "/api/plans?open=true", as: "viewer").arrayBody.isEmpty)
        }
    }

    @Test("statements: anyone reads the eight; only a manager rewords one")
    func statements() throws {
        try APIHarness.with { api in
            let list = try api.call(.get, "/api/statements", as: "viewer").arrayBody
            #expect(list.compactMap { $0["key"] as? String } == ["awareness", "identification", "voice", "multi-agency", "cjs-stages", "support", "stigma", "evidence"])
            let body = #"{"title": "Awareness across services"}"#
            #expect(try api.call(.put, "/api/statements/awareness", as: "sam", json: body).status == .forbidden)
            let reworded = try api.call(.put, "/api/statements/awareness", as: "manager", json: body)
            #expect(reworded.status == .ok)
            #expect((reworded.jsonBody as? [String: Any])?["title"] as? String == "Awareness across services")
            #expect(try api.call(.put, "/api/statements/nothing", as: "manager", json: body).status.code >= 404)
        }
    }

    @Test("overdue actions: beside overdue follow-ups in /api/followups?overdue=true, marked in /api/plans and the authority's overview")
    func overdueActions() throws {
        try APIHarness.with { api in
            let late = #"{"authority": "Somerset", "statement": "voice", "action": "Ask the youth panel", "owner": "Sam Jones", "due": "2020-01-01"}"#
            let later = #"{"authority": "Somerset", "statement": "stigma", "action": "Run the stigma session", "owner": "Sam Jones", "due": "2199-01-01"}"#
            #expect(try api.call(.post, "/api/plans", as: "sam", json: late).status == .created)
            #expect(try api.call(.post, "/api/plans", as: "sam", json: later).status == .created)
            #expect(try api.call(.post, "/api/followups", as: "sam",
                                 json: #"{"authority": "Somerset", "summary": "Handbooks", "date": "2020-02-01", "due": "2020-02-10"}"#).status == .created)

            let overdue = try api.call(.get, "/api/followups?overdue=true", as: "viewer").arrayBody
            #expect(overdue.map { $0["item"] as? String } == ["action", "followup"])
            #expect(overdue.map { $0["overdue"] as? Bool } == [true, true])
            #expect(overdue.first?["action"] as? String == "Ask the youth panel")
            let northWest = try api.call(.get, "/api/followups?overdue=true&region=north-west", as: "viewer")
            #expect(northWest.status == .ok && northWest.arrayBody.isEmpty, "Somerset is in the South West")
            let plain = try api.call(.get, "/api/followups", as: "viewer").arrayBody
            #expect(plain.map { $0["item"] as? String } == ["followup"], "actions only in the overdue list")

            let plans = try api.call(.get, "/api/plans?open=true", as: "viewer").arrayBody
            #expect(plans.map { $0["overdue"] as? Bool } == [true, false])
            let overview = try api.call(.get, "/api/authorities/Somerset", as: "viewer").jsonBody as? [String: Any]
            let actions = overview?["open_plan_actions"] as? [[String: Any]]
            #expect(actions?.map { $0["statement"] as? String } == ["voice", "stigma"])
            #expect(actions?.map { $0["overdue"] as? Bool } == [true, false])
        }
    }

    @Test("the outcomes report: a rise and a fall counted per statement; a single assessment counts in neither")
    func outcomesReport() throws {
        try APIHarness.with { api in
            let url = "/api/authorities/Somerset/assessments"
            #expect(try api.call(.post, url, as: "manager", json: first).status == .created)
            #expect(try api.call(.post, url, as: "manager", json: later).status == .created)
            #expect(try api.call(.post, "/api/authorities/Devon/assessments", as: "manager", json: later).status == .created)
            let report = try api.call(.get, "/api/reports/outcomes?from=2026-01-01", as: "viewer")
            #expect(report.status == .ok, "\(report.bodyText)")
            let statements = ((report.jsonBody as? [String: Any])?["statements"] as? [[String: Any]]) ?? []
            let byKey = Dictionary(uniqueKeysWithValues: statements.map { ($0["statement"] as? String ?? "", $0) })
            #expect(byKey["awareness"]?["authorities"] as? Int == 1 && byKey["awareness"]?["rose"] as? Int == 1)
            #expect(byKey["voice"]?["fell"] as? Int == 1 && byKey["voice"]?["median_change"] as? Double == -1)
            #expect(byKey["stigma"]?["authorities"] as? Int == 0)
            #expect(try api.call(.get, "/api/reports/outcomes?region=south-west&format=csv", as: "viewer").bodyText.hasPrefix("group,statement"))
            #expect(try api.call(.get, "/api/reports/outcomes?from=2026-02-01&to=2026-01-01", as: "viewer").status == .unprocessableContent)
        }
    }
}
