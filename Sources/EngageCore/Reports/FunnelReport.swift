/// Where authorities stand now, and how they moved through the four stages in the period.
///
/// A stay in a stage runs from entering it while active until the next change of status or stage
/// (a pause ends it; a resume starts a new one); a stay still open counts up to today.
public struct FunnelReport: Equatable, Sendable, Encodable {
    /// How many authorities have a status now.
    public struct StatusCount: Equatable, Sendable, Encodable {
        public let status: AuthorityStatus
        public let authorities: Int

        /// Creates the value.
        public init(status: AuthorityStatus, authorities: Int) {
            self.status = status
            self.authorities = authorities
        }
    }

    /// One stage: how many are in it now, and the stays of the period.
    public struct StageFlow: Equatable, Sendable, Encodable {
        public let stage: Stage
        public let name: String
        /// Active authorities at this stage now.
        public let activeNow: Int
        /// Stays that began in the period.
        public let entered: Int
        /// Stays that ended in the period.
        public let left: Int
        /// Stays that overlap the period, whose lengths the median and maximum describe.
        public let stays: Int
        /// The median length in days of those stays; nil when there are none.
        public let medianDays: Double?
        /// The longest of those stays, in days; nil when there are none.
        public let maxDays: Int?

        /// Creates the value.
        public init(stage: Stage, activeNow: Int, entered: Int, left: Int, stays: Int, medianDays: Double?, maxDays: Int?) {
            self.stage = stage
            self.name = stage.title
            self.activeNow = activeNow
            self.entered = entered
            self.left = left
            self.stays = stays
            self.medianDays = medianDays
            self.maxDays = maxDays
        }

        private enum CodingKeys: String, CodingKey { case stage, name, activeNow, entered, left, stays, medianDays, maxDays }

        /// Encodes every key, nulls included.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stage, forKey: .stage)
            try container.encode(name, forKey: .name)
            try container.encode(activeNow, forKey: .activeNow)
            try container.encode(entered, forKey: .entered)
            try container.encode(left, forKey: .left)
            try container.encode(stays, forKey: .stays)
            try container.encode(medianDays, forKey: .medianDays)
            try container.encode(maxDays, forKey: .maxDays)
        }
    }

    public let scope: ReportScope
    /// Every status, in the lifecycle's order, zeros included.
    public let statuses: [StatusCount]
    /// Stages 1 to 4.
    public let stages: [StageFlow]

    /// Creates the value.
    /// - Parameters:
    ///   - statusCounts: The store's counts; statuses missing from it count 0.
    ///   - stages: One flow per stage.
    public init(scope: ReportScope, statusCounts: [AuthorityStatus: Int], stages: [StageFlow]) {
        self.scope = scope
        statuses = AuthorityStatus.allCases.map { StatusCount(status: $0, authorities: statusCounts[$0] ?? 0) }
        self.stages = stages
    }

    /// The count for `status`.
    public func count(_ status: AuthorityStatus) -> Int { statuses.first { $0.status == status }?.authorities ?? 0 }

    /// The flow of `stage`.
    public func flow(_ stage: Stage) -> StageFlow? { stages.first { $0.stage == stage } }
}
