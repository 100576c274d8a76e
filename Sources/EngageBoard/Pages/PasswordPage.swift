/// `/account/password`: changing one's own password; the first page after signing in with a
/// one-time one.
enum PasswordPage {
    static func render(_ visit: Visit) -> HTML {
        let view = FormView(name: AccountForms.passwordChange.name, state: visit.form)
        let oneTime = visit.session?.account.mustChangePassword == true
        let intro: HTML = oneTime
            ? "<p class=\"notice\" id=\"must-change\">You signed in with a one-time password. Choose your own to go on.</p>"
            : ""
        let form: HTML = visit.csrfToken.map { csrf in
            view.form(action: "/account/password", csrf: csrf, button: "Change password", """
                \(view.input("current", label: oneTime ? "One-time password" : "Current password", type: "password", autocomplete: "current-password"))\
                \(view.input("new", label: "New password", hint: "At least 12 characters. A phrase of three or four unrelated words is strong and easy to remember.", type: "password", autocomplete: "new-password"))\
                \(view.input("confirm", label: "New password again", type: "password", autocomplete: "new-password"))
                """)
        } ?? "<p>Signed in with an API token: there is no password to change here.</p>"
        return Layout.page(title: "Your password", viewer: visit, current: "/account/password", body: """
            <h1>Your password</h1>\(intro)\(form)
            <p class="hint">Changing it signs you out everywhere else.</p>
            """)
    }
}
