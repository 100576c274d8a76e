/// What one calendar feed holds when it is read: whose it is, its scope, and the items due,
/// in the order the store reads them (by day, then kind, then id).
///
/// Records that are closed (a follow-up done, a plan action done or dropped, an activity that
/// has happened) are left out rather than sent with `STATUS:CANCELLED`: a subscribed calendar
/// is replaced whole at each refresh, and Outlook, Google Calendar and Thunderbird all remove
/// an event that is no longer in the feed, whereas a cancelled event in a published feed is
/// shown by some of them as an ordinary event (or struck through and kept), and would pile up
/// in the feed for ever.
public struct FeedContent: Equatable, Sendable {
    /// The account's name.
    public let user: String
    public let scope: FeedScope
    /// The officer an `own` feed follows.
    public let officer: String?
    public let items: [FeedItem]

    /// Creates the value.
    public init(user: String, scope: FeedScope, officer: String?, items: [FeedItem]) {
        (self.user, self.scope, self.officer, self.items) = (user, scope, officer, items)
    }

    /// The name a calendar program shows: `engage: Sam Jones` or `engage: the team`.
    public var calendarName: String {
        switch scope {
        case .own: "engage: \(officer ?? user)"
        case .team: "engage: the team"
        }
    }

    /// The calendar, each item's URL from `url` (nil when the service's address is unknown).
    public func calendar(url: (FeedItem) -> String?) -> PublishedCalendar {
        PublishedCalendar(name: calendarName, events: items.map { $0.event(url: url($0)) })
    }
}
