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
        route("summary", "SummaryReport",
              "The headline counts of the engagement overview: authorities engaged, events, briefings, who asked for more",
              load: { try $0.summaryReport($1) }, table: ReportSummaryOutput.table, csv: ReportSummaryOutput.csv),
        route("agencies", "AgenciesReport",
              "Authority × agency type: where an agency of that type was reached in the period, with totals",
              load: { try $0.agenciesReport($1) }, table: ReportAgenciesOutput.table, csv: ReportAgenciesOutput.csv),
        route("events", "EventsReport", "Events by audience sector × kind, with row and column totals",
              load: { try $0.eventsReport($1) }, table: ReportEventsOutput.table, csv: ReportEventsOutput.csv),
        route("briefings", "BriefingsReport",
              "Each briefing sent in the period: where it went (authorities, agencies, networks) and how often",
              load: { try $0.briefingsReport($1) }, table: ReportBriefingsOutput.table, csv: ReportBriefingsOutput.csv),
        route("funnel", "FunnelReport",
              "Authorities per status and stage now; stays entered and left per stage in the period, median and longest",
              load: { try $0.funnelReport($1) }, table: ReportFunnelOutput.table, csv: ReportFunnelOutput.csv),
        route("followups", "FollowUpsReport",
              "Requests for more: opened and closed in the period, days to close, open ones by age, who asked",
              load: { try $0.followUpsReport($1) }, table: ReportFollowUpsOutput.table, csv: ReportFollowUpsOutput.csv),
        route("capacity", "CapacityReport",
              "Per month: each officer's active authorities at month end against their cap; waitlisted and signposted",
              load: { try $0.capacityReport($1) }, table: ReportCapacityOutput.table, csv: ReportCapacityOutput.csv),
        route("outcomes", "OutcomesReport",
              "Per Quality Statement: authorities rated twice or more in the period, how many rose, stayed or fell, the median change; and the evidence gap",
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
        _ name: String, _ schema: String, _ summary: String,
        load: @escaping @Sendable (Store, ReportScope) throws -> Report,
        table: @escaping @Sendable (Report, Int?) -> String, csv: @escaping @Sendable (Report) -> String
    ) -> APIRoute {
        APIRoute(.get, "/api/reports/\(name)", operationID: "report" + name.prefix(1).uppercased() + name.dropFirst(),
                 summary: summary + " (as engage report \(name); format=json, csv, or table: plain text without a width limit)",
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
