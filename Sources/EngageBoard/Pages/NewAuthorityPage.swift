import EngageCore

/// `/authorities/new`: a manager adds an authority (`AuthorityForms.add`).
enum NewAuthorityPage {
    /// The page; refused for anyone but a manager with a session.
    /// - Throws: `EngageError.forbidden` for anyone else.
    static func render(_ visit: Visit) throws -> HTML {
        guard visit.mayRecord(.manager), let csrf = visit.csrfToken else {
            throw EngageError(.forbidden, "only a manager signed in on the board can add an authority")
        }
        let view = FormView(name: AuthorityForms.add.name, state: visit.form)
        let regions = [("", "Choose a region")] + Region.allCases.map { ($0.rawValue, $0.name) }
        let body: HTML = """
            <p class="crumbs"><a href="\(TeamPage.path)">Team</a> › Add an authority</p><h1>Add an authority</h1>\
            <p class="hint">It starts as a prospect; its page then offers the next steps.</p>\
            \(view.form(action: AuthorityForms.add.route, csrf: csrf, button: "Add authority", """
            \(view.input("name", label: "Name", hint: "As the authority calls itself, e.g. Somerset", autocomplete: "off"))\
            \(view.select("region", label: "Region", options: regions, selected: ""))\
            \(view.textarea("profile", label: "Profile (optional)", hint: "What shapes engagement there"))
            """))
            """
        return Layout.page(title: "Add an authority", viewer: visit, current: "", body: body)
    }
}
