import EngageCore

/// The page around every board page: head with the style sheet's link, the top bar with who is
/// signed in, the navigation and sign-out.
enum Layout {
    /// A whole page.
    /// - Parameters:
    ///   - title: The page's title.
    ///   - viewer: Who is signed in; nil on the sign-in page.
    ///   - current: The path of the page, to mark its link.
    ///   - body: The page's content.
    static func page(title: String, viewer: APIToken?, current: String, body: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · engage</title><link rel="stylesheet" href="\(StyleSheet.path)"></head>
        <body><header class="top"><strong class="brand">engage</strong>\(navigation(viewer: viewer, current: current))</header>
        <main>\(body)</main></body></html>
        """
    }

    private static func navigation(viewer: APIToken?, current: String) -> HTML {
        guard let viewer else { return "" }
        let links: [(String, String)] = [("/", "Board"), ("/followups", "Follow-ups")]
        let items = links.map { path, label -> HTML in
            path == current ? "<a href=\"\(path)\" aria-current=\"page\">\(label)</a>" : "<a href=\"\(path)\">\(label)</a>"
        }
        let who = viewer.officer.map { "\($0), officer" } ?? "\(viewer.user), \(viewer.role.rawValue)"
        return """
            <nav>\(items)</nav><span class="who" data-role="\(viewer.role.rawValue)">Signed in as \(who)</span>
            <form method="post" action="/signout" class="signout"><button type="submit">Sign out</button></form>
            """
    }
}
