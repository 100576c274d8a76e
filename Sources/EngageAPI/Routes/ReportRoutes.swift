import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore
import FoundationEssentials

/// `/api/reports/…`: the eight reports of `engage report`, with the same parameters, as JSON,
/// CSV or a plain-text table.
enum ReportRoutes {
    /// One route per report, in the order `engage report --help` lists them.
    static let all: [APIRoute] = [
        route(.summary, "SummaryReport",
              load: { try $0.summaryReport($1) }, table: ReportSummaryOutput.table, csv: ReportSummaryOutput.csv),
        route(.agencies, "AgenciesReport",
              load: { try $0.agenciesReport($1) }, table: ReportAgenciesOutput.table, csv: ReportAgenciesOutput.csv),
        route(.events, "EventsReport",
              load: { try $0.eventsReport($1) }, table: ReportEventsOutput.table, csv: ReportEventsOutput.csv),
        route(.briefings, "BriefingsReport",
              load: { try $0.briefingsReport($1) }, table: ReportBriefingsOutput.table, csv: ReportBriefingsOutput.csv),
        route(.funnel, "FunnelReport",
              load: { try $0.funnelReport($1) }, table: ReportFunnelOutput.table, csv: ReportFunnelOutput.csv),
        route(.followups, "FollowUpsReport",
              load: { try $0.followUpsReport($1) }, table: ReportFollowUpsOutput.table, csv: ReportFollowUpsOutput.csv),
        route(.capacity, "CapacityReport",
              load: { try $0.capacityReport($1) }, table: ReportCapacityOutput.table, csv: ReportCapacityOutput.csv),
        route(.outcomes, "OutcomesReport",
              load: { try $0.outcomesReport($1) }, table: ReportOutcomesOutput.table, csv: ReportOutcomesOutput.csv),
    ]

    /// The parameters every report takes, as `engage report` names them.
    static let parameters: [Property] = [
        Property("from", .date, "First day of the period (inclusive). Default: the beginning."),
        Property("to", .date, "Last day of the period (inclusive). Default: the end."),
        Property("region", Vocabulary.region, "Only authorities in this region; national activities and networks are left out."),
        Property("officer", .name, "Only this officer's records (each report says which officer a record has)."),
        Property("format", .enumeration(ReportFormat.allCases.map(\.rawValue)),
                 "json (default): the report value; csv: text/csv with a header row; table: text/plain, aligned columns without a width limit."),
    ]

    /// `GET /api/reports/NAME`, answering the report in the format asked for.
    private static func route<Report: Encodable & Sendable>(
        _ report: ReportName, _ schema: String,
        load: @escaping @Sendable (Store, ReportScope) throws -> Report,
        table: @escaping @Sendable (Report, Int?) -> String, csv: @escaping @Sendable (Report) -> String
    ) -> APIRoute {
        let name = report.rawValue
        return APIRoute(.get, "/api/reports/\(name)", operationID: "report" + name.prefix(1).uppercased() + name.dropFirst(),
                        summary: report.summary + " (as engage report \(name); format=json, csv, or table: plain text without a width limit)",
                        access: .viewer, query: parameters,
                        response: .choice("The report: JSON by default, CSV with format=csv, an aligned text table with format=table.",
                                          schema: .reference(schema), mediaTypes: ReportFormat.allCases.map(\.mediaType)),
                        handler: .store { context in
                            let report = try load(context.store, try scope(context))
                            switch ReportFormat(rawValue: context.query.optionalString("format") ?? "json") ?? .json {
                            case .json: return try context.json(report)
                            case .csv: return text(csv(report), as: .csv)
                            case .table: return text(table(report, nil), as: .table)
                            }
                        })
    }

    /// The period and filters from the query; "today" and the time zone are the service's.
    /// - Throws: `EngageError` (422) for a period that ends before it starts.
    private static func scope(_ context: APIContext) throws -> ReportScope {
        try ReportScope(from: try context.query.optionalDay("from"), to: try context.query.optionalDay("to"),
                        region: try Region.field(context.query.optionalString("region")),
                        officer: context.query.optionalString("officer"),
                        today: context.today, timeZone: TimeZone.current.identifier)
    }

    private static func text(_ text: String, as format: ReportFormat) -> HTTPResponse {
        HTTPResponse(status: .ok, headers: ["Content-Type": format.mediaType + "; charset=utf-8"], body: Array(text.utf8))
    }
}

/// How a report is answered.
enum ReportFormat: String, CaseIterable {
    /// The report value as JSON.
    case json
    /// RFC 4180 CSV with a header row, as `engage report --format csv` writes it.
    case csv
    /// Aligned columns as `engage report` prints them, without a width limit.
    case table

    /// The media type of the answer.
    var mediaType: String {
        switch self {
        case .json: "application/json"
        case .csv: "text/csv"
        case .table: "text/plain"
        }
    }
}
