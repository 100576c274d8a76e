import FoundationEssentials

/// A person's account for signing in to the board, as listed: never the password or its hash.
public struct UserAccount: Equatable, Sendable, Codable {
    public let id: Int64
    public let name: String
    public let role: Role
    /// The officer an officer's account acts as.
    public let officer: String?
    /// Whether a password is set (an account without one cannot sign in).
    public let hasPassword: Bool
    /// Whether the password is a one-time one, to be changed at the next sign-in.
    public let mustChangePassword: Bool
    public let passwordChangedAt: Date?
    public let disabledAt: Date?
    public let createdAt: Date

    /// Creates the value.
    public init(id: Int64, name: String, role: Role, officer: String?, hasPassword: Bool, mustChangePassword: Bool,
                passwordChangedAt: Date?, disabledAt: Date?, createdAt: Date) {
        (self.id, self.name, self.role, self.officer) = (id, name, role, officer)
        (self.hasPassword, self.mustChangePassword, self.passwordChangedAt) = (hasPassword, mustChangePassword, passwordChangedAt)
        (self.disabledAt, self.createdAt) = (disabledAt, createdAt)
    }

    /// Whether the account may sign in at all.
    public var isDisabled: Bool { disabledAt != nil }

    /// Who the account speaks for.
    public var viewer: Viewer { Viewer(name: name, role: role, officer: officer) }
}
