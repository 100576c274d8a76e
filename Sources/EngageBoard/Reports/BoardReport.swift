import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore

/// One of the eight reports as the board shows it: how to load it, its tables and charts for the
/// page, and its CSV and JSON, which are the bytes `/api/reports/NAME?format=csv` and `…json` answer
/// (the same `EngageRendering` functions write them).
struct BoardReport: Sendable {
    /// A download of the report beside its page.
    enum Download: String, CaseIterable, Sendable {
        case csv, json
    }

    /// Which report.
    let name: ReportName
    /// The report's content for its page: tables, and charts where a picture says more.
    let content: @Sendable (Store, ReportScope) throws -> HTML
    /// The report as a download, answered as the API answers it.
    let download: @Sendable (Store, ReportScope, Download) throws -> HTTPResponse

    /// The reports, in the order `engage report --help` lists them.
    static let all: [BoardReport] = [
        make(.summary, load: { try $0.summaryReport($1) }, csv: ReportSummaryOutput.csv, page: { report, _ in SummaryReportView.render(report) }),
        make(.agencies, load: { try $0.agenciesReport($1) }, csv: ReportAgenciesOutput.csv, page: { report, _ in AgenciesReportView.render(report) }),
        make(.events, load: { try $0.eventsReport($1) }, csv: ReportEventsOutput.csv, page: { report, _ in EventsReportView.render(report) }),
        make(.briefings, load: { try $0.briefingsReport($1) }, csv: ReportBriefingsOutput.csv, page: { report, _ in BriefingsReportView.render(report) }),
        make(.funnel, load: { try $0.funnelReport($1) }, csv: ReportFunnelOutput.csv, page: { report, _ in FunnelReportView.render(report) }),
        make(.followups, load: { try $0.followUpsReport($1) }, csv: ReportFollowUpsOutput.csv, page: { report, store in
            FollowUpsReportView.render(report, open: try store.openFollowUps(FollowUp.Filter(officer: report.scope.officer,
                                                                                                region: report.scope.region,
                                                                                                today: report.scope.today)))
        }),
        make(.capacity, load: { try $0.capacityReport($1) }, csv: ReportCapacityOutput.csv, page: { report, _ in CapacityReportView.render(report) }),
        make(.outcomes, load: { try $0.outcomesReport($1) }, csv: ReportOutcomesOutput.csv, page: { report, _ in OutcomesReportView.render(report) }),
    ]

    /// The report called `name`, if there is one.
    static func named(_ name: String) -> BoardReport? { all.first { $0.name.rawValue == name } }

    /// The page's address, `/reports/NAME`.
    var path: String { "/reports/\(name.rawValue)" }

    private static func make<Report: Encodable & Sendable>(
        _ name: ReportName, load: @escaping @Sendable (Store, ReportScope) throws -> Report,
        csv: @escaping @Sendable (Report) -> String, page: @escaping @Sendable (Report, Store) throws -> HTML
    ) -> BoardReport {
        BoardReport(name: name, content: { store, scope in try page(try load(store, scope), store) }, download: { store, scope, format in
            let report = try load(store, scope)
            switch format {
            case .json: return .json(try JSONOutput.data(report))
            case .csv: return HTTPResponse(status: .ok, headers: ["Content-Type": "text/csv; charset=utf-8"], body: Array(csv(report).utf8))
            }
        })
    }
}
