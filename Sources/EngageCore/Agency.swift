/// An agency or forum identified in an authority, and when the team first reached it.
public struct Agency: Equatable, Sendable, Codable {
    public var id: Int64
    /// The authority it belongs to; nil for a national body.
    public var authority: String?
    public var name: String
    public var type: AgencyType
    /// Whether it counts as a multi-agency forum (its type is one, or it was added with `--forum`).
    public var isForum: Bool
    public var identifiedOn: Day
    /// The date of the earliest activity that reached it; nil until one has.
    public var reachedOn: Day?

    /// Creates an agency value.
    public init(id: Int64, authority: String?, name: String, type: AgencyType, isForum: Bool,
                identifiedOn: Day, reachedOn: Day?) {
        self.id = id
        self.authority = authority
        self.name = name
        self.type = type
        self.isForum = isForum
        self.identifiedOn = identifiedOn
        self.reachedOn = reachedOn
    }

    /// When an activity on `date` reaches an agency reached so far on `current`: the earlier of the two.
    /// - Parameters:
    ///   - current: The agency's `reachedOn` now.
    ///   - date: The activity's date.
    public static func reached(_ current: Day?, by date: Day) -> Day {
        guard let current else { return date }
        return min(current, date)
    }
}
