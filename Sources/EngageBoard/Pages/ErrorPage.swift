/// A page for when the board cannot be shown.
enum ErrorPage {
    static func render(title: String, message: String) -> HTML {
        Layout.page(title: title, viewer: nil, current: "", body: "<h1>\(title)</h1><p class=\"notice\">\(message)</p>")
    }
}
