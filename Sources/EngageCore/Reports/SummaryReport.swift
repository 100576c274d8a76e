/// The headline counts of the evaluation's engagement overview, for a period.
public struct SummaryReport: Equatable, Sendable, Encodable {
    /// How many events of one kind.
    public struct KindCount: Equatable, Sendable, Encodable {
        public let kind: ActivityKind
        public let count: Int

        /// Creates the value.
        public init(kind: ActivityKind, count: Int) {
            self.kind = kind
            self.count = count
        }
    }

    public let scope: ReportScope
    /// Authorities with a presentation or workshop in the period.
    public let authoritiesEngaged: Int
    /// Authorities reached through more than one agency type (as in the agencies report).
    public let authoritiesReachedThroughSeveralTypes: Int
    public let presentations: Int
    public let workshops: Int
    /// Every event in the period, of any kind.
    public let events: Int
    /// Events per kind, in the kinds' order, zeros included.
    public let eventsByKind: [KindCount]
    /// Briefings published in the period.
    public let briefingsPublished: Int
    /// Sendings of briefings in the period.
    public let disseminations: Int
    /// Authorities with a follow-up request opened in the period.
    public let authoritiesAskingForMore: Int

    /// Creates the value.
    /// - Parameter eventCounts: The store's counts per kind; kinds missing count 0.
    public init(scope: ReportScope, authoritiesEngaged: Int, authoritiesReachedThroughSeveralTypes: Int,
                presentations: Int, workshops: Int, events: Int, eventCounts: [ActivityKind: Int],
                briefingsPublished: Int, disseminations: Int, authoritiesAskingForMore: Int) {
        self.scope = scope
        self.authoritiesEngaged = authoritiesEngaged
        self.authoritiesReachedThroughSeveralTypes = authoritiesReachedThroughSeveralTypes
        self.presentations = presentations
        self.workshops = workshops
        self.events = events
        eventsByKind = ActivityKind.allCases.map { KindCount(kind: $0, count: eventCounts[$0] ?? 0) }
        self.briefingsPublished = briefingsPublished
        self.disseminations = disseminations
        self.authoritiesAskingForMore = authoritiesAskingForMore
    }

    /// The events of `kind`.
    public func events(_ kind: ActivityKind) -> Int { eventsByKind.first { $0.kind == kind }?.count ?? 0 }

    /// The headline lines as label and number, in the order a reader expects.
    public var lines: [(label: String, value: Int)] {
        [("Authorities engaged directly (presentation or workshop)", authoritiesEngaged),
         ("Authorities reached through more than one agency type", authoritiesReachedThroughSeveralTypes),
         ("Presentations delivered", presentations),
         ("Workshops delivered", workshops),
         ("Events, all kinds", events)]
        + eventsByKind.map { ("Events: " + $0.kind.reportName, $0.count) }
        + [("Briefings published", briefingsPublished),
           ("Briefing disseminations sent", disseminations),
           ("Authorities that asked for further engagement", authoritiesAskingForMore)]
    }
}
