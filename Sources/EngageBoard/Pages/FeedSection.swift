import EngageCore
import FoundationEssentials

/// The calendar feed's part of an account's page: whether a feed is live, since when, what it
/// holds, and the forms to issue a new address or revoke it (for whoever may send them).
enum FeedSection {
    /// The section for `account`, whose live feed is `feed`; `base` is the path the forms post
    /// under (`/account/feed` or `/people/NAME/feed`), `own` whether it is the visitor's own.
    static func render(_ account: UserAccount, feed: CalendarFeed?, visit: Visit, forms: (issue: BoardForm, revoke: BoardForm),
                       base: String, own: Bool) -> HTML {
        let whose = own ? "Your" : "\(account.name)'s"
        let status: HTML = feed.map { feed in
            "<p class=\"facts\" id=\"feed-status\">\(whose) calendar feed is active: issued on \(Day.today(now: feed.issuedAt).description), with \(feed.scope.describe(officer: account.officer)).</p>"
        } ?? "<p class=\"facts\" id=\"feed-status\">\(whose) calendar feed: none active.</p>"
        let about: HTML = """
            <p class="hint">A calendar feed puts what is due (follow-ups with a due date, open plan actions, planned activities) \
            into Outlook, Google Calendar or Thunderbird as all-day events, kept up to date. Its address holds a secret of its own: \
            it is shown once, when it is issued; anyone with it can read the feed, so issue a new one if it may have leaked.</p>
            """
        guard let csrf = visit.csrfToken, visit.mayRecord(forms.issue.least) else {
            return "<h2>Calendar feed</h2>\(status)\(about)"
        }
        let issueView = FormView(name: forms.issue.name, state: visit.form)
        let revokeView = FormView(name: forms.revoke.name, state: visit.form)
        let issue = issueView.form(action: base, csrf: csrf, button: feed == nil ? "Issue a feed address" : "Issue a new address",
                                   feed == nil ? "" : "<p>The old address stops answering at once.</p>")
        let revoke: HTML = feed == nil ? "" : revokeView.form(action: base + "/revoke", csrf: csrf, button: "Revoke the feed",
                                                               "<p>Its address stops answering: calendars subscribed to it get no more updates.</p>")
        return "<h2>Calendar feed</h2>\(status)\(about)\(issue)\(revoke)"
    }
}
