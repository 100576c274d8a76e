/// What sort of event an activity was.
public enum ActivityKind: String, CaseIterable, Sendable, Codable {
    case presentation, workshop, stall, update, delegate, lecture, conference, meeting

    /// Whether the activity delivers the team's message to an audience, which the stage gates count.
    public var isDelivery: Bool { self == .presentation || self == .workshop }

    private static let lookup = KeyFolding.table(
        allCases, spellings: { [$0.rawValue] },
        aliases: ["presentation given": .presentation, "update given": .update, "attended as delegate": .delegate,
                  "guest lecture": .lecture, "event": .conference, "conference/event": .conference])

    /// Reads a kind by name, ignoring case; "attended as delegate" and "guest lecture" work too.
    /// - Parameter text: What the user typed.
    /// - Throws: `EngageError.invalid` listing the kinds.
    public static func parse(_ text: String) throws(EngageError) -> ActivityKind {
        if let kind = lookup[KeyFolding.fold(text)] { return kind }
        throw EngageError(.invalid, "unknown activity kind '\(text)'",
                          hint: "use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
    }
}
