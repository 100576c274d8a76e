import EngageCore

/// A page for when the board cannot be shown.
enum ErrorPage {
    /// The page: `title` as its heading and `message` below it, both escaped; with the navigation
    /// and a way back to the board when someone is signed in.
    static func render(title: String, message: String, viewer: Visit? = nil) -> HTML {
        let back: HTML = viewer == nil ? "" : "<p><a href=\"/\">Back to the board</a></p>"
        return Layout.page(title: title, viewer: viewer, current: "",
                           body: "<h1>\(title)</h1><p class=\"notice\" id=\"problem\">\(message)</p>\(back)")
    }
}
