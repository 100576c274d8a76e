/// Outcomes in the period: per Quality Statement, how an authority's rating moved from its first
/// to its latest assessment, and the authorities that completed stage 4 with no assessment after.
///
/// Per authority and statement the ratings counted are those in assessments dated within the period
/// (inclusive), ordered by date then id. An authority counts for a statement when it has at least two;
/// its change is latest − first: it rose (> 0), stayed (0) or fell (< 0). The median change is over
/// the authorities counted, nil when there are none. `--region` and `--officer` keep authorities in
/// that region, led by that officer now. The counting is the store's: this value only carries it.
public struct OutcomesReport: Equatable, Sendable, Encodable {
    /// One statement's movement.
    public struct StatementOutcome: Equatable, Sendable, Encodable {
        /// The statement's key, e.g. `awareness`.
        public let statement: String
        public let title: String
        /// Authorities with a first and a later rating of the statement in the period.
        public let authorities: Int
        public let rose: Int
        public let stayed: Int
        public let fell: Int
        /// The median of latest − first over those authorities; nil when there are none.
        public let medianChange: Double?

        /// Creates the value.
        public init(statement: String, title: String, authorities: Int, rose: Int, stayed: Int, fell: Int, medianChange: Double?) {
            self.statement = statement
            self.title = title
            self.authorities = authorities
            self.rose = rose
            self.stayed = stayed
            self.fell = fell
            self.medianChange = medianChange
        }

        private enum CodingKeys: String, CodingKey { case statement, title, authorities, rose, stayed, fell, medianChange }

        /// Encodes every key, nulls included.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(statement, forKey: .statement)
            try container.encode(title, forKey: .title)
            try container.encode(authorities, forKey: .authorities)
            try container.encode(rose, forKey: .rose)
            try container.encode(stayed, forKey: .stayed)
            try container.encode(fell, forKey: .fell)
            try container.encode(medianChange, forKey: .medianChange)
        }
    }

    /// An authority that completed stage 4 with no assessment dated on or after that day.
    public struct EvidenceGap: Equatable, Sendable, Encodable {
        public let authority: String
        public let region: Region
        /// Its lead officer now; nil when it has none.
        public let officer: String?
        /// The day it changed to completed (its latest such change).
        public let completedOn: Day

        /// Creates the value.
        public init(authority: String, region: Region, officer: String?, completedOn: Day) {
            self.authority = authority
            self.region = region
            self.officer = officer
            self.completedOn = completedOn
        }

        private enum CodingKeys: String, CodingKey { case authority, region, officer, completedOn }

        /// Encodes every key, nulls included.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(authority, forKey: .authority)
            try container.encode(region, forKey: .region)
            try container.encode(officer, forKey: .officer)
            try container.encode(completedOn, forKey: .completedOn)
        }
    }

    public let scope: ReportScope
    /// Every statement, in the statements' order, zeros included.
    public let statements: [StatementOutcome]
    /// Authorities completed now, their completion in the period, with no assessment on or after it;
    /// by completion date then name.
    public let evidenceGap: [EvidenceGap]

    /// Creates the value.
    public init(scope: ReportScope, statements: [StatementOutcome], evidenceGap: [EvidenceGap]) {
        self.scope = scope
        self.statements = statements
        self.evidenceGap = evidenceGap
    }

    /// The outcome of the statement `key`.
    public func statement(_ key: String) -> StatementOutcome? { statements.first { $0.statement == key } }
}
