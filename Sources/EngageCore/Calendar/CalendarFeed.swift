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
