/// An open work-plan action as the staff's lists show it: the action and whether it is overdue,
/// as of a given day.
///
/// Encodes as the action's own members (see `PlanAction`) plus `overdue`.
public struct AwaitingAction: Equatable, Sendable, Encodable {
    /// The action.
    public let action: PlanAction
    /// Whether it is open and its due date has passed.
    public let overdue: Bool

    /// The action as of `today`.
    /// - Parameters:
    ///   - action: A work-plan action (a closed one is never overdue).
    ///   - today: The day that decides whether it is overdue.
    public init(_ action: PlanAction, today: Day) {
        self.action = action
        overdue = action.isOverdue(today: today)
    }

    private enum CodingKeys: String, CodingKey { case overdue }

    /// Encodes the action's members, then `overdue`.
    public func encode(to encoder: any Encoder) throws {
        try action.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(overdue, forKey: .overdue)
    }
}
