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
