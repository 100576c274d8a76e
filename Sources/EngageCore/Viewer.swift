/// Who is asking: a person signed in to the board, or the holder of an API token.
public struct Viewer: Sendable, Equatable {
    /// The person's name (a user's, or a token's user).
    public let name: String
    /// What they may do.
    public let role: Role
    /// The officer they act as, for an officer's account or token.
    public let officer: String?

    /// Creates the value.
    public init(name: String, role: Role, officer: String?) {
        (self.name, self.role, self.officer) = (name, role, officer)
    }

    /// The officer whose authorities alone this person may record on: an officer's own; nil for
    /// a manager (every authority) and a viewer (who records nothing).
    public var recordingLead: String? { role == .officer ? officer ?? name : nil }

    /// Whether this person may do what `role` may.
    public func may(_ role: Role) -> Bool { self.role.includes(role) }
}

extension APIToken {
    /// Who the token speaks for.
    public var viewer: Viewer { Viewer(name: user, role: role, officer: officer) }
}
