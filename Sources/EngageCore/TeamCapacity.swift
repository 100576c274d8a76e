/// The team-wide cap and how many authorities are active.
public struct TeamCapacity: Equatable, Sendable, Codable {
    /// The cap; nil when the team has none.
    public let cap: Int?
    /// Active authorities now.
    public let active: Int

    /// Creates the value.
    public init(cap: Int?, active: Int) {
        self.cap = cap
        self.active = active
    }

    /// Whether the team can take on no more.
    public var isFull: Bool { cap.map { active >= $0 } ?? false }
}
