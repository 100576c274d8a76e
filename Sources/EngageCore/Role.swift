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
}
