import EngageCore
import EngageStore

/// `/people/NAME`, for managers: one account, and the forms that disable or enable it and reset
/// its password. A manager's own account offers neither disabling (the store refuses it) nor a
/// reset (their own password is changed on `/account/password`).
enum PersonPage {
    /// The route's pattern.
    static let route = "/people/:name"

    /// The page's path for an account.
    static func path(of name: String) -> String { PeoplePage.path + "/" + HTML.pathSegment(name) }

    /// The page of the account `name`, with its calendar feed, read from `store`.
    /// - Throws: `EngageError.forbidden` for anyone but a manager, `.notFound` for an unknown name.
    static func render(named name: String, in store: Store, visit: Visit) throws -> HTML {
        try render(store.user(named: name), visit: visit, feed: store.feed(of: name))
    }

    /// The page.
    /// - Throws: `EngageError.forbidden` for anyone but a manager.
    /// - Parameter feed: The account's live calendar feed, if any.
    static func render(_ account: UserAccount, visit: Visit, feed: CalendarFeed?) throws -> HTML {
        guard visit.viewer.may(.manager) else {
            throw EngageError(.forbidden, "only a manager sees people's accounts")
        }
        let facts: HTML = """
            <p class="crumbs"><a href="\(PeoplePage.path)">People</a> › \(account.name)</p><h1>\(account.name)</h1>
            <p class="facts" id="person-facts">\(account.role.rawValue)\(account.officer.map { ", acting as officer \($0)" } ?? "") · \
            \(account.isDisabled ? "disabled: cannot sign in" : "may sign in") · password: \(password(account))</p>
            """
        return Layout.page(title: account.name, viewer: visit, current: "", body: "\(facts)\(forms(account, visit: visit))\(feedSection(account, feed: feed, visit: visit))")
    }

    private static func feedSection(_ account: UserAccount, feed: CalendarFeed?, visit: Visit) -> HTML {
        FeedSection.render(account, feed: feed, visit: visit, forms: (FeedForms.issue, FeedForms.revoke),
                           base: path(of: account.name) + "/feed", own: false)
    }

    /// The state of an account's password, in words.
    static func password(_ account: UserAccount) -> String {
        guard account.hasPassword else { return "none set" }
        return account.mustChangePassword ? "one-time, to be changed" : "set"
    }

    private static func forms(_ account: UserAccount, visit: Visit) -> HTML {
        guard visit.mayRecord(.manager), let csrf = visit.csrfToken else { return "" }
        guard account.name.lowercased() != visit.name.lowercased() else {
            return """
                <p class="notice" id="own-account">This is your own account: another manager can disable it or reset its password; \
                change your password on <a href="/account/password">your password's page</a>.</p>
                """
        }
        let access = account.isDisabled ? PeopleForms.enable : PeopleForms.disable
        let accessView = FormView(name: access.name, state: visit.form)
        let resetView = FormView(name: PeopleForms.reset.name, state: visit.form)
        let base = path(of: account.name)
        return """
            <h2>Signing in</h2>\
            \(accessView.form(action: base + (account.isDisabled ? "/enable" : "/disable"), csrf: csrf,
                              button: account.isDisabled ? "Enable account" : "Disable account",
                              account.isDisabled ? "<p>Lets \(account.name) sign in again, with the password as it was.</p>"
                                                 : "<p>Stops \(account.name) signing in, and ends their sessions at once.</p>"))\
            <h2>Password</h2>\
            \(resetView.form(action: base + "/password", csrf: csrf, button: "Reset password",
                             "<p>Gives \(account.name) a new one-time password, shown once, and ends their sessions.</p>"))
            """
    }
}
