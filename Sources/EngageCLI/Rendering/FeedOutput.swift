import EngageCore
import FoundationEssentials

/// A feed issued or revoked, for scripts: the account, the feed, and (when issued) its path and
/// full address, which are printed this once.
struct FeedOutput: Encodable {
    let user: UserAccount
    let feed: Feed

    struct Feed: Encodable {
        let scope: FeedScope
        let issuedAt: Date
        let path: String?
        let url: String?
    }

    init(user: UserAccount, feed: CalendarFeed, path: String?, url: String?) {
        self.user = user
        self.feed = Feed(scope: feed.scope, issuedAt: feed.issuedAt, path: path, url: url)
    }
}
