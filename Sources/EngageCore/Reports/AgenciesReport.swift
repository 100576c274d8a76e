/// The evaluation's "agencies directly engaged with" table: authority × agency type, an X where an
/// agency of that type in that authority was reached in the period, with a total row.
///
/// Only authorities with at least one X appear. An agency counts as reached by an activity that
/// happened (not planned) in the period and reached it, or by its `reached_on` date in the period.
public struct AgenciesReport: Equatable, Sendable, Encodable {
    /// One authority's row: the types reached there, in the evaluation's column order.
    public struct Row: Equatable, Sendable, Encodable {
        public let authority: String
        public let region: Region
        public let types: [AgencyType]

        /// Creates the value.
        public init(authority: String, region: Region, types: [AgencyType]) {
            self.authority = authority
            self.region = region
            self.types = types
        }

        /// Whether this authority has an X under `type`.
        public func reached(_ type: AgencyType) -> Bool { types.contains(type) }
    }

    /// One column's total: how many authorities have an X under the type.
    public struct Total: Equatable, Sendable, Encodable {
        public let type: AgencyType
        public let name: String
        public let authorities: Int

        /// Creates the value; `name` is the type's full name.
        public init(type: AgencyType, authorities: Int) {
            self.type = type
            self.name = type.name
            self.authorities = authorities
        }
    }

    public let scope: ReportScope
    /// Authorities with at least one X, by region then name.
    public let rows: [Row]
    /// One per agency type, in the evaluation's order, zeros included.
    public let totals: [Total]
    /// Authorities with at least one X.
    public let authoritiesReached: Int
    /// Authorities with an X under more than one type.
    public let reachedThroughSeveralTypes: Int

    /// Creates the value.
    public init(scope: ReportScope, rows: [Row], totals: [Total], authoritiesReached: Int, reachedThroughSeveralTypes: Int) {
        self.scope = scope
        self.rows = rows
        self.totals = totals
        self.authoritiesReached = authoritiesReached
        self.reachedThroughSeveralTypes = reachedThroughSeveralTypes
    }

    /// The report of `rows`, its totals counted from them: one per type of `columns`, in that
    /// order, zeros included; the authorities reached, and those reached through several types.
    /// - Parameters:
    ///   - scope: What the report covers.
    ///   - rows: Authorities with at least one X, each type once.
    ///   - columns: Every agency type, in the evaluation's column order.
    public init(scope: ReportScope, rows: [Row], columns: [AgencyType]) {
        var counts: [AgencyType: Int] = [:]
        for row in rows {
            for type in row.types { counts[type, default: 0] += 1 }
        }
        self.init(scope: scope, rows: rows, totals: columns.map { Total(type: $0, authorities: counts[$0] ?? 0) },
                  authoritiesReached: rows.count, reachedThroughSeveralTypes: rows.count { $0.types.count > 1 })
    }

    /// The total under `type` (0 when absent).
    public func total(_ type: AgencyType) -> Int { totals.first { $0.type == type }?.authorities ?? 0 }
}

extension AgencyType {
    /// A short column head for an 80-column matrix, e.g. "CYP" for "CYP Board/Trust".
    public var abbreviation: String {
        switch self {
        case .lscb: "LSCB"
        case .schools: "SCH"
        case .cypBoard: "CYP"
        case .schoolSupport: "SSS"
        case .police: "POL"
        case .probation: "PROB"
        case .health: "HLTH"
        case .prison: "PRIS"
        case .other: "OTH"
        }
    }
}
