import FoundationEssentials

/// One row of an authority's history: a change of status or stage.
public struct StageChange: Equatable, Sendable, Codable {
    public let fromStatus: AuthorityStatus?
    public let toStatus: AuthorityStatus
    public let fromStage: Stage?
    public let toStage: Stage?
    /// The lead officer after the change.
    public let officer: String?
    public let changedAt: Date
    public let changedBy: String
    public let reason: String?
    /// Whether a gate was skipped with --override.
    public let overridden: Bool

    /// Creates a history row.
    public init(fromStatus: AuthorityStatus?, toStatus: AuthorityStatus, fromStage: Stage?, toStage: Stage?, officer: String?,
                changedAt: Date, changedBy: String, reason: String?, overridden: Bool) {
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.fromStage = fromStage
        self.toStage = toStage
        self.officer = officer
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.reason = reason
        self.overridden = overridden
    }
}

/// Time spent in each stage, derived from a history.
public enum StageTimeline {
    /// Days spent in each stage while active, summed over visits; the open stay counts up to `now`.
    /// - Parameters:
    ///   - history: The changes, oldest first.
    ///   - now: The end of an open stay.
    public static func daysPerStage(_ history: [StageChange], now: Date = Date()) -> [Stage: Double] {
        var totals: [Stage: Double] = [:]
        var open: (stage: Stage, since: Date)?
        for change in history {
            if let current = open {
                totals[current.stage, default: 0] += change.changedAt.timeIntervalSince(current.since) / 86_400
            }
            open = change.toStatus == .active ? change.toStage.map { ($0, change.changedAt) } : nil
        }
        if let current = open { totals[current.stage, default: 0] += now.timeIntervalSince(current.since) / 86_400 }
        return totals
    }
}
