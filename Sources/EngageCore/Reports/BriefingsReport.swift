/// The evaluation's "briefing × networks" table: each briefing sent in the period, where it went
/// (authorities, agencies, networks) and how often, with counts per briefing and in total.
public struct BriefingsReport: Equatable, Sendable, Encodable {
    /// What a briefing was sent to.
    public enum TargetKind: String, Sendable, Encodable {
        case authority, agency, network
    }

    /// One place a briefing went, and how many times in the period.
    public struct Target: Equatable, Sendable, Encodable {
        public let kind: TargetKind
        public let name: String
        public let times: Int

        /// Creates the value.
        public init(kind: TargetKind, name: String, times: Int) {
            self.kind = kind
            self.name = name
            self.times = times
        }
    }

    /// How many sendings, and how many distinct authorities, agencies and networks they reached.
    public struct Counts: Equatable, Sendable, Encodable {
        public let sendings: Int
        public let authorities: Int
        public let agencies: Int
        public let networks: Int

        /// Creates the value.
        public init(sendings: Int, authorities: Int, agencies: Int, networks: Int) {
            self.sendings = sendings
            self.authorities = authorities
            self.agencies = agencies
            self.networks = networks
        }
    }

    /// One briefing sent in the period.
    public struct Entry: Equatable, Sendable, Encodable {
        public let title: String
        public let kind: Briefing.Kind
        public let publishedOn: Day?
        public let counts: Counts
        /// Where it went, first sent first.
        public let targets: [Target]

        /// Creates the value.
        public init(title: String, kind: Briefing.Kind, publishedOn: Day?, counts: Counts, targets: [Target]) {
            self.title = title
            self.kind = kind
            self.publishedOn = publishedOn
            self.counts = counts
            self.targets = targets
        }

        private enum CodingKeys: String, CodingKey { case title, kind, publishedOn, counts, targets }

        /// Encodes every key, nulls included.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(kind, forKey: .kind)
            try container.encode(publishedOn, forKey: .publishedOn)
            try container.encode(counts, forKey: .counts)
            try container.encode(targets, forKey: .targets)
        }

        /// The targets' names of one kind, in order.
        public func names(_ kind: TargetKind) -> [String] { targets.filter { $0.kind == kind }.map(\.name) }
    }

    public let scope: ReportScope
    /// Briefings sent at least once in the period, by publication date then title.
    public let briefings: [Entry]
    /// All sendings in the period; distinct places reached across every briefing.
    public let total: Counts

    /// Creates the value.
    public init(scope: ReportScope, briefings: [Entry], total: Counts) {
        self.scope = scope
        self.briefings = briefings
        self.total = total
    }

    /// The entry titled `title`.
    public func briefing(_ title: String) -> Entry? { briefings.first { $0.title == title } }
}
