import EngageCore
import Testing

/// The report values: scope checks and the layout of the store's counts (no counting here).
@Suite("Report values")
struct ReportValueTests {
    private let today = Day(year: 2014, month: 6, day: 30)!

    @Test("A period that ends before it starts is refused; periods read as people write them")
    func scope() throws {
        let from = Day(year: 2014, month: 3, day: 1)!, to = Day(year: 2014, month: 2, day: 1)!
        #expect(throws: EngageError(.invalid, "the period from 2014-03-01 to 2014-02-01 ends before it starts",
                                    hint: "give --from on or before --to")) {
            try ReportScope(from: from, to: to, today: today)
        }
        #expect(throws: EngageError.self) { try ReportScope(from: from, to: from.adding(years: 100), today: today) }
        #expect(try ReportScope(from: from, to: from.adding(years: 100).adding(days: -1), today: today).to?.description == "2114-02-28")
        #expect(try ReportScope(today: today).periodText == "all time")
        #expect(try ReportScope(from: to, to: from, region: .northWest, officer: "Ann", today: today).headline
                == "period: 2014-02-01 to 2014-03-01; region: North West; officer: Ann")
        #expect(try ReportScope(from: from, to: from, today: today).periodText == "2014-03-01 to 2014-03-01")
    }

    @Test("The agencies report counts its totals from its rows: each type's authorities, those reached, those through several types")
    func agencyTotals() throws {
        let rows: [AgenciesReport.Row] = [
            .init(authority: "Bury", region: .northWest, types: [.lscb, .police]),
            .init(authority: "Hull", region: .yorkshireAndTheHumber, types: [.police]),
            .init(authority: "Kent", region: .southEast, types: [.lscb, .schools, .police]),
        ]
        let report = AgenciesReport(scope: try ReportScope(today: today), rows: rows, columns: [.police, .lscb, .schools, .prison])
        #expect(report.totals.map(\.type) == [.police, .lscb, .schools, .prison])
        #expect(report.totals.map(\.authorities) == [3, 2, 1, 0])
        #expect(report.authoritiesReached == 3)
        #expect(report.reachedThroughSeveralTypes == 2)
        let empty = AgenciesReport(scope: try ReportScope(today: today), rows: [], columns: [.lscb])
        #expect(empty.totals.map(\.authorities) == [0] && empty.authoritiesReached == 0 && empty.reachedThroughSeveralTypes == 0)
    }

    @Test("Dates people give lie in 1900–2200; leap days carry over years")
    func dateBounds() throws {
        #expect(throws: EngageError(.invalid, "the date '6297-10-23' is outside the years 1900–2200", hint: "give a date from 1900-01-01 to 2200-12-31")) {
            try Day.parse("6297-10-23")
        }
        #expect(throws: EngageError.self) { try Day.parse("1899-12-31") }
        #expect(try Day.parse("1900-01-01").year == 1900 && (try Day.parse("2200-12-31")).year == 2200)
        #expect(Day(year: 2012, month: 2, day: 29)!.adding(years: 1).description == "2013-02-28")
        #expect(Day(year: 2012, month: 2, day: 29)!.adding(years: 4).description == "2016-02-29")
    }

    @Test("Events: the five columns always, other kinds present after them, (no sector) only when counted")
    func eventsLayout() throws {
        let scope = try ReportScope(today: today)
        let report = EventsReport(scope: scope, cells: [.init(sector: nil, kind: .meeting, count: 2), .init(sector: .health, kind: .stall, count: 1)],
                                  sectorTotals: [nil: 2, .health: 1], kindTotals: [.meeting: 2, .stall: 1], total: 3)
        #expect(report.kinds == [.presentation, .delegate, .stall, .update, .workshop, .meeting])
        #expect(report.rows.last?.name == "(no sector)" && report.row(nil)?.count(.meeting) == 2)
        #expect(report.row(.health)?.counts.map(\.count) == [0, 0, 1, 0, 0, 0])
        let bare = EventsReport(scope: scope, cells: [], sectorTotals: [:], kindTotals: [:], total: 0)
        #expect(bare.kinds == EventsReport.standardKinds && bare.row(nil) == nil && bare.rows.count == 7)
    }

    @Test("Funnel lists every status; the follow-ups share is nil without engaged authorities")
    func derived() throws {
        let scope = try ReportScope(today: today)
        let funnel = FunnelReport(scope: scope, statusCounts: [.active: 3], stages: [])
        #expect(funnel.statuses.map(\.status) == AuthorityStatus.allCases && funnel.count(.active) == 3 && funnel.count(.closed) == 0)
        let bands = FollowUpsReport.AgeBands(upTo30: 0, from31To60: 0, from61To90: 0, over90: 0)
        #expect(FollowUpsReport(scope: scope, opened: 0, closed: 0, medianDaysToClose: nil, openNow: bands,
                                engagedAuthorities: 0, engagedThatAsked: 0).askedShare == nil)
        #expect(FollowUpsReport(scope: scope, opened: 0, closed: 0, medianDaysToClose: nil, openNow: bands,
                                engagedAuthorities: 4, engagedThatAsked: 3).askedShare == 75)
        #expect(CapacityReport.Month(first: Day(year: 2014, month: 3, day: 1)!, officers: [], teamActive: 0, waitlisted: 0, signposted: 0)
            .month == "2014-03")
    }
}
