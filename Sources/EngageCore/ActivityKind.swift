/// What sort of event an activity was.
public enum ActivityKind: String, CaseIterable, Sendable, Codable {
    case presentation, workshop, stall, update, delegate, lecture, conference, meeting

    /// Whether the activity delivers the team's message to an audience, which the stage gates count.
    public var isDelivery: Bool { self == .presentation || self == .workshop }

    /// Reads a kind by name, ignoring case; "attended as delegate" and "guest lecture" work too.
    /// - Parameter text: What the user typed.
    /// - Throws: `EngageError.invalid` listing the kinds.
    public static func parse(_ text: String) throws(EngageError) -> ActivityKind {
        let folded = text.lowercased().filter { $0.isLetter }
        let aliases: [String: ActivityKind] = [
            "presentationgiven": .presentation, "updategiven": .update, "attendedasdelegate": .delegate,
            "guestlecture": .lecture, "event": .conference, "conferenceevent": .conference,
        ]
        if let kind = ActivityKind(rawValue: folded) ?? aliases[folded] { return kind }
        throw EngageError(.invalid, "unknown activity kind '\(text)'",
                          hint: "use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
    }
}
