import CSV
import EngageBoard
import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore
import Foundation
import Testing
import TestSupport

/// `/reports/period`: the period report on one printable page.
@Suite("The board: the period report")
struct PeriodPageTests {
    private static let today = Day.today()

    /// Two authorities with activities reaching agencies of two types, a briefing sent, a
    /// request for more and two assessments.
    private static func year(_ store: Store) throws {
        try BoardHarness.team(store)
        for (authority, type) in [("Dorset", AgencyType.police), ("Devon", .lscb)] {
            _ = try store.addActivity(NewActivity(scope: .authority(authority), kind: .workshop, date: today.adding(days: -30),
                                                  agencies: ["\(authority) \(type.name)"], newAgencyType: type, today: today))
        }
        _ = try store.addBriefing(Briefing.Draft(title: "Dorset pathways", kind: .locality, authorities: ["Dorset"]))
        _ = try store.sendBriefing(Briefing.Sending(title: "Dorset pathways", recipient: .authority("Dorset"), sentOn: today.adding(days: -20), today: today))
        _ = try store.addFollowUp(NewFollowUp(authority: "Devon", summary: "More <b>please</b>", openedOn: today.adding(days: -10), today: today))
        for (offset, rating) in [(-200, Rating.emerging), (-5, .developing)] {
            _ = try store.addAssessment(NewAssessment(authority: "Dorset", date: today.adding(days: offset),
                                                      ratings: [try NewAssessment.Entry(statement: "voice", rating: rating)], today: today))
        }
    }

    /// The text of each cell of the table `id`, row by row, header first.
    private static func cells(_ page: String, table id: String) throws -> [[String]] {
        let table = try #require(page.firstMatch(of: try Regex(#"<table id="\#(id)">([\s\S]*?)</table>"#)))
        let html = String(try #require(table.output[1].substring))
        return html.matches(of: /<tr>([\s\S]*?)<\/tr>/).map { row in
            String(row.output.1).matches(of: /<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/).map { cell in
                String(cell.output.1).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&quot;", with: "\"")
            }
        }
    }

    @Test("each of the seven sections is its report's CSV as a table, cell for cell, in chapter 3's order, for a viewer")
    func sections() throws {
        try BoardHarness.withBoard(seed: Self.year) { router, _, store in
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            let from = Self.today.adding(days: -364)
            let response = try BoardHarness.get(router, "/reports/period?from=\(from)&to=\(Self.today)", cookie: vic.cookie)
            #expect(response.status == .ok)
            let page = response.bodyText
            let report = try store.periodReport(try ReportScope(from: from, to: Self.today, today: Self.today,
                                                                timeZone: TimeZone.current.identifier))
            let sections = ReportPeriodOutput.sections(report)
            #expect(sections.map(\.name) == ["summary", "agencies", "events", "briefings", "followups", "funnel", "outcomes"])
            var last = page.startIndex
            for section in sections {
                let at = try #require(page.range(of: #"<section class="period-section" id="\#(section.name)""#), "\(section.name)")
                #expect(at.lowerBound > last, "\(section.name) in order")
                last = at.lowerBound
                var reader = CSVReader(text: section.csv)
                var expected: [[String]] = []
                while let record = try reader.next() { expected.append(record.fields) }
                let shown = try Self.cells(page, table: "\(section.name)-table")
                #expect(shown.count == expected.count, "\(section.name): \(shown.count) rows shown, \(expected.count) in the CSV")
                #expect(Array(shown.dropFirst()) == Array(expected.dropFirst()), "\(section.name): the figures are the CSV's")
            }
            #expect(page.contains(#"<input class="input width-date" id="period-from" name="from" type="date" value="\#(from)""#))
            #expect(!page.contains("<b>please</b>"), "text from the records is escaped")
        }
    }

    @Test("a period that ends before it starts, or a date that is not one, comes back beside its field (422)")
    func refused() throws {
        try BoardHarness.withBoard(seed: Self.year) { router, _, _ in
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            let backwards = try BoardHarness.get(router, "/reports/period?from=2026-03-01&to=2026-01-01", cookie: vic.cookie)
            #expect(backwards.status == .unprocessableContent)
            #expect(backwards.bodyText.contains(##"<a href="#period-to">"##) && backwards.bodyText.contains("There is a problem"))
            let nonsense = try BoardHarness.get(router, "/reports/period?from=2026-02-30", cookie: vic.cookie)
            #expect(nonsense.status == .unprocessableContent && nonsense.bodyText.contains(##"<a href="#period-from">From must be a real date"##))
            let none = try BoardHarness.get(router, "/reports/period", cookie: vic.cookie)
            #expect(none.status == .ok && none.bodyText.contains("period: \(Self.today.adding(years: -1).adding(days: 1)) to \(Self.today)"),
                    "the last twelve months by default")
        }
    }

    @Test("the page stands alone for printing: its style sheet inside, a page break before each section, no navigation")
    func document() throws {
        try BoardHarness.withBoard(seed: Self.year) { _, _, store in
            let report = try store.periodReport(try ReportScope(today: Self.today))
            let document = PeriodPage.document(report)
            #expect(document.hasPrefix("<!doctype html>") && document.contains("<style>") && !document.contains("<link"))
            #expect(document.contains("@page{size:A4") && document.contains(".period-section{break-before:page}"))
            #expect(!document.contains("<nav") && !document.contains("<form"))
        }
    }
}
