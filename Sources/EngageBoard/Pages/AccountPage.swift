import EngageCore
import EngageStore

/// `/account`: the signed-in person's own account: who they are, a link to change their
/// password, and their calendar feed.
enum AccountPage {
    static let path = "/account"
    /// Where the own feed's forms post.
    static let feedPath = "/account/feed"

    /// The page.
    static func render(_ store: Store, visit: Visit) throws -> HTML {
        guard let account = visit.session?.account else {
            return Layout.page(title: "Your account", viewer: visit, current: path, body: """
                <h1>Your account</h1><p>Signed in with an API token: there is no account here.</p>
                """)
        }
        let feed = try store.feed(of: account.name)
        return Layout.page(title: "Your account", viewer: visit, current: path, body: """
            <h1>Your account</h1>
            <p class="facts" id="account-facts">\(account.name) · \(account.role.rawValue)\(account.officer.map { ", acting as officer \($0)" } ?? "")</p>
            <p><a href="/account/password">Change your password</a></p>\
            \(FeedSection.render(account, feed: feed, visit: visit, forms: (FeedForms.issueOwn, FeedForms.revokeOwn), base: feedPath, own: true))
            """)
    }
}
