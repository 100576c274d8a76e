/// Requests for more in the period: opened, closed, how fast, what is still open, and how many
/// engaged authorities asked for more.
public struct FollowUpsReport: Equatable, Sendable, Encodable {
    /// Requests open now, by age (days since opened).
    public struct AgeBands: Equatable, Sendable, Encodable {
        /// 0–30 days.
        public let upTo30: Int
        /// 31–60 days.
        public let from31To60: Int
        /// 61–90 days.
        public let from61To90: Int
        /// More than 90 days.
        public let over90: Int

        /// Creates the value.
        public init(upTo30: Int, from31To60: Int, from61To90: Int, over90: Int) {
            self.upTo30 = upTo30
            self.from31To60 = from31To60
            self.from61To90 = from61To90
            self.over90 = over90
        }

        private enum CodingKeys: String, CodingKey {
            case upTo30 = "days_0_to_30", from31To60 = "days_31_to_60", from61To90 = "days_61_to_90", over90 = "over_90_days"
        }

        /// The bands' labels and counts, youngest first.
        public var labelled: [(label: String, count: Int)] {
            [("0–30 days", upTo30), ("31–60 days", from31To60), ("61–90 days", from61To90), ("over 90 days", over90)]
        }
    }

    public let scope: ReportScope
    /// Requests opened in the period.
    public let opened: Int
    /// Requests closed in the period.
    public let closed: Int
    /// The median days from opening to closing of those closed in the period; nil when none were.
    public let medianDaysToClose: Double?
    /// Requests open now (not closed), by age.
    public let openNow: AgeBands
    /// Authorities with a presentation or workshop in the period.
    public let engagedAuthorities: Int
    /// Of those, the ones with a request opened in the period.
    public let engagedThatAsked: Int

    /// Creates the value.
    public init(scope: ReportScope, opened: Int, closed: Int, medianDaysToClose: Double?, openNow: AgeBands,
                engagedAuthorities: Int, engagedThatAsked: Int) {
        self.scope = scope
        self.opened = opened
        self.closed = closed
        self.medianDaysToClose = medianDaysToClose
        self.openNow = openNow
        self.engagedAuthorities = engagedAuthorities
        self.engagedThatAsked = engagedThatAsked
    }

    /// The share of engaged authorities that asked for more, in percent; nil when none were engaged.
    public var askedShare: Double? {
        engagedAuthorities == 0 ? nil : Double(engagedThatAsked) * 100 / Double(engagedAuthorities)
    }

    private enum CodingKeys: String, CodingKey {
        case scope, opened, closed, medianDaysToClose, openNow, engagedAuthorities, engagedThatAsked, askedShare
    }

    /// Encodes every key, nulls included, and the share.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scope, forKey: .scope)
        try container.encode(opened, forKey: .opened)
        try container.encode(closed, forKey: .closed)
        try container.encode(medianDaysToClose, forKey: .medianDaysToClose)
        try container.encode(openNow, forKey: .openNow)
        try container.encode(engagedAuthorities, forKey: .engagedAuthorities)
        try container.encode(engagedThatAsked, forKey: .engagedThatAsked)
        try container.encode(askedShare, forKey: .askedShare)
    }
}
