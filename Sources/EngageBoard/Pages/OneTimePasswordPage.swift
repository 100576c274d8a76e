import EngageCore

/// The answer to adding an account or resetting its password: the one-time password, shown
/// this once. The page is answered to the form's `POST` and never stored (`Cache-Control:
/// no-store`); the password is in no cookie, URL, log line or audit row.
enum OneTimePasswordPage {
    static func render(_ account: UserAccount, password: Password, visit: Visit) -> HTML {
        Layout.page(title: "One-time password for \(account.name)", viewer: visit, current: "", body: """
            <h1>One-time password for \(account.name)</h1>
            <p>Hand it to \(account.name) yourself. It is shown only this once; if it is lost, reset the password again.</p>
            <p class="one-time-password"><code id="one-time-password">\(password.text)</code></p>
            <p>\(account.name) signs in with it as \(account.name), and must then choose their own password.</p>
            <p><a href="\(PersonPage.path(of: account.name))">Back to \(account.name)'s account</a> · <a href="\(PeoplePage.path)">People</a></p>
            """)
    }
}
