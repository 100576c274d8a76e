import FoundationEssentials

/// A token for the service, as listed: never the token itself, which is shown once at creation.
public struct APIToken: Equatable, Sendable, Codable {
    public let id: Int64
    public let user: String
    public let role: Role
    /// The officer an officer's token acts as.
    public let officer: String?
    public let createdAt: Date
    public let revokedAt: Date?

    /// Creates the value.
    public init(id: Int64, user: String, role: Role, officer: String?, createdAt: Date, revokedAt: Date?) {
        (self.id, self.user, self.role, self.officer, self.createdAt, self.revokedAt) = (id, user, role, officer, createdAt, revokedAt)
    }

    /// A new random token: `engage_` and 64 hex digits (256 bits from the system's secure generator).
    public static func generateSecret() -> String {
        "engage_" + RandomSecret.hex(bytes: 32)
    }
}

/// A token just created: the listing, and the secret to hand over once.
public struct IssuedToken: Equatable, Sendable, Codable {
    public let token: APIToken
    public let secret: String

    /// Creates the value.
    public init(token: APIToken, secret: String) {
        self.token = token
        self.secret = secret
    }
}
