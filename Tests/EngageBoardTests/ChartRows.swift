/// Reads a report chart's rows back from a page: each `<g class="row" data-…>` (or `"row heading"`) of the `<svg>`
/// with that id, as its `data-` attributes (names without `data-`, values unescaped).
enum ChartRows {
    static func rows(_ page: String, chart id: String) -> [[String: String]] {
        guard let start = page.range(of: "<svg class=\"chart report-chart\" id=\"\(id)\"") else { return [] }
        let rest = page[start.lowerBound...]
        let svg = rest.range(of: "</svg>").map { rest[..<$0.upperBound] } ?? rest
        return svg.matches(of: /<g class="row(?: heading)?"([^>]*)>/).map { match in
            var attributes: [String: String] = [:]
            for attribute in match.output.1.matches(of: /data-([a-z-]+)="([^"]*)"/) {
                attributes[String(attribute.output.1)] = unescape(String(attribute.output.2))
            }
            return attributes
        }
    }

    private static func unescape(_ text: String) -> String {
        text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }
}
