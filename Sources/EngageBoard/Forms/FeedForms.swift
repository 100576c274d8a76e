import EngageCore
import EngageStore

/// Calendar feeds: one's own on `/account`, and anyone's for a manager on `/people/NAME`.
/// Issuing a feed replaces the live one (whose address answers 404 at once) and answers with
/// the new address on a page of its own, shown once (200, never stored): only its hash is kept.
enum FeedForms {
    /// Issuing (or replacing) one's own feed.
    static let issueOwn = BoardForm(
        name: "feed-issue", route: AccountPage.feedPath, least: .viewer,
        read: { _, context in
            guard let account = context.visit.session?.account else { return nil }
            return FormAction { store in
                shownOnce(try store.issueFeed(for: account.name), site: context.site, back: AccountPage.path)
            }
        },
        page: { store, visit, _ in try AccountPage.render(store, visit: visit) })

    /// Revoking one's own feed.
    static let revokeOwn = BoardForm(
        name: "feed-revoke", route: AccountPage.feedPath + "/revoke", least: .viewer,
        read: { _, context in
            guard let account = context.visit.session?.account else { return nil }
            return FormAction { store in
                _ = try store.revokeFeed(of: account.name)
                return Confirmation(message: "Your calendar feed is revoked: its address no longer answers.", path: AccountPage.path)
            }
        },
        page: { store, visit, _ in try AccountPage.render(store, visit: visit) })

    /// A manager issues (or replaces) someone's feed, to hand the address over.
    static let issue = BoardForm(
        name: "person-feed", route: PersonPage.route + "/feed", least: .manager,
        read: { _, context in
            FormAction { store in
                let issued = try store.issueFeed(for: context.parameter("name"))
                return shownOnce(issued, site: context.site, back: PersonPage.path(of: issued.feed.user))
            }
        },
        page: personPage)

    /// A manager revokes someone's feed.
    static let revoke = BoardForm(
        name: "person-feed-revoke", route: PersonPage.route + "/feed/revoke", least: .manager,
        read: { _, context in
            FormAction { store in
                let feed = try store.revokeFeed(of: context.parameter("name"))
                return Confirmation(message: "\(feed.user)'s calendar feed is revoked: its address no longer answers.",
                                    path: PersonPage.path(of: feed.user))
            }
        },
        page: personPage)

    /// Every feed form, for `BoardForms.all`.
    static let all = [issueOwn, revokeOwn, issue, revoke]

    /// The confirmation that answers with the new address's page instead of a redirect.
    private static func shownOnce(_ issued: IssuedFeed, site: String?, back: String) -> Confirmation {
        Confirmation(message: issued.replaced ? "A new calendar feed address is issued; the old one no longer answers."
                                              : "A calendar feed address is issued.",
                     path: back, shownOnce: { visit in FeedAddressPage.render(issued, site: site, back: back, visit: visit) })
    }

    private static let personPage: @Sendable (Store, Visit, FormContext) throws -> HTML = { store, visit, context in
        try PersonPage.render(named: context.parameter("name"), in: store, visit: visit)
    }
}
