import EngageCore
import FoundationEssentials
import Postgres

/// Calendar feeds: issuing a person's feed address (its secret kept only as its SHA-256, like a
/// session's), revoking it, and reading what a feed holds. Audit rows name the account and the
/// scope, never the secret or its hash.
extension Store {
    /// The account's live feed, or nil when it has none.
    /// - Throws: `EngageError.notFound` for an unknown account.
    public func feed(of name: String) throws -> CalendarFeed? {
        try read { connection in
            let account = try requireUser(named: name, in: connection)
            return try liveFeed(of: account, in: connection)
        }
    }

    /// Gives the account a new feed address, in the scope its role has (`FeedScope.of`),
    /// revoking the live one if any (whose address answers 404 from then on).
    /// - Returns: The feed and its secret, to be shown once.
    /// - Throws: `EngageError.notFound` for an unknown account, `.refused` for a disabled one.
    public func issueFeed(for name: String) throws -> IssuedFeed {
        try write { connection in
            let account = try requireUser(named: name, in: connection, locking: true)
            guard !account.isDisabled else {
                throw EngageError(.refused, "\(account.name)'s account is disabled, so it gets no calendar feed",
                                  hint: "enable it first with 'engage user enable'")
            }
            let replaced = try revokeLive(ofUser: account.id, in: connection)
            let secret = RandomSecret.hex()
            let scope = FeedScope.of(account.role)
            try connection.execute("""
                INSERT INTO calendar_feeds (user_id, secret_hash, scope) VALUES (\(account.id), \(Self.hashed(secret)), \(scope))
                """)
            guard let feed = try liveFeed(of: account, in: connection) else {
                throw EngageError(.notFound, "the new calendar feed of \(account.name) could not be read back")
            }
            try audit(connection, action: "feed.issue", entity: "user", id: account.id,
                      details: FeedAudit(name: account.name, scope: scope, replaced: replaced))
            return IssuedFeed(feed: feed, secret: secret, replaced: replaced)
        }
    }

    /// Revokes the account's live feed: its address answers 404 from now on, on every service.
    /// - Returns: The feed as it was.
    /// - Throws: `EngageError.notFound` for an unknown account, `.refused` when it has no live feed.
    public func revokeFeed(of name: String) throws -> CalendarFeed {
        try write { connection in
            let account = try requireUser(named: name, in: connection, locking: true)
            guard let live = try liveFeed(of: account, in: connection) else {
                throw EngageError(.refused, "\(account.name) has no calendar feed to revoke",
                                  hint: "issue one with 'engage user feed-reset \(account.name)'")
            }
            _ = try revokeLive(ofUser: account.id, in: connection)
            try audit(connection, action: "feed.revoke", entity: "user", id: account.id,
                      details: FeedAudit(name: account.name, scope: live.scope, replaced: true))
            return live
        }
    }

    /// What the feed whose secret is `secret` holds, read in one snapshot; nil when no live feed
    /// of an enabled account has that secret (unknown, revoked, replaced or disabled alike).
    public func feedContent(secret: String) throws -> FeedContent? {
        try consistentRead { connection in
            guard let row = try connection.execute("""
                SELECT f.scope, u.name, u.role, u.officer_id, o.name AS officer
                FROM calendar_feeds f JOIN users u ON u.id = f.user_id LEFT JOIN officers o ON o.id = u.officer_id
                WHERE f.secret_hash = \(Self.hashed(secret)) AND f.revoked_at IS NULL AND u.disabled_at IS NULL
                """).first else { return nil }
            let scope = try row.decode("scope", as: FeedScope.self)
            guard scope == FeedScope.of(try row.decode("role", as: Role.self)) else { return nil }
            let officerID = try row.decode("officer_id", as: Int64?.self)
            if scope == .own && officerID == nil { return nil }
            let items = try feedFollowUps(officerID, in: connection) + feedPlanActions(officerID, in: connection)
                + feedActivities(officerID, in: connection)
            return FeedContent(user: try row.decode("name"), scope: scope, officer: try row.decode("officer"),
                               items: items.sorted { ($0.day, $0.kind.order, $0.id) < ($1.day, $1.kind.order, $1.id) })
        }
    }

    private func liveFeed(of account: UserAccount, in connection: Connection) throws -> CalendarFeed? {
        try connection.execute("""
            SELECT scope, created_at FROM calendar_feeds WHERE user_id = \(account.id) AND revoked_at IS NULL
            """).first.map { row in
            CalendarFeed(user: account.name, scope: try row.decode("scope"), issuedAt: try row.decode("created_at"))
        }
    }

    /// Revokes the live feed of the account `userID`; whether there was one.
    private func revokeLive(ofUser userID: Int64, in connection: Connection) throws -> Bool {
        try connection.execute("""
            UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = \(userID) AND revoked_at IS NULL RETURNING id
            """).count > 0
    }
}

extension FeedScope: PostgresDecodable, PostgresEncodable {}

extension FeedItem.Kind {
    /// Where items of a day go: follow-ups, then plan actions, then activities.
    var order: Int {
        switch self {
        case .followUp: 0
        case .planAction: 1
        case .activity: 2
        }
    }
}

/// The audit row of issuing or revoking a feed: whose, its scope, and whether a live one was
/// replaced (never the secret or its hash).
struct FeedAudit: Encodable {
    /// The account's name (the key `engage audit` shows).
    let name: String
    let scope: FeedScope
    let replaced: Bool
}
