/// The eight reports of `engage report`, by the name the CLI, the API (`/api/reports/NAME`) and
/// the board (`/reports/NAME`) give them, in the order `engage report --help` lists them.
public enum ReportName: String, CaseIterable, Sendable {
    case summary, agencies, events, briefings, funnel, followups, capacity, outcomes

    /// A heading for the report, e.g. "Follow-ups".
    public var title: String {
        switch self {
        case .summary: "Summary"
        case .agencies: "Agencies"
        case .events: "Events"
        case .briefings: "Briefings"
        case .funnel: "Funnel"
        case .followups: "Follow-ups"
        case .capacity: "Capacity"
        case .outcomes: "Outcomes"
        }
    }

    /// What the report shows, one line.
    public var summary: String {
        switch self {
        case .summary:
            "The headline counts of the engagement overview: authorities engaged, events, briefings, who asked for more"
        case .agencies: "Authority × agency type: where an agency of that type was reached in the period, with totals"
        case .events: "Events by audience sector × kind, with row and column totals"
        case .briefings: "Each briefing sent in the period: where it went (authorities, agencies, networks) and how often"
        case .funnel: "Authorities per status and stage now; stays entered and left per stage in the period, median and longest"
        case .followups: "Requests for more: opened and closed in the period, days to close, open ones by age, who asked"
        case .capacity: "Per month: each officer's active authorities at month end against their cap; waitlisted and signposted"
        case .outcomes:
            "Per Quality Statement: authorities rated twice or more in the period, how many rose, stayed or fell, the median change; and the evidence gap"
        }
    }
}
