/// The period report: what chapter 3 of the evaluation reported, for any period, in one value:
/// the headline counts, authority × agency type, events by sector × kind, briefings and where
/// they went, requests for more, the funnel and the outcomes. Each part is the report of that
/// name over the same scope, read at one moment.
public struct PeriodReport: Equatable, Sendable, Encodable {
    public let scope: ReportScope
    public let summary: SummaryReport
    public let agencies: AgenciesReport
    public let events: EventsReport
    public let briefings: BriefingsReport
    public let followUps: FollowUpsReport
    public let funnel: FunnelReport
    public let outcomes: OutcomesReport

    /// Creates the report from its parts, all over `scope`.
    public init(scope: ReportScope, summary: SummaryReport, agencies: AgenciesReport, events: EventsReport,
                briefings: BriefingsReport, followUps: FollowUpsReport, funnel: FunnelReport, outcomes: OutcomesReport) {
        self.scope = scope
        self.summary = summary
        self.agencies = agencies
        self.events = events
        self.briefings = briefings
        self.followUps = followUps
        self.funnel = funnel
        self.outcomes = outcomes
    }
}
