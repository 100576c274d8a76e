import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

/// Every report against the hand-counted fixture (see `ReportFixture`), then against the demo.
@Suite("Reports count the recorded rows")
struct ReportStoreTests {
    private func withFixture(_ body: (Store) throws -> Void) throws {
        try withStore { store, probe in
            try ReportFixture.load(probe)
            try body(store)
        }
    }

    private static let empty = (from: Day(year: 2012, month: 1, day: 1)!, to: Day(year: 2012, month: 12, day: 31)!)

    @Test("agencies: an X per type reached by an activity or a reached-on date in the period; totals; filters")
    func agencies() throws {
        try withFixture { store in
            let report = try store.agenciesReport(try ReportFixture.scope())
            #expect(report.rows == [.init(authority: "Alpha", region: .northWest, types: [.lscb, .schools, .police]),
                                    .init(authority: "Beta", region: .southWest, types: [.health, .prison])])
            #expect(report.totals.map(\.authorities) == [1, 1, 0, 0, 1, 0, 1, 1, 0])
            #expect(report.authoritiesReached == 2)
            #expect(report.reachedThroughSeveralTypes == 2)
            let ann = try store.agenciesReport(try ReportFixture.scope(officer: "ann"))
            #expect(ann.rows == [.init(authority: "Alpha", region: .northWest, types: [.lscb, .schools])])
            #expect(ann.reachedThroughSeveralTypes == 1)
            let south = try store.agenciesReport(try ReportFixture.scope(region: .southWest))
            #expect(south.rows.map(\.authority) == ["Beta"])
            #expect(south.total(.lscb) == 0 && south.total(.prison) == 1)
            let none = try store.agenciesReport(try ReportFixture.scope(from: Self.empty.from, to: Self.empty.to))
            #expect(none.rows.isEmpty && none.totals.count == 9 && none.totals.allSatisfy { $0.authorities == 0 })
            #expect(none.authoritiesReached == 0 && none.reachedThroughSeveralTypes == 0)
        }
    }

    @Test("events: sector × kind from activities that happened, national included, (no sector), other kinds as columns")
    func events() throws {
        try withFixture { store in
            let report = try store.eventsReport(try ReportFixture.scope())
            #expect(report.kinds == [.presentation, .delegate, .stall, .update, .workshop, .lecture])
            #expect(report.rows.map(\.name) == Sector.allCases.map(\.name) + ["(no sector)"])
            #expect(report.row(.childrenAndFamilies)?.count(.presentation) == 1)
            #expect(report.row(.education)?.count(.workshop) == 1)
            #expect(report.row(.health)?.total == 1)
            #expect(report.row(nil)?.count(.stall) == 1)
            #expect(report.row(.voluntary)?.count(.delegate) == 1)
            #expect(report.row(.other)?.count(.lecture) == 1 && report.row(.other)?.count(.update) == 0)
            #expect(report.row(.prisons)?.total == 0)
            #expect(report.totals.map(\.count) == [2, 1, 1, 0, 1, 1])
            #expect(report.total == 6)
            let north = try store.eventsReport(try ReportFixture.scope(region: .northWest))
            #expect(north.total == 3 && north.row(nil) == nil && north.total(.delegate) == 0)
            let ben = try store.eventsReport(try ReportFixture.scope(officer: "Ben"))
            #expect(ben.total == 3 && ben.total(.presentation) == 1 && ben.total(.stall) == 1 && ben.total(.lecture) == 1)
            let none = try store.eventsReport(try ReportFixture.scope(from: Self.empty.from, to: Self.empty.to))
            #expect(none.total == 0 && none.kinds == EventsReport.standardKinds && none.rows.count == Sector.allCases.count)
            let all = try store.eventsReport(try ReportFixture.scope(from: nil, to: nil))
            #expect(all.total == 8)
        }
    }

    @Test("briefings: where each went in the period, counts per briefing and in total")
    func briefings() throws {
        try withFixture { store in
            let report = try store.briefingsReport(try ReportFixture.scope())
            #expect(report.briefings.map(\.title) == ["Schools briefing", "Alpha briefing"])
            let schools = try #require(report.briefing("Schools briefing"))
            #expect(schools.counts == .init(sendings: 3, authorities: 0, agencies: 1, networks: 1))
            #expect(schools.targets == [.init(kind: .network, name: "Clinks", times: 2), .init(kind: .agency, name: "Beta Prison", times: 1)])
            #expect(report.briefing("Alpha briefing")?.counts == .init(sendings: 2, authorities: 1, agencies: 1, networks: 0))
            #expect(report.total == .init(sendings: 5, authorities: 1, agencies: 2, networks: 1))
            let north = try store.briefingsReport(try ReportFixture.scope(region: .northWest))
            #expect(north.briefings.map(\.title) == ["Alpha briefing"] && north.total.sendings == 2)
            let ben = try store.briefingsReport(try ReportFixture.scope(officer: "Ben"))
            #expect(ben.briefings.map(\.title) == ["Schools briefing"] && ben.total.sendings == 3)
            let none = try store.briefingsReport(try ReportFixture.scope(from: Self.empty.from, to: Self.empty.to))
            #expect(none.briefings.isEmpty && none.total == .init(sendings: 0, authorities: 0, agencies: 0, networks: 0))
        }
    }

    @Test("funnel: statuses and stages now; stays entered, left, median and max days from stage_changes")
    func funnel() throws {
        try withFixture { store in
            let report = try store.funnelReport(try ReportFixture.scope())
            #expect(report.count(.active) == 2 && report.count(.waitlisted) == 1 && report.count(.signposted) == 1)
            #expect(report.count(.prospect) == 0 && report.statuses.count == AuthorityStatus.allCases.count)
            #expect(report.stages.map(\.activeNow) == [0, 1, 1, 0])
            #expect(report.flow(.researchAndMapping) == .init(stage: .researchAndMapping, activeNow: 0, entered: 1, left: 2, stays: 2,
                                                              medianDays: 41, maxDays: 51))
            #expect(report.flow(.multiAgencyForums) == .init(stage: .multiAgencyForums, activeNow: 1, entered: 2, left: 1, stays: 2,
                                                             medianDays: 104, maxDays: 149))
            #expect(report.flow(.keyAgencies) == .init(stage: .keyAgencies, activeNow: 1, entered: 0, left: 0, stays: 0,
                                                       medianDays: nil, maxDays: nil))
            let all = try store.funnelReport(try ReportFixture.scope(from: nil, to: nil))
            #expect(all.flow(.multiAgencyForums).map { [$0.entered, $0.left, $0.stays, $0.maxDays] } == [3, 2, 3, 149])
            #expect(all.flow(.multiAgencyForums)?.medianDays == 59)
            #expect(all.flow(.keyAgencies).map { [$0.entered, $0.left, $0.stays, $0.maxDays] } == [1, 0, 1, 60])
            let ann = try store.funnelReport(try ReportFixture.scope(officer: "Ann"))
            #expect(ann.count(.active) == 1 && ann.count(.waitlisted) == 1 && ann.count(.signposted) == 0)
            #expect(ann.flow(.multiAgencyForums).map { [$0.entered, $0.left, $0.stays, $0.maxDays] } == [1, 0, 1, 149])
            let south = try store.funnelReport(try ReportFixture.scope(region: .southWest))
            #expect(south.count(.active) == 1 && south.flow(.researchAndMapping)?.entered == 0)
            let none = try store.funnelReport(try ReportFixture.scope(from: Self.empty.from, to: Self.empty.to))
            #expect(none.stages.allSatisfy { $0.entered == 0 && $0.left == 0 && $0.stays == 0 && $0.medianDays == nil })
        }
    }

    @Test("followups: opened, closed, median days to close, open by age band, engaged authorities that asked")
    func followUps() throws {
        try withFixture { store in
            let report = try store.followUpsReport(try ReportFixture.scope())
            #expect(report.opened == 3 && report.closed == 3 && report.medianDaysToClose == 30)
            #expect(report.openNow == .init(upTo30: 2, from31To60: 1, from61To90: 1, over90: 1))
            #expect(report.engagedAuthorities == 1 && report.engagedThatAsked == 1 && report.askedShare == 100)
            let ann = try store.followUpsReport(try ReportFixture.scope(officer: "Ann"))
            #expect(ann.opened == 2 && ann.closed == 2 && ann.medianDaysToClose == 20)
            #expect(ann.openNow == .init(upTo30: 2, from31To60: 1, from61To90: 0, over90: 0))
            let south = try store.followUpsReport(try ReportFixture.scope(region: .southWest))
            #expect(south.opened == 1 && south.closed == 1 && south.medianDaysToClose == 35)
            #expect(south.openNow == .init(upTo30: 0, from31To60: 0, from61To90: 1, over90: 1))
            #expect(south.engagedAuthorities == 0 && south.askedShare == nil)
            let none = try store.followUpsReport(try ReportFixture.scope(from: Self.empty.from, to: Self.empty.to))
            #expect(none.opened == 0 && none.closed == 0 && none.medianDaysToClose == nil && none.engagedAuthorities == 0)
            #expect(none.openNow == report.openNow)
        }
    }

    @Test("capacity: active at each month's end from the history against today's caps; waitlisted and signposted per month")
    func capacity() throws {
        try withFixture { store in
            let report = try store.capacityReport(try ReportFixture.scope())
            #expect(report.teamCap == 4)
            #expect(report.months.map(\.month) == ["2014-01", "2014-02", "2014-03"])
            #expect(report.months.map { $0.load("Ann")?.active } == [1, 1, 1])
            #expect(report.months.map { $0.load("Ben")?.active } == [1, 1, 0])
            #expect(report.months.map(\.teamActive) == [2, 2, 1])
            #expect(report.months.map(\.signposted) == [0, 1, 0])
            #expect(report.months.map(\.waitlisted) == [0, 0, 1])
            #expect(report.month("2014-01")?.load("Ann") == .init(officer: "Ann", active: 1, cap: 1))
            let ben = try store.capacityReport(try ReportFixture.scope(officer: "Ben"))
            #expect(ben.months.map { $0.officers.map(\.officer) } == [["Ben"], ["Ben"], ["Ben"]])
            #expect(ben.months.map(\.teamActive) == [1, 1, 0])
            let north = try store.capacityReport(try ReportFixture.scope(region: .northWest))
            #expect(north.months.map(\.teamActive) == [1, 1, 1])
            #expect(north.months.map(\.signposted) == [0, 0, 0] && north.months.map(\.waitlisted) == [0, 0, 1])
            let all = try store.capacityReport(try ReportFixture.scope(from: nil, to: nil))
            #expect(all.months.first?.month == "2013-11" && all.months.last?.month == "2014-06" && all.months.count == 8)
            #expect(all.month("2014-05")?.load("Ben")?.active == 1 && all.month("2013-11")?.teamActive == 1)
            let none = try store.capacityReport(try ReportFixture.scope(from: Self.empty.from, to: Self.empty.to))
            #expect(none.months.count == 12 && none.months.allSatisfy { $0.teamActive == 0 && $0.waitlisted == 0 })
        }
    }

    @Test("summary: the headline counts for the period, and with filters")
    func summary() throws {
        try withFixture { store in
            let report = try store.summaryReport(try ReportFixture.scope())
            #expect(report.authoritiesEngaged == 1 && report.authoritiesReachedThroughSeveralTypes == 2)
            #expect(report.presentations == 2 && report.workshops == 1 && report.events == 6)
            #expect(report.events(.stall) == 1 && report.events(.lecture) == 1 && report.events(.update) == 0)
            #expect(report.briefingsPublished == 1 && report.disseminations == 5 && report.authoritiesAskingForMore == 2)
            let south = try store.summaryReport(try ReportFixture.scope(region: .southWest))
            #expect(south.authoritiesEngaged == 0 && south.events == 1 && south.briefingsPublished == 0)
            #expect(south.disseminations == 1 && south.authoritiesAskingForMore == 1)
            let ann = try store.summaryReport(try ReportFixture.scope(officer: "Ann"))
            #expect(ann.events == 3 && ann.presentations == 1 && ann.disseminations == 2 && ann.authoritiesAskingForMore == 1)
            let none = try store.summaryReport(try ReportFixture.scope(from: Self.empty.from, to: Self.empty.to))
            #expect(none.events == 0 && none.authoritiesEngaged == 0 && none.briefingsPublished == 0 && none.disseminations == 0)
        }
    }

    @Test("An unknown officer is refused with the nearest names suggested")
    func unknownOfficer() throws {
        try withFixture { store in
            let error = engageError { _ = try store.eventsReport(try ReportFixture.scope(officer: "Bern")) }
            #expect(error?.kind == .notFound)
            #expect(error?.message == "no officer named 'Bern'")
            #expect(error?.hint?.contains("Ben") == true)
        }
    }

    @Test("The demo reproduces the evaluation's events cells (106) and the X marks of its agencies table")
    func demo() throws {
        try withStore { store, _ in
            _ = try store.load(try Seed.demo(workingDirectory: TestServer.repositoryRoot))
            let today = Day.today()
            let scope = try ReportScope(from: today.adding(days: -400), to: today, today: today, timeZone: TimeZone.current.identifier)
            let events = try store.eventsReport(scope)
            let cells: [Sector: [Int]] = [
                .childrenAndFamilies: [19, 4, 5, 4, 2], .education: [11, 1, 0, 0, 3], .health: [3, 0, 1, 0, 1],
                .other: [2, 6, 1, 4, 0], .prisons: [1, 0, 1, 5, 1], .voluntary: [6, 7, 4, 6, 1], .probation: [3, 1, 3, 0, 0],
            ]
            for (sector, counts) in cells {
                #expect(events.row(sector)?.counts.map(\.count) == counts, "\(sector)")
            }
            #expect(events.kinds == EventsReport.standardKinds && events.row(nil) == nil)
            #expect(events.totals.map(\.count) == [45, 19, 15, 19, 8] && events.total == 106)
            let agencies = try store.agenciesReport(scope)
            #expect(agencies.totals.map(\.authorities) == [9, 6, 4, 3, 1, 3, 1, 4, 2])
            #expect(agencies.rows.count == 17 && !agencies.rows.contains { $0.authority == "South West Hertfordshire" })
            #expect(agencies.reachedThroughSeveralTypes == 9)
        }
    }
}
