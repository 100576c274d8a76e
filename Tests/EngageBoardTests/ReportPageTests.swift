import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing

/// `/reports` and `/reports/NAME` through the router on a real database: every role reads every
/// page, the GET form round-trips, bad parameters come back beside their fields (422), and the
/// CSV and JSON beside each page are the API's bytes.
@Suite("The board: reports, their pages and downloads")
struct ReportPageTests {
    static let names = ["summary", "agencies", "events", "briefings", "funnel", "followups", "capacity", "outcomes"]

    @Test("/reports lists the eight reports, and the navigation links to it, for every role")
    func list() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            for role in ["viewer", "officer", "manager"] {
                let response = try harness.page("/reports", as: role)
                #expect(response.status == .ok, "\(role)")
                let body = response.bodyText
                #expect(body.contains("<a href=\"/reports\" aria-current=\"page\">Reports</a>"), "\(role)")
                for name in Self.names { #expect(body.contains("<a href=\"/reports/\(name)\">"), "\(role): \(name)") }
            }
            #expect(try harness.page("/").bodyText.contains("<a href=\"/reports\">Reports</a>"))
        }
    }

    @Test("Every report's page renders for every role, with its form, its downloads and no error")
    func everyPage() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            for role in ["viewer", "officer", "manager"] {
                for name in Self.names {
                    let response = try harness.page("/reports/\(name)", as: role)
                    #expect(response.status == .ok, "\(role) \(name): \(response.bodyText.prefix(300))")
                    let body = response.bodyText
                    #expect(body.contains("<form class=\"board-form report-form\" id=\"report\" method=\"get\" action=\"/reports/\(name)\""))
                    for field in ["from", "to", "region", "officer"] {
                        #expect(body.contains("<label class=\"label\" for=\"report-\(field)\">"), "\(name): label of \(field)")
                    }
                    #expect(body.contains("href=\"/reports/\(name).csv\""), "\(name)")
                    #expect(body.contains("href=\"/reports/\(name).json\""), "\(name)")
                    #expect(!body.contains("error-summary"), "\(name)")
                }
            }
        }
    }

    @Test("Every signed-in role reads every page and download through its session")
    func sessions() throws {
        try ReportHarness.with(accounts: true, load: { try ReportPagesFixture.load($0) }) { harness in
            for (role, name) in harness.accounts {
                let session = try BoardHarness.signIn(harness.board, name)
                for report in Self.names {
                    for target in ["/reports", "/reports/\(report)", "/reports/\(report).csv", "/reports/\(report).json"] {
                        let response = try BoardHarness.get(harness.board, target, cookie: session.cookie)
                        #expect(response.status == .ok, "\(role) \(target)")
                    }
                }
            }
        }
    }

    @Test("Without a session or token the pages and downloads are the sign-in page (401)")
    func signedOut() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            for target in ["/reports", "/reports/funnel", "/reports/funnel.csv", "/reports/funnel.json"] {
                let response = try BoardHarness.get(harness.board, target)
                #expect(response.status == .unauthorized, "\(target)")
                #expect(!response.bodyText.contains("funnel-now"), "\(target)")
            }
        }
    }

    @Test("The form's values round-trip, and the download links keep them")
    func roundTrip() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let body = try harness.page("/reports/events?from=2020-01-01&to=2030-12-31&region=north-west&officer=Ben").bodyText
            #expect(body.contains("id=\"report-from\" name=\"from\" type=\"date\" value=\"2020-01-01\""))
            #expect(body.contains("id=\"report-to\" name=\"to\" type=\"date\" value=\"2030-12-31\""))
            #expect(body.contains("<option value=\"north-west\" selected>"))
            #expect(body.contains("<option value=\"Ben\" selected>Ben</option>"))
            #expect(body.contains("href=\"/reports/events.csv?from=2020-01-01&amp;to=2030-12-31&amp;region=north-west&amp;officer=Ben\""))
            #expect(body.contains("Period: 2020-01-01 to 2030-12-31; region: North West; officer: Ben"))
            let hostile = try harness.page("/reports/capacity?officer=" + HTML.pathSegment(ReportPagesFixture.officer)).bodyText
            #expect(hostile.contains("<option value=\"\(HTML.escape(ReportPagesFixture.officer))\" selected>"))
            #expect(!hostile.contains(ReportPagesFixture.officer))
        }
    }

    @Test("Bad parameters come back on the page beside their fields, in an error summary (422), with no report")
    func badParameters() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let reversed = try harness.page("/reports/funnel?from=2024-05-01&to=2024-04-01")
            #expect(reversed.status == .unprocessableContent)
            let body = reversed.bodyText
            #expect(body.contains("<title>Error: Funnel report"))
            #expect(body.contains("class=\"error-summary\""))
            #expect(body.contains("<a href=\"#report-to\">"))
            #expect(body.contains("id=\"report-to-error\""))
            #expect(body.contains("ends before it starts"))
            #expect(body.contains("value=\"2024-05-01\"") && body.contains("value=\"2024-04-01\""))
            #expect(!body.contains("funnel-now") && !body.contains("data-download"))

            let unknown = try harness.page("/reports/summary?region=atlantis&officer=Nobody%20%3Cb%3E&from=2024-02-30")
            #expect(unknown.status == .unprocessableContent)
            let text = unknown.bodyText
            let all = try harness.page("/reports/summary?region=atlantis&officer=Nobody&from=2024-05-01&to=2024-04-01").bodyText
            #expect(["from", "to", "region", "officer"].filter { all.contains("id=\"report-\($0)-error\"") } == ["to", "region", "officer"])
            for field in ["region", "officer", "from"] {
                #expect(text.contains("<a href=\"#report-\(field)\">"), "\(field)")
                #expect(text.contains("id=\"report-\(field)-error\""), "\(field)")
            }
            #expect(text.contains("Nobody &lt;b&gt;") && !text.contains("Nobody <b>"))
            #expect(!text.contains("summary-table"))

            let csv = try harness.page("/reports/summary.csv?region=atlantis")
            #expect(csv.status == .unprocessableContent)
            #expect(csv.bodyText.contains("Choose a region"))
        }
    }

    @Test("A name that is no report is 404, and /reports/period is the period report's own route")
    func unknownNames() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            for target in ["/reports/nothing", "/reports/funnel.xml", "/reports/nothing.csv"] {
                #expect(try harness.page(target).status == .notFound, "\(target)")
            }
            let period = try harness.page("/reports/period")
            #expect(period.status == .ok && period.bodyText.contains(#"<section class="period-section" id="summary""#))
        }
    }

    @Test("The CSV and JSON beside each page are the API's bytes for the same parameters")
    func sameBytes() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let queries = ["", "?from=2000-01-01&to=2099-01-01", "?region=north-west", "?officer=Ben", "?officer=ben&region=south-west"]
            for name in Self.names {
                for query in queries {
                    for format in ["csv", "json"] {
                        let board = try harness.page("/reports/\(name).\(format)\(query)")
                        let apiQuery = (query.isEmpty ? "?" : query + "&") + "format=\(format)"
                        let api = try harness.apiAnswer("/api/reports/\(name)\(apiQuery)")
                        #expect(board.status == .ok && api.status == .ok, "\(name).\(format)\(query)")
                        #expect(board.body == api.body, "\(name).\(format)\(query)")
                        #expect(board.headers["Content-Type"] == api.headers["Content-Type"], "\(name).\(format)\(query)")
                    }
                }
            }
        }
    }
}
