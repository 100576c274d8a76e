/// What a user of the service may do.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Reads everything and lists follow-ups.
    case viewer
    /// Also records agencies, activities, briefings, contacts and follow-ups, and advances the
    /// authorities they lead.
    case officer
    /// Also assigns, changes caps, overrides gates, erases contacts and imports.
    case manager

    /// Reads a role by name, ignoring case.
    /// - Throws: `EngageError.invalid` listing the roles.
    public static func parse(_ text: String) throws(EngageError) -> Role {
        guard let role = Role(rawValue: text.lowercased()) else {
            throw EngageError(.invalid, "unknown role '\(text)'", hint: "use one of: viewer, officer, manager")
        }
        return role
    }

    /// Whether this role includes `other`'s rights: roles nest, a manager may do all an officer
    /// may, an officer all a viewer may.
    public func includes(_ other: Role) -> Bool { rank >= other.rank }

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .officer: 1
        case .manager: 2
        }
    }
}
