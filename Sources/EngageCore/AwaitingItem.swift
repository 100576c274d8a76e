/// One line of the staff's list of what is waiting: an open follow-up request, or (in the overdue
/// list) an overdue work-plan action.
///
/// Encodes as the follow-up's members (see `AwaitingFollowUp`) or the action's (see
/// `AwaitingAction`), with `item`: `followup` or `action`.
public enum AwaitingItem: Equatable, Sendable, Encodable {
    case followUp(AwaitingFollowUp)
    case action(AwaitingAction)

    /// Its due date, if any.
    public var dueOn: Day? {
        switch self {
        case .followUp(let awaiting): awaiting.followUp.dueOn
        case .action(let awaiting): awaiting.action.dueOn
        }
    }

    /// The follow-ups and the actions in one list by due date (follow-ups first on the same day,
    /// then by id); items without a due date last, in the order given.
    public static func byDueDate(followUps: [AwaitingFollowUp], actions: [PlanAction], today: Day) -> [AwaitingItem] {
        let items = followUps.map(AwaitingItem.followUp) + actions.map { .action(AwaitingAction($0, today: today)) }
        return items.enumerated().sorted { left, right in
            switch (left.element.dueOn, right.element.dueOn) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return left.offset < right.offset
            }
        }.map(\.element)
    }

    private enum CodingKeys: String, CodingKey { case item }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .followUp(let awaiting):
            try awaiting.encode(to: encoder)
            try container.encode("followup", forKey: .item)
        case .action(let awaiting):
            try awaiting.encode(to: encoder)
            try container.encode("action", forKey: .item)
        }
    }
}
