/// A table in a box that scrolls sideways when the table is wider than the screen (a phone's
/// 360 px), so that the page itself never does. The box is a labelled region that takes the
/// keyboard's focus, so it can be scrolled without a mouse even when the table holds no link.
enum TableWrap {
    /// `table` in its box; `label` names the region for assistive technology and must differ from
    /// every other region's name on the page.
    static func render(_ table: HTML, label: String) -> HTML {
        "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(label)\" tabindex=\"0\">\(table)</div>"
    }
}
