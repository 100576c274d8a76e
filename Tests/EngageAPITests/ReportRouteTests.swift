import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore
import Foundation
import Testing

@Suite("API: reports")
struct ReportRouteTests {
    /// The harness with a presentation (10 days ago) and a workshop (3 days ago) in Somerset, led
    /// by Sam Jones, a follow-up request from Somerset opened 2 days ago, and two assessments of
    /// Somerset (awareness 1 twenty days ago, 3 yesterday).
    private func withActivities(_ body: (APIHarness) throws -> Void) throws {
        try APIHarness.with { api in
            try api.withStore { store in
                let today = Day.today()
                for (kind, days) in [(ActivityKind.presentation, -10), (.workshop, -3)] {
                    _ = try store.addActivity(try NewActivity(scope: .authority("Somerset"), kind: kind, date: today.adding(days: days),
                                                              sector: .education, attendees: 12, today: today))
                }
                _ = try store.addFollowUp(try NewFollowUp(authority: "Somerset", summary: "Materials for schools", kind: .materials,
                                                          openedOn: today.adding(days: -2), today: today))
                for (days, awareness) in [(-20, Rating.notYetInPlace), (-1, .developing)] {
                    _ = try store.addAssessment(try NewAssessment(authority: "Somerset", date: today.adding(days: days),
                                                                  ratings: [try .init(statement: "awareness", rating: awareness)], today: today))
                }
            }
            try body(api)
        }
    }

    /// One report: its name, the store's value as JSON, CSV and table text.
    private struct Expected {
        let name: String
        let json: [UInt8]
        let csv: String
        let table: String
    }

    /// Every report as the store computes it over all time, rendered as the CLI would.
    private func expectedReports(_ store: Store) throws -> [Expected] {
        let scope = try ReportScope(today: Day.today(), timeZone: TimeZone.current.identifier)
        func expected<R: Encodable>(_ name: String, _ report: R, _ csv: (R) -> String, _ table: (R, Int?) -> String) throws -> Expected {
            Expected(name: name, json: try JSONOutput.data(report), csv: csv(report), table: table(report, nil))
        }
        return [
            try expected("summary", try store.summaryReport(scope), ReportSummaryOutput.csv, ReportSummaryOutput.table),
            try expected("agencies", try store.agenciesReport(scope), ReportAgenciesOutput.csv, ReportAgenciesOutput.table),
            try expected("events", try store.eventsReport(scope), ReportEventsOutput.csv, ReportEventsOutput.table),
            try expected("briefings", try store.briefingsReport(scope), ReportBriefingsOutput.csv, ReportBriefingsOutput.table),
            try expected("funnel", try store.funnelReport(scope), ReportFunnelOutput.csv, ReportFunnelOutput.table),
            try expected("followups", try store.followUpsReport(scope), ReportFollowUpsOutput.csv, ReportFollowUpsOutput.table),
            try expected("capacity", try store.capacityReport(scope), ReportCapacityOutput.csv, ReportCapacityOutput.table),
            try expected("outcomes", try store.outcomesReport(scope), ReportOutcomesOutput.csv, ReportOutcomesOutput.table),
        ]
    }

    @Test("every report answers the store's report: JSON by default, CSV and a text table on request")
    func formats() throws {
        try withActivities { api in
            let reports = try api.withStore { try expectedReports($0) }
            #expect(reports.count == 8)
            for report in reports {
                let url = "/api/reports/\(report.name)"
                #expect(try api.call(.get, url).status == .unauthorized)
                let json = try api.call(.get, url, as: "viewer")
                #expect(json.status == .ok, "\(report.name)")
                #expect(json.headers["Content-Type"] == "application/json; charset=utf-8")
                #expect(json.body == report.json, "\(report.name)")
                #expect(try api.call(.get, url + "?format=json", as: "sam").body == report.json, "\(report.name)")
                let csv = try api.call(.get, url + "?format=csv", as: "viewer")
                #expect(csv.status == .ok)
                #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
                #expect(csv.bodyText == report.csv, "\(report.name)")
                let table = try api.call(.get, url + "?format=table", as: "manager")
                #expect(table.status == .ok)
                #expect(table.headers["Content-Type"] == "text/plain; charset=utf-8")
                #expect(table.bodyText == report.table, "\(report.name)")
            }
        }
    }

    @Test("the summary counts what was recorded, in every format")
    func summaryNumbers() throws {
        try withActivities { api in
            let json = try api.call(.get, "/api/reports/summary", as: "viewer").jsonBody as? [String: Any]
            #expect(json?["presentations"] as? Int == 1)
            #expect(json?["workshops"] as? Int == 1)
            #expect(json?["events"] as? Int == 2)
            #expect(json?["authorities_engaged"] as? Int == 1)
            #expect(json?["authorities_asking_for_more"] as? Int == 1)
            let csv = try api.call(.get, "/api/reports/summary?format=csv", as: "viewer").bodyText
            #expect(csv.hasPrefix("measure,value\n"))
            #expect(csv.contains("Presentations delivered,1\n"))
            #expect(csv.contains("Workshops delivered,1\n"))
            let table = try api.call(.get, "/api/reports/summary?format=table", as: "viewer").bodyText
            #expect(table.hasPrefix("period: all time"))
            #expect(table.contains("Events, all kinds"))
        }
    }

    @Test("from, to, region and officer narrow a report as they do in the CLI")
    func filters() throws {
        try withActivities { api in
            let today = Day.today()
            func presentations(_ query: String) throws -> (Int?, Int?) {
                let response = try api.call(.get, "/api/reports/summary?" + query, as: "viewer")
                #expect(response.status == .ok, "\(query)")
                let body = response.jsonBody as? [String: Any]
                return (body?["presentations"] as? Int, body?["workshops"] as? Int)
            }
            #expect(try presentations("from=\(today.adding(days: -5))") == (0, 1))
            #expect(try presentations("to=\(today.adding(days: -5))") == (1, 0))
            #expect(try presentations("from=\(today.adding(days: -30))&to=\(today)") == (1, 1))
            #expect(try presentations("region=london") == (0, 0))
            #expect(try presentations("region=south-west") == (1, 1))
            #expect(try presentations("officer=Ada%20Lovelace") == (0, 0))
            #expect(try presentations("officer=sam%20jones") == (1, 1))
            let scope = (try api.call(.get, "/api/reports/events?region=london&officer=Ada%20Lovelace", as: "viewer").jsonBody
                as? [String: Any])?["scope"] as? [String: Any]
            #expect(scope?["region"] as? String == "london")
            #expect(scope?["officer"] as? String == "Ada Lovelace")
        }
    }

    @Test("bad parameters are 422: a bad date, a period ending before it starts, an unknown format, region or parameter")
    func validation() throws {
        try APIHarness.with { api in
            let refusals = ["from=2014-13-01", "to=yesterday", "from=2014-02-01&to=2014-01-31", "format=xml", "format=JSON",
                            "region=mars", "period=2014", "officer=", "to=6297-10-23", "from=1899-12-31",
                            "from=1950-01-01&to=2050-01-01", "from=1900-01-01&to=2200-12-31"]
            for name in ["summary", "capacity"] {
                for query in refusals {
                    let response = try api.call(.get, "/api/reports/\(name)?\(query)", as: "viewer")
                    #expect(response.status == .unprocessableContent, "\(name)?\(query)")
                }
            }
            let badDate = try api.call(.get, "/api/reports/funnel?from=2014-02-30", as: "viewer")
            #expect(badDate.errorCode == "invalid_field")
            #expect(badDate.errorMessage?.contains("from") == true)
            let far = try api.call(.get, "/api/reports/capacity?to=6297-10-23", as: "viewer")
            #expect(far.errorMessage == "to must be a date YYYY-MM-DD from 1900-01-01 to 2200-12-31, got '6297-10-23'")
            let long = try api.call(.get, "/api/reports/capacity?from=1950-01-01&to=2050-01-01", as: "viewer")
            #expect(long.errorMessage == "the period from 1950-01-01 to 2050-01-01 is 100 years or longer; give a period shorter than 100 years")
            let unknown = try api.call(.get, "/api/reports/events?format=csv&colour=red", as: "viewer")
            #expect(unknown.errorCode == "unknown_parameters")
            #expect(try api.call(.get, "/api/reports/nothing", as: "viewer").status == .notFound)
        }
    }

    @Test("the OpenAPI document lists each report with its parameters and media types")
    func document() throws {
        try APIHarness.with { api in
            let document = try api.call(.get, "/openapi.json").jsonBody as? [String: Any]
            let paths = document?["paths"] as? [String: Any] ?? [:]
            for name in ["summary", "agencies", "events", "briefings", "funnel", "followups", "capacity"] {
                let get = (paths["/api/reports/\(name)"] as? [String: Any])?["get"] as? [String: Any]
                #expect(get?["operationId"] as? String == "report" + name.prefix(1).uppercased() + name.dropFirst())
                let parameters = get?["parameters"] as? [[String: Any]] ?? []
                #expect(parameters.compactMap { $0["name"] as? String } == ["from", "to", "region", "officer", "format"])
                let format = parameters.last?["schema"] as? [String: Any]
                #expect(format?["enum"] as? [String] == ["json", "csv", "table"])
                let content = ((get?["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"] as? [String: Any]
                #expect(content.map { Set($0.keys) } == ["application/json", "text/csv", "text/plain"])
            }
        }
    }
}
