import FoundationEssentials

/// A signed-in person's session on the board, as the store finds it from the cookie's secret.
public struct BoardSession: Equatable, Sendable {
    /// The session's row, for ending it.
    public let id: Int64
    /// Whose it is.
    public let account: UserAccount
    /// The token every form of this session carries, checked before any change.
    public let csrfToken: String
    public let createdAt: Date
    public let lastSeenAt: Date

    /// Creates the value.
    public init(id: Int64, account: UserAccount, csrfToken: String, createdAt: Date, lastSeenAt: Date) {
        (self.id, self.account, self.csrfToken, self.createdAt, self.lastSeenAt) = (id, account, csrfToken, createdAt, lastSeenAt)
    }

    /// When it ends unless used again: the earlier of its idle and its absolute limit.
    public var expiresAt: Date {
        min(lastSeenAt.addingTimeInterval(SignInPolicy.idleTimeout.seconds),
            createdAt.addingTimeInterval(SignInPolicy.absoluteTimeout.seconds))
    }
}

/// A session just started: the session, and the secret for the cookie (kept nowhere else).
public struct IssuedSession: Equatable, Sendable {
    public let session: BoardSession
    public let secret: String

    /// Creates the value.
    public init(session: BoardSession, secret: String) {
        (self.session, self.secret) = (session, secret)
    }
}

/// What a sign-in came to.
public enum SignInOutcome: Equatable, Sendable {
    /// Name and password matched an enabled account: a new session.
    case signedIn(IssuedSession)
    /// Unknown name, wrong password or disabled account (the same to the person signing in).
    case refused
    /// Too many failures for this name lately: refused until then, whatever the password.
    case locked(until: Date)
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
