import EngageCore

/// The answer to issuing a calendar feed: its address, shown this once. The page is answered to
/// the form's `POST` and never stored (`Cache-Control: no-store`); the secret is in no cookie,
/// log line or audit row, and the database keeps only its hash.
enum FeedAddressPage {
    /// The page; `site` is the board's address (nil: the path alone), `back` the account's page.
    static func render(_ issued: IssuedFeed, site: String?, back: String, visit: Visit) -> HTML {
        let address = (site ?? "") + issued.path
        let hint: HTML = site == nil ? "<p class=\"hint\">Put this service's address (as in your browser's address bar) before it.</p>" : ""
        return Layout.page(title: "Calendar feed for \(issued.feed.user)", viewer: visit, current: "", body: """
            <h1>Calendar feed for \(issued.feed.user)</h1>
            <p>It holds \(issued.feed.scope.describe(officer: nil)). \
            It is shown only this once; if it is lost, issue a new one.</p>
            <p class="one-time-password"><code id="feed-address">\(address)</code></p>\(hint)
            <p class="hint">Outlook: Add calendar › Subscribe from web. Google Calendar: Other calendars › From URL. \
            Thunderbird: New Calendar › On the Network. Anyone with the address can read the feed.</p>
            <p><a href="\(back)">Back to the account</a></p>
            """)
    }
}
