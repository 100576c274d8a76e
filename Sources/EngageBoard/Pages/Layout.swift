import EngageCore

/// The page around every board page: head with the style sheet's link, the top bar with who is
/// signed in, the navigation and sign-out; then, at the top of the content, the confirmation of
/// what the visitor just did, or the summary of a form's errors.
enum Layout {
    /// A whole page.
    /// - Parameters:
    ///   - title: The page's title (prefixed "Error: " when a form came back with errors).
    ///   - viewer: Who is visiting; nil on the sign-in page.
    ///   - current: The path of the page, to mark its link.
    ///   - form: A form shown again with errors, when there is no visit (the sign-in page).
    ///   - body: The page's content.
    static func page(title: String, viewer: Visit?, current: String, form: FormState? = nil, body: HTML) -> HTML {
        let state = viewer?.form ?? form
        let summary: HTML = state.map(FormView.summary) ?? ""
        let confirmation: HTML = viewer?.confirmation.map {
            "<div class=\"confirmation\" id=\"confirmation\" role=\"status\"><p>\($0)</p></div>"
        } ?? ""
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(state == nil ? "" : "Error: ")\(title) · engage</title><link rel="stylesheet" href="\(StyleSheet.path)"></head>
            <body><a class="skip-link" href="#main">Skip to main content</a>\
            <header class="top"><strong class="brand">engage</strong>\(navigation(viewer: viewer, current: current))</header>
            <main id="main">\(summary)\(confirmation)\(body)</main></body></html>
            """
    }

    private static func navigation(viewer: Visit?, current: String) -> HTML {
        guard let viewer else { return "" }
        var links: [(String, String)] = [("/", "Board"), ("/followups", "Follow-ups"), (ReviewPage.path, "Review"), ("/team", "Team"),
                                         (BriefingsPage.path, "Briefings")]
        if viewer.viewer.may(.manager) { links += [(PeoplePage.path, "People"), (ImportPage.path, "Import")] }
        links.append((BoardReportRoutes.path, "Reports"))
        let items = links.map { path, label -> HTML in
            path == current ? "<a href=\"\(path)\" aria-current=\"page\">\(label)</a>" : "<a href=\"\(path)\">\(label)</a>"
        }
        let who = viewer.officer.map { "\($0), officer" } ?? "\(viewer.name), \(viewer.role.rawValue)"
        let signOut: HTML = viewer.csrfToken.map { csrf in
            """
            <a href="/account" class="account">Account</a>\
            <a href="/account/password" class="account">Password</a>\
            <form method="post" action="/signout" class="signout"><input type="hidden" name="csrf" value="\(csrf)">\
            <button type="submit">Sign out</button></form>
            """
        } ?? ""
        return """
            <nav>\(items)</nav><span class="who" data-role="\(viewer.role.rawValue)">Signed in as \(who)</span>\(signOut)
            """
    }
}
