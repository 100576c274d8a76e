/// The evaluation's events table: audience sector × activity kind, with row and column totals.
///
/// Counts activities that happened (not planned) in the period, national ones included unless a
/// region is given; an activity without a sector counts under "(no sector)". The counting is the
/// store's: this value only lays the counts out.
public struct EventsReport: Equatable, Sendable, Encodable {
    /// One count of the matrix, as the store reports it. A nil sector is "(no sector)".
    public struct Cell: Equatable, Sendable {
        public let sector: Sector?
        public let kind: ActivityKind
        public let count: Int

        /// Creates the value.
        public init(sector: Sector?, kind: ActivityKind, count: Int) {
            self.sector = sector
            self.kind = kind
            self.count = count
        }
    }

    /// One count under a kind.
    public struct KindCount: Equatable, Sendable, Encodable {
        public let kind: ActivityKind
        public let count: Int
    }

    /// One sector's row: a count per column, and the row's total.
    public struct Row: Equatable, Sendable, Encodable {
        /// nil for "(no sector)".
        public let sector: Sector?
        public let name: String
        public let counts: [KindCount]
        public let total: Int

        private enum CodingKeys: String, CodingKey { case sector, name, counts, total }

        /// Encodes every key; `sector` is null for "(no sector)".
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sector, forKey: .sector)
            try container.encode(name, forKey: .name)
            try container.encode(counts, forKey: .counts)
            try container.encode(total, forKey: .total)
        }

        /// The count under `kind` (0 when it is not a column).
        public func count(_ kind: ActivityKind) -> Int { counts.first { $0.kind == kind }?.count ?? 0 }
    }

    /// The evaluation's columns, always shown, in its order.
    public static let standardKinds: [ActivityKind] = [.presentation, .delegate, .stall, .update, .workshop]

    public let scope: ReportScope
    /// The columns: the evaluation's five, then any other kind present.
    public let kinds: [ActivityKind]
    /// Every sector in the evaluation's order, then "(no sector)" when any activity has none.
    public let rows: [Row]
    /// The column totals.
    public let totals: [KindCount]
    /// Every activity counted.
    public let total: Int

    /// Lays out the store's counts.
    /// - Parameters:
    ///   - cells: The non-zero counts per sector and kind.
    ///   - sectorTotals: Each sector's total (key nil for "(no sector)").
    ///   - kindTotals: Each kind's total.
    ///   - total: The grand total.
    public init(scope: ReportScope, cells: [Cell], sectorTotals: [Sector?: Int], kindTotals: [ActivityKind: Int], total: Int) {
        self.scope = scope
        let extra = ActivityKind.allCases.filter { !Self.standardKinds.contains($0) && (kindTotals[$0] ?? 0) > 0 }
        let kinds = Self.standardKinds + extra
        let sectors: [Sector?] = Sector.allCases.map { $0 } + ((sectorTotals[nil] ?? 0) > 0 ? [nil] : [])
        rows = sectors.map { sector in
            let counts = kinds.map { kind in
                KindCount(kind: kind, count: cells.first { $0.sector == sector && $0.kind == kind }?.count ?? 0)
            }
            return Row(sector: sector, name: sector?.name ?? "(no sector)", counts: counts, total: sectorTotals[sector] ?? 0)
        }
        self.kinds = kinds
        totals = kinds.map { KindCount(kind: $0, count: kindTotals[$0] ?? 0) }
        self.total = total
    }

    /// The row of `sector` (nil for "(no sector)").
    public func row(_ sector: Sector?) -> Row? { rows.first { $0.sector == sector } }

    /// The column total under `kind`.
    public func total(_ kind: ActivityKind) -> Int { totals.first { $0.kind == kind }?.count ?? 0 }
}

extension ActivityKind {
    /// The column head the evaluation uses, e.g. "Presentation given".
    public var reportName: String {
        switch self {
        case .presentation: "Presentation given"
        case .workshop: "Workshop"
        case .stall: "Stall"
        case .update: "Update given"
        case .delegate: "Delegate"
        case .lecture: "Guest lecture"
        case .conference: "Conference/event"
        case .meeting: "Meeting"
        }
    }
}

extension ActivityKind {
    /// A short column head for an 80-column matrix, e.g. "PRES" for a presentation.
    public var abbreviation: String {
        switch self {
        case .presentation: "PRES"
        case .workshop: "WKSHP"
        case .stall: "STALL"
        case .update: "UPD"
        case .delegate: "DELEG"
        case .lecture: "LECT"
        case .conference: "CONF"
        case .meeting: "MEET"
        }
    }
}
