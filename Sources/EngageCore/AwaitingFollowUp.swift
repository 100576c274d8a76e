/// An open follow-up as the staff's list shows it: the request, how many days it has waited and
/// whether it is overdue, as of a given day.
///
/// Encodes as the follow-up's own members plus `age_days` and `overdue`.
public struct AwaitingFollowUp: Equatable, Sendable, Encodable {
    /// The request.
    public let followUp: FollowUp
    /// Days since it was asked for.
    public let ageDays: Int
    /// Whether its due date has passed.
    public let overdue: Bool

    /// The request as of `today`.
    /// - Parameters:
    ///   - followUp: An open request.
    ///   - today: The day that decides its age and whether it is overdue.
    public init(_ followUp: FollowUp, today: Day) {
        self.followUp = followUp
        ageDays = followUp.age(today: today)
        overdue = followUp.isOverdue(today: today)
    }

    private enum CodingKeys: String, CodingKey { case ageDays, overdue }

    /// Encodes the follow-up's members, then `ageDays` and `overdue`.
    public func encode(to encoder: any Encoder) throws {
        try followUp.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ageDays, forKey: .ageDays)
        try container.encode(overdue, forKey: .overdue)
    }
}
