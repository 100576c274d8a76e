import FoundationEssentials

/// A person's live calendar feed, as the board and the CLI show it: never its secret (only its
/// hash is kept).
public struct CalendarFeed: Equatable, Sendable, Codable {
    /// The account's name.
    public let user: String
    public let scope: FeedScope
    /// When its address was issued.
    public let issuedAt: Date

    /// Creates the value.
    public init(user: String, scope: FeedScope, issuedAt: Date) {
        (self.user, self.scope, self.issuedAt) = (user, scope, issuedAt)
    }

    /// The path of the feed whose secret is `secret`: `/feeds/SECRET.ics`.
    public static func path(secret: String) -> String { "/feeds/\(secret).ics" }

    /// What the access log writes for any feed's path: the secret never appears.
    public static let redactedPath = "/feeds/…"
}

/// A feed just issued: the feed and its secret, to be shown this once (kept nowhere else).
public struct IssuedFeed: Equatable, Sendable {
    public let feed: CalendarFeed
    public let secret: String
    /// Whether it replaced a feed that was live (whose address now answers 404).
    public let replaced: Bool

    /// Creates the value.
    public init(feed: CalendarFeed, secret: String, replaced: Bool) {
        (self.feed, self.secret, self.replaced) = (feed, secret, replaced)
    }

    /// `/feeds/SECRET.ics`.
    public var path: String { CalendarFeed.path(secret: secret) }
}
