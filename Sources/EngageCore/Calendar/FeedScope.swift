/// Whose work a person's calendar feed holds, fixed by their role when it is issued.
///
/// An officer's account gets `own`: the records of the authorities that officer leads and the
/// activities that officer delivers. A manager's gets `team`: everything. A viewer's gets `team`
/// too: a viewer reads every record on the board already, so the feed shows them nothing new,
/// and it lets someone who plans with the team (an administrator, a trustee) see what is due.
public enum FeedScope: String, CaseIterable, Sendable, Codable {
    case own, team

    /// The scope of a feed issued to an account of `role`.
    public static func of(_ role: Role) -> FeedScope {
        role == .officer ? .own : .team
    }

    /// In words, for a person `name` acting as `officer` (for `own`).
    public func describe(officer: String?) -> String {
        switch self {
        case .own: "what is due on the authorities \(officer ?? "this officer") leads, and the activities \(officer ?? "they") will deliver"
        case .team: "what is due across the team: every authority's follow-ups and plan actions, every planned activity"
        }
    }
}
