/// Capacity month by month: each officer's active authorities at the month's end against their
/// cap, the team's against the team cap, and how many authorities were waitlisted or signposted.
///
/// Months are those the period overlaps (all time: from the first recorded change to this month),
/// each counted whole. Who was active at a month's end comes from the stage-change history; caps
/// are today's.
public struct CapacityReport: Equatable, Sendable, Encodable {
    /// One officer at one month's end.
    public struct OfficerLoad: Equatable, Sendable, Encodable {
        public let officer: String
        public let active: Int
        /// The officer's cap today.
        public let cap: Int

        /// Creates the value.
        public init(officer: String, active: Int, cap: Int) {
            self.officer = officer
            self.active = active
            self.cap = cap
        }

        /// Whether the officer was at or over their cap.
        public var isFull: Bool { active >= cap }
    }

    /// One month.
    public struct Month: Equatable, Sendable, Encodable {
        /// The month as `YYYY-MM`.
        public let month: String
        public let officers: [OfficerLoad]
        /// Active authorities in the team at the month's end (those of the officers shown).
        public let teamActive: Int
        /// Authorities moved to the waitlist during the month.
        public let waitlisted: Int
        /// Authorities signposted elsewhere during the month.
        public let signposted: Int

        /// Creates the value.
        /// - Parameter first: The month's first day.
        public init(first: Day, officers: [OfficerLoad], teamActive: Int, waitlisted: Int, signposted: Int) {
            month = "\(first.year.zeroPadded(4))-\(first.month.zeroPadded(2))"
            self.officers = officers
            self.teamActive = teamActive
            self.waitlisted = waitlisted
            self.signposted = signposted
        }

        /// The load of the officer of that name.
        public func load(_ officer: String) -> OfficerLoad? { officers.first { $0.officer == officer } }
    }

    public let scope: ReportScope
    /// The team cap today; nil when there is none.
    public let teamCap: Int?
    /// Oldest first.
    public let months: [Month]

    /// Creates the value.
    public init(scope: ReportScope, teamCap: Int?, months: [Month]) {
        self.scope = scope
        self.teamCap = teamCap
        self.months = months
    }

    private enum CodingKeys: String, CodingKey { case scope, teamCap, months }

    /// Encodes every key, nulls included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scope, forKey: .scope)
        try container.encode(teamCap, forKey: .teamCap)
        try container.encode(months, forKey: .months)
    }

    /// The month `YYYY-MM`.
    public func month(_ text: String) -> Month? { months.first { $0.month == text } }
}
