import EngageCore

/// An authority's Quality Statement ratings as a small inline SVG chart: one row per statement,
/// in order, with the first rating and the latest as two horizontal bars on the 0–4 scale, each
/// with its number and label written beside it so a screenshot reads without the table.
///
/// No script, no external font or image, no `foreignObject`: every text is escaped through
/// `HTML`. Each row is `<g data-statement="KEY" data-first="N" data-latest="N">` (a rating's
/// number, empty when not rated or when there is only one assessment), for checks to read.
enum AssessmentChart {
    /// The chart's fixed geometry, in SVG user units (the `viewBox` is `0 0 width height`).
    private enum Geometry {
        static let width = 860
        static let labelX = 12
        static let labelCharacters = 40
        static let scaleX = 320
        static let unit = 100
        static let top = 62
        static let rowHeight = 46
        static let bottomMargin = 34
        static let changeX = 848

        /// The x of `rating` on the scale.
        static func x(_ rating: Int) -> Int { scaleX + rating * unit }

        /// The chart's height with `rows` rows.
        static func height(rows: Int) -> Int { top + rows * rowHeight + bottomMargin }
    }

    /// The two series' colours: amber for the first assessment, blue for the latest.
    private static let firstColour = "#d98b1f"
    private static let latestColour = "#2f6fd0"

    /// The chart of `comparison`: first and latest side by side, or the only assessment's ratings.
    static func render(_ comparison: AssessmentComparison) -> HTML {
        let lines = comparison.statements
        let height = Geometry.height(rows: lines.count)
        let paired = comparison.earlier != nil
        let rows = lines.enumerated().map { index, line in row(line, index: index, paired: paired) }
        return """
            <svg class="chart" id="assessment-chart" xmlns="http://www.w3.org/2000/svg" role="img" \
            aria-labelledby="chart-title chart-desc" width="\(Geometry.width)" height="\(height)" \
            viewBox="0 0 \(Geometry.width) \(height)" font-family="system-ui, sans-serif" font-size="13" \
            data-assessments="\(paired ? 2 : 1)">\
            <title id="chart-title">\(title(comparison))</title><desc id="chart-desc">\(description(comparison))</desc>\
            <rect width="\(Geometry.width)" height="\(height)" fill="#ffffff"/>\
            \(legend(comparison))\(grid(rows: lines.count))\(rows)\(scaleNote(rows: lines.count))</svg>
            """
    }

    private static func title(_ comparison: AssessmentComparison) -> String {
        let name = comparison.latest.authority
        guard let earlier = comparison.earlier else {
            return "\(name): Quality Statement ratings of its only assessment, \(comparison.latest.assessedOn)"
        }
        return "\(name): Quality Statement ratings, first (\(earlier.assessedOn)) and latest (\(comparison.latest.assessedOn))"
    }

    private static func description(_ comparison: AssessmentComparison) -> String {
        let scale = "on the scale \(Rating.scale)"
        guard comparison.earlier != nil else {
            return "One bar per statement, \(scale). There is only one assessment, so no change is shown yet."
        }
        return "Two bars per statement, the first rating above the latest, \(scale); the change is written on the right."
    }

    private static func legend(_ comparison: AssessmentComparison) -> HTML {
        let latest = "\(comparison.latest.assessedOn)"
        guard let earlier = comparison.earlier else {
            return """
                <g class="legend"><rect x="\(Geometry.labelX)" y="12" width="14" height="14" fill="\(latestColour)"/>\
                <text x="\(Geometry.labelX + 20)" y="24">Only assessment · \(latest) (a later one will show the change)</text></g>
                """
        }
        return """
            <g class="legend"><rect x="\(Geometry.labelX)" y="12" width="14" height="14" fill="\(firstColour)"/>\
            <text x="\(Geometry.labelX + 20)" y="24">First · \(earlier.assessedOn.description)</text>\
            <rect x="\(Geometry.labelX + 180)" y="12" width="14" height="14" fill="\(latestColour)"/>\
            <text x="\(Geometry.labelX + 200)" y="24">Latest · \(latest)</text>\
            <text x="\(Geometry.changeX)" y="24" text-anchor="end" fill="#4a5263">Change</text></g>
            """
    }

    /// The scale's vertical lines, numbered 0 to 4 along the top.
    private static func grid(rows: Int) -> HTML {
        let bottom = Geometry.top + rows * Geometry.rowHeight
        let lines = (0...4).map { rating -> HTML in
            let x = Geometry.x(rating)
            return """
                <line x1="\(x)" y1="\(Geometry.top - 6)" x2="\(x)" y2="\(bottom)" stroke="#d5d9e0"/>\
                <text x="\(x)" y="\(Geometry.top - 12)" text-anchor="middle" fill="#4a5263">\(rating)</text>
                """
        }
        return "<g class=\"grid\">\(lines)</g>"
    }

    /// One statement: its title, then its bars (or "not rated"), and the change.
    private static func row(_ line: AssessmentComparison.Line, index: Int, paired: Bool) -> HTML {
        let y = Geometry.top + index * Geometry.rowHeight
        let stripe: HTML = index.isMultiple(of: 2)
            ? "<rect x=\"0\" y=\"0\" width=\"\(Geometry.width)\" height=\"\(Geometry.rowHeight)\" fill=\"#f4f5f7\"/>"
            : ""
        let bars: HTML = paired
            ? "\(bar(line.earlier, top: 7, height: 14, colour: firstColour, series: "first"))\(bar(line.latest, top: 25, height: 14, colour: latestColour, series: "latest"))"
            : bar(line.latest, top: 13, height: 20, colour: latestColour, series: "latest")
        let change: HTML = paired ? changeText(line) : ""
        return """
            <g class="row" data-statement="\(line.statement)" data-first="\(paired ? value(line.earlier) : "")" \
            data-latest="\(value(line.latest))" transform="translate(0 \(y))">\(stripe)<title>\(line.title)</title>\
            <text x="\(Geometry.labelX)" y="\(Geometry.rowHeight / 2 + 5)" font-weight="600">\(shortened(line.title))</text>\
            \(bars)\(change)</g>
            """
    }

    /// A bar from 0 to `rating` with its number and label after it, or "not rated".
    private static func bar(_ rating: Rating?, top: Int, height: Int, colour: String, series: String) -> HTML {
        let textY = top + height / 2 + 5
        guard let rating else {
            return """
                <text class="\(series) unrated" x="\(Geometry.scaleX + 6)" y="\(textY)" fill="#5c6475" font-style="italic">not rated</text>
                """
        }
        let end = Geometry.x(rating.rawValue)
        return """
            <rect class="\(series)" x="\(Geometry.scaleX)" y="\(top)" width="\(end - Geometry.scaleX)" height="\(height)" \
            rx="3" fill="\(colour)"/><text class="\(series)" x="\(end + 6)" y="\(textY)">\(rating.rawValue) \(rating.label)</text>
            """
    }

    /// The change, "+1", "=", "-1", green when up and red when down; "—" when a rating is missing.
    private static func changeText(_ line: AssessmentComparison.Line) -> HTML {
        let colour = (line.change ?? 0) > 0 ? "#1e7a3c" : (line.change ?? 0) < 0 ? "#b52b27" : "#4a5263"
        let text = line.change == nil ? "—" : line.changeText
        return """
            <text class="change" x="\(Geometry.changeX)" y="\(Geometry.rowHeight / 2 + 5)" text-anchor="end" \
            font-weight="700" fill="\(colour)">\(text)</text>
            """
    }

    /// The scale's labels, under the chart.
    private static func scaleNote(rows: Int) -> HTML {
        let y = Geometry.top + rows * Geometry.rowHeight + 22
        return "<text x=\"\(Geometry.scaleX)\" y=\"\(y)\" fill=\"#4a5263\">Scale: \(Rating.scale)</text>"
    }

    /// A rating as a data attribute holds it: its number, or empty when not rated.
    private static func value(_ rating: Rating?) -> String { rating.map { String($0.rawValue) } ?? "" }

    /// A title short enough for the label column (the whole title is the row's tooltip and in the table).
    private static func shortened(_ title: String) -> String {
        title.count <= Geometry.labelCharacters ? title : String(title.prefix(Geometry.labelCharacters - 1)) + "…"
    }
}
