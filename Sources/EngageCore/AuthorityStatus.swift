/// Where an authority stands with the team.
public enum AuthorityStatus: String, CaseIterable, Sendable, Codable {
    /// Known, nobody has asked yet.
    case prospect
    /// It asked for engagement.
    case requested
    /// It asked, and there is no capacity now.
    case waitlisted
    /// Being worked with, at a stage, with a lead officer.
    case active
    /// Work stopped for now; its place is free.
    case paused
    /// Stage 4 done.
    case completed
    /// Turned away and referred elsewhere.
    case signposted
    /// No further work.
    case closed

    /// Reads a status by name, ignoring case.
    /// - Parameter text: What the user typed.
    /// - Throws: `EngageError.invalid` listing the statuses.
    public static func parse(_ text: String) throws(EngageError) -> AuthorityStatus {
        guard let status = AuthorityStatus(rawValue: text.lowercased()) else {
            throw EngageError(.invalid, "unknown status '\(text)'",
                              hint: "use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return status
    }
}
