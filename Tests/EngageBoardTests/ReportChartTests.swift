import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import TestSupport
import Testing

/// The report pages' charts against the report's JSON (the board's own `NAME.json`, the API's
/// bytes) for a fixture with known figures; hostile names escaped in SVG text; each page's size
/// on the demo.
@Suite("The board: reports, their charts and sizes")
struct ReportChartTests {
    @Test("The funnel's bars are the JSON's statuses, stages and days")
    func funnel() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let page = try harness.page("/reports/funnel").bodyText
            let json = try harness.json("funnel")
            let statuses = try #require(json["statuses"] as? [[String: Any]])
            let stages = try #require(json["stages"] as? [[String: Any]])
            let now = ChartRows.rows(page, chart: "funnel-now")
            let statusRows = now.filter { $0["status"] != nil }
            #expect(statusRows.map { $0["status"] ?? "" } == statuses.map { $0["status"] as? String ?? "?" })
            #expect(statusRows.map { Int($0["authorities"] ?? "") } == statuses.map { $0["authorities"] as? Int })
            #expect(statusRows.first { $0["status"] == "active" }?["authorities"] == "2")
            #expect(statusRows.first { $0["status"] == "waitlisted" }?["authorities"] == "1")
            let stageRows = now.filter { $0["stage"] != nil }
            #expect(stageRows.map { Int($0["active-now"] ?? "") } == stages.map { $0["active_now"] as? Int })
            let days = ChartRows.rows(page, chart: "funnel-days")
            #expect(days.count == 4)
            #expect(days.map { Double($0["median-days"] ?? "") } == stages.map { $0["median_days"] as? Double })
            #expect(days.map { Int($0["max-days"] ?? "") } == stages.map { $0["max_days"] as? Int })
            #expect(days.first?["max-days"] == "40", "stage 1: Alpha's 40 days and Beta's 40 so far")
        }
    }

    @Test("The events' shaded cells are the JSON's counts, each written, darker with the count")
    func events() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let page = try harness.page("/reports/events").bodyText
            let json = try harness.json("events")
            var expected: [String: String] = [:]
            for row in try #require(json["rows"] as? [[String: Any]]) {
                for count in try #require(row["counts"] as? [[String: Any]]) {
                    expected["\(row["sector"] as? String ?? "none")/\(count["kind"] as? String ?? "?")"] = String(count["count"] as? Int ?? -1)
                }
            }
            let cells = page.matches(of: /data-sector="([^"]*)" data-kind="([^"]*)" data-count="(\d+)">(\d+)</).map {
                (key: "\($0.output.1)/\($0.output.2)", count: String($0.output.3), written: String($0.output.4))
            }
            #expect(cells.count == expected.count && !cells.isEmpty)
            for cell in cells {
                #expect(expected[cell.key] == cell.count, "\(cell.key)")
                #expect(cell.written == cell.count, "\(cell.key)")
            }
            #expect(expected["education/presentation"] == "1" && expected["education/workshop"] == "1")
            #expect(expected["health/presentation"] == "1" && expected["none/stall"] == "1")
            #expect(page.contains("class=\"number shade-5\" data-sector=\"education\" data-kind=\"presentation\""))
            #expect(page.contains("class=\"number shade-0\" data-sector=\"prisons\" data-kind=\"presentation\""))
        }
    }

    @Test("The follow-ups' bars are the JSON's open requests by age, the overdue ones marked")
    func followUps() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let page = try harness.page("/reports/followups").bodyText
            let open = try #require(try harness.json("followups")["open_now"] as? [String: Int])
            let rows = ChartRows.rows(page, chart: "followups-ages")
            #expect(rows.map { $0["band"] ?? "" } == ["days_0_to_30", "days_31_to_60", "days_61_to_90", "over_90_days"])
            for row in rows { #expect(Int(row["count"] ?? "") == open[row["band"] ?? ""], "\(row)") }
            #expect(rows.map { $0["count"] ?? "" } == ["1", "1", "0", "1"])
            #expect(rows.map { $0["overdue"] ?? "" } == ["1", "0", "0", "1"])
            #expect(page.contains("1 (1 overdue)"))
        }
    }

    @Test("The capacity bars are the JSON's loads and caps, month by month, the team's too")
    func capacity() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let page = try harness.page("/reports/capacity").bodyText
            let json = try harness.json("capacity")
            let teamCap = json["team_cap"] as? Int
            var expected: [[String: String]] = []
            for month in try #require(json["months"] as? [[String: Any]]).suffix(24) {
                let name = month["month"] as? String ?? "?"
                for load in month["officers"] as? [[String: Any]] ?? [] {
                    expected.append(["month": name, "officer": load["officer"] as? String ?? "?",
                                     "active": String(load["active"] as? Int ?? -1), "cap": String(load["cap"] as? Int ?? -1)])
                }
                expected.append(["month": name, "officer": "(team)", "active": String(month["team_active"] as? Int ?? -1),
                                 "cap": teamCap.map(String.init) ?? ""])
            }
            let rows = ChartRows.rows(page, chart: "capacity-months").filter { $0["officer"] != nil }
            #expect(rows.count == expected.count && rows.count >= 8, "four months or more, an officer or two and the team")
            #expect(rows == expected)
            #expect(expected.last?["active"] == "2" && expected.last?["cap"] == "5")
        }
    }

    @Test("Over a long period the capacity chart shows the latest 24 months, the table all, the page under 100 KB")
    func longCapacity() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let query = "?from=\(Day.today().adding(days: -1_500))"
            let response = try harness.page("/reports/capacity\(query)")
            let page = response.bodyText
            let months = try #require(try harness.json("capacity", query)["months"] as? [[String: Any]]).compactMap { $0["month"] as? String }
            #expect(months.count > 48)
            let headings = ChartRows.rows(page, chart: "capacity-months").compactMap { $0["month-heading"] }
            #expect(headings == Array(months.suffix(24)))
            #expect(page.contains("id=\"capacity-chart-note\""))
            #expect(page.contains("<th scope=\"row\">\(months[0])</th>"))
            #expect(response.body.count < 100_000, "\(response.body.count) bytes")
        }
    }

    @Test("The outcomes' stacked bars are the JSON's rose, stayed and fell per statement")
    func outcomes() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let page = try harness.page("/reports/outcomes").bodyText
            let statements = try #require(try harness.json("outcomes")["statements"] as? [[String: Any]])
            let rows = ChartRows.rows(page, chart: "outcomes-statements")
            #expect(rows.count == statements.count)
            for (row, statement) in zip(rows, statements) {
                #expect(row["statement"] == statement["statement"] as? String)
                for key in ["rose", "stayed", "fell"] { #expect(Int(row[key] ?? "") == statement[key] as? Int, "\(key)") }
            }
            #expect(rows.first.map { [$0["rose"], $0["stayed"], $0["fell"]] } == [["1", "1", "0"]].first)
        }
    }

    @Test("Hostile officer names and statement titles are escaped inside SVG text, and on every page")
    func hostileNames() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            let capacity = try harness.page("/reports/capacity").bodyText
            #expect(capacity.contains(">\(HTML.escape(ReportPagesFixture.officer))</text>"))
            let outcomes = try harness.page("/reports/outcomes").bodyText
            #expect(outcomes.contains(">\(HTML.escape(ReportPagesFixture.statementTitle))</text>"))
            #expect(outcomes.contains("<title>\(HTML.escape(ReportPagesFixture.statementTitle))</title>"))
            for name in ReportPageTests.names {
                let page = try harness.page("/reports/\(name)").bodyText
                for hostile in [ReportPagesFixture.officer, ReportPagesFixture.authority, ReportPagesFixture.statementTitle] {
                    #expect(!page.contains(hostile), "\(name)")
                }
                #expect(!page.contains("<script"), "\(name)")
            }
        }
    }

    @Test("Every chart is an image with a title and a description, and no script")
    func accessible() throws {
        try ReportHarness.with(load: { try ReportPagesFixture.load($0) }) { harness in
            for (name, charts) in [("funnel", ["funnel-now", "funnel-days"]), ("followups", ["followups-ages"]),
                                   ("capacity", ["capacity-months"]), ("outcomes", ["outcomes-statements"])] {
                let page = try harness.page("/reports/\(name)").bodyText
                for chart in charts {
                    #expect(page.contains("id=\"\(chart)\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(chart)-title \(chart)-desc\""))
                    #expect(page.contains("<title id=\"\(chart)-title\">") && page.contains("<desc id=\"\(chart)-desc\">"), "\(chart)")
                }
            }
        }
    }

    @Test("Each report page on the demo is well under 100 KB")
    func sizes() throws {
        try ReportHarness.with(load: { connection in
            let store = Store(connection: connection, actor: "setup")
            _ = try store.load(try Seed.demo(workingDirectory: TestServer.repositoryRoot))
        }) { harness in
            for name in ReportPageTests.names {
                let response = try harness.page("/reports/\(name)", as: "officer")
                #expect(response.status == .ok, "\(name)")
                #expect(response.body.count < 100_000, "\(name): \(response.body.count) bytes")
            }
        }
    }
}
