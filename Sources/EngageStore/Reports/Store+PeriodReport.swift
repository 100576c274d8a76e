import EngageCore

extension Store {
    /// The period report: seven reports over one scope, read against one snapshot so that their
    /// figures agree with each other.
    /// - Throws: As each report does (an unknown officer, a time zone PostgreSQL does not know).
    public func periodReport(_ scope: ReportScope) throws -> PeriodReport {
        try snapshot { store in
            // The agencies first: the summary takes its count of authorities reached through
            // several types rather than running the same marks again.
            let agencies = try store.agenciesReport(scope)
            let summary = try store.summaryReport(scope, severalTypes: agencies.reachedThroughSeveralTypes)
            return PeriodReport(scope: scope, summary: summary, agencies: agencies,
                                events: try store.eventsReport(scope), briefings: try store.briefingsReport(scope),
                                followUps: try store.followUpsReport(scope), funnel: try store.funnelReport(scope),
                                outcomes: try store.outcomesReport(scope))
        }
    }
}
