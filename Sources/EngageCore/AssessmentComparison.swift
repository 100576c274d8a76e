/// Two assessments of one authority side by side, statement by statement: the earlier rating,
/// the latest, and the change.
public struct AssessmentComparison: Equatable, Sendable, Codable {
    /// Which earlier assessment the latest is compared with.
    public enum Basis: String, CaseIterable, Sendable, Codable {
        /// The authority's first assessment: progress over the whole engagement.
        case first
        /// The one just before the latest.
        case previous

        /// Reads a basis by name.
        /// - Throws: `EngageError.invalid` listing the choices.
        public static func parse(_ text: String) throws(EngageError) -> Basis {
            guard let basis = Basis(rawValue: text.trimmingWhitespace().lowercased()) else {
                throw EngageError(.invalid, "unknown comparison '\(text)'", hint: "use --compare first or --compare previous")
            }
            return basis
        }
    }

    /// One statement's line.
    public struct Line: Equatable, Sendable, Codable {
        /// The statement's key.
        public var statement: String
        public var position: Int
        public var title: String
        /// The earlier assessment's rating; nil when unrated there or when there is no earlier one.
        public var earlier: Rating?
        /// The latest assessment's rating; nil when unrated.
        public var latest: Rating?
        /// Latest minus earlier; nil when either is missing.
        public var change: Int?
        /// The latest assessment's evidence note.
        public var evidence: String?

        /// The change as a table shows it: "+1", "-2", "=", or "" when either rating is missing.
        public var changeText: String {
            guard let change else { return "" }
            return change == 0 ? "=" : change > 0 ? "+\(change)" : "\(change)"
        }
    }

    /// How the earlier assessment was chosen; nil when there is only one.
    public var basis: Basis?
    /// The earlier assessment; nil when there is only one.
    public var earlier: Assessment?
    public var latest: Assessment
    /// Every statement, in position order.
    public var statements: [Line]

    /// Compares `latest` with `earlier` over `statements`.
    /// - Parameters:
    ///   - statements: Every statement (sorted here by position).
    ///   - latest: The assessment to show.
    ///   - earlier: The one to compare it with, or nil to show only `latest`'s ratings.
    ///   - basis: How `earlier` was chosen.
    public init(statements: [QualityStatement], latest: Assessment, earlier: Assessment?, basis: Basis) {
        self.basis = earlier == nil ? nil : basis
        self.earlier = earlier
        self.latest = latest
        self.statements = statements.sorted { $0.position < $1.position }.map { statement in
            let before = earlier?.rating(of: statement.key)
            let after = latest.rating(of: statement.key)
            let change = before.flatMap { before in after.map { $0.rating.rawValue - before.rating.rawValue } }
            return Line(statement: statement.key, position: statement.position, title: statement.title,
                        earlier: before?.rating, latest: after?.rating, change: change, evidence: after?.evidence)
        }
    }

    /// Which earlier assessment `basis` picks from an authority's assessments, oldest first: the
    /// first, or the one before the latest; nil when there are fewer than two.
    public static func earlier(among assessments: [Assessment], basis: Basis) -> Assessment? {
        guard assessments.count >= 2 else { return nil }
        return basis == .first ? assessments.first : assessments[assessments.count - 2]
    }
}
