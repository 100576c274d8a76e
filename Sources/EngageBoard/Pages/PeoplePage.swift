import EngageCore
import EngageStore

/// `/people`, for managers: every account (name, role, officer, whether it may sign in, whether
/// its password is a one-time one) and the form that adds one. Each name leads to its own page
/// (`PersonPage`) to disable, enable or reset it.
enum PeoplePage {
    static let path = "/people"

    /// The page, read from `store`.
    /// - Throws: `EngageError.forbidden` for anyone but a manager.
    static func render(_ store: Store, visit: Visit) throws -> HTML {
        guard visit.viewer.may(.manager) else {
            throw EngageError(.forbidden, "only a manager sees people's accounts")
        }
        let accounts = try store.users()
        let table: HTML = accounts.isEmpty ? "<p class=\"notice\" id=\"no-people\">No accounts yet.</p>" : TableWrap.render("""
            <table id="people"><thead><tr><th>Name</th><th>Role</th><th>Officer</th><th>Signing in</th><th>Password</th></tr></thead>\
            <tbody>\(accounts.map(row))</tbody></table>
            """, label: "Accounts")
        return Layout.page(title: "People", viewer: visit, current: path, body: """
            <h1>People</h1><p>Who may sign in to the board, and as what.</p>\(table)\(addForm(try store.officers(), visit: visit))
            """)
    }

    private static func row(_ account: UserAccount) -> HTML {
        """
        <tr><td><a href="\(PersonPage.path(of: account.name))">\(account.name)</a></td><td>\(account.role.rawValue)</td>\
        <td>\(account.officer ?? "—")</td><td>\(account.isDisabled ? "Disabled" : "Allowed")</td><td>\(PersonPage.password(account))</td></tr>
        """
    }

    /// The add form, for a manager signed in with a session.
    private static func addForm(_ officers: [Officer], visit: Visit) -> HTML {
        let form = PeopleForms.add
        guard visit.mayRecord(form.least), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: form.name, state: visit.form)
        let roles = Role.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }
        let choices = [("", "None")] + officers.map { ($0.name, $0.name) }
        return """
            <h2 id="add">Add an account</h2>\
            \(view.form(action: path, csrf: csrf, button: "Add account", """
            \(view.input("name", label: "Name", hint: "What they will type to sign in", autocomplete: "off"))\
            \(view.select("role", label: "Role", hint: "Viewer reads; officer also records for the authorities they lead; manager does everything", options: roles, selected: Role.viewer.rawValue))\
            \(view.select("officer", label: "Officer (for an officer's account)", hint: "The officer the account acts as; None: the officer of the account's own name. Leave None for other roles.", options: choices))
            """))
            <p class="hint">The account gets a one-time password, shown once on the next page, to hand over; it must be changed at the first sign-in.</p>
            """
    }
}
