/// A horizontal bar chart of a report page, as inline SVG: a row per thing counted, one or more
/// bars per row (grouped), each bar one or more segments (stacked), with its figures written
/// after it, and an optional marker (a cap) drawn across it.
///
/// Readable printed in black and white: every series has its own pattern (solid, hatched,
/// dotted, light) with a dark outline, the legend shows them, and every number is written.
/// No script, no external font or image: every text is escaped through `HTML`. Each row is a
/// `<g class="row">` carrying its figures as `data-` attributes, for checks to compare with the
/// report's JSON; `<title>` and `<desc>` give the chart's text alternative.
struct BarChart {
    /// How a series is drawn.
    enum Series: String, CaseIterable {
        case solid, hatched, dotted, light

        /// The fill: a colour, or a pattern of the chart's `<defs>`.
        func fill(chart: String) -> String {
            switch self {
            case .solid: "#1d4f91"
            case .light: "#c9d6ea"
            case .hatched, .dotted: "url(#\(chart)-\(rawValue))"
            }
        }
    }

    /// One part of a bar.
    struct Segment {
        let value: Double
        let series: Series
    }

    /// One bar: its segments from zero, the text after it, and a marker (a cap) if any.
    struct Bar {
        let segments: [Segment]
        let text: String
        let marker: Double?

        /// A bar of one segment.
        init(_ value: Double, _ series: Series, text: String, marker: Double? = nil) {
            self.init(segments: [Segment(value: value, series: series)], text: text, marker: marker)
        }

        init(segments: [Segment], text: String, marker: Double? = nil) {
            (self.segments, self.text, self.marker) = (segments, text, marker)
        }

        var total: Double { segments.reduce(0) { $0 + $1.value } }
    }

    /// One row: its label, its figures as `data-` attributes (name without `data-`, value), its
    /// bars; a row without bars is a heading for the rows after it.
    struct Row {
        let label: String
        var attributes: [(String, String)] = []
        var bars: [Bar] = []
    }

    /// The chart's fixed geometry, in SVG user units (the `viewBox` is `0 0 width height`).
    private enum Geometry {
        static let width = 760
        static let labelX = 12
        static let labelCharacters = 34
        static let barX = 270
        static let barWidth = 300
        static let top = 44
        static let barHeight = 16
        static let barGap = 4
        static let rowGap = 10
        static let headingHeight = 24
        static let bottomMargin = 12
    }

    /// The chart's id, unique on its page (its patterns' ids start with it).
    let id: String
    /// What it shows, one line (its `<title>`).
    let title: String
    /// How to read it (its `<desc>`).
    let description: String
    /// The series shown, with what each means.
    let legend: [(Series, String)]
    let rows: [Row]

    /// The chart.
    func render() -> HTML {
        let largest = rows.flatMap(\.bars).map { max($0.total, $0.marker ?? 0) }.max() ?? 0
        let scale = largest > 0 ? Double(Geometry.barWidth) / largest : 0
        var y = Geometry.top
        let drawn = rows.map { row -> HTML in
            defer { y += rowHeight(row) }
            return self.row(row, y: y, scale: scale)
        }
        let height = y + Geometry.bottomMargin
        return """
            <svg class="chart report-chart" id="\(id)" xmlns="http://www.w3.org/2000/svg" role="img" \
            aria-labelledby="\(id)-title \(id)-desc" width="\(Geometry.width)" height="\(height)" \
            viewBox="0 0 \(Geometry.width) \(height)" font-family="system-ui, sans-serif" font-size="13">\
            <title id="\(id)-title">\(title)</title><desc id="\(id)-desc">\(description)</desc>\
            \(patterns())<rect width="\(Geometry.width)" height="\(height)" fill="#ffffff"/>\(legendMarks())\(drawn)</svg>
            """
    }

    private func rowHeight(_ row: Row) -> Int {
        row.bars.isEmpty ? Geometry.headingHeight
            : row.bars.count * (Geometry.barHeight + Geometry.barGap) - Geometry.barGap + Geometry.rowGap
    }

    /// The hatched and dotted patterns, dark on white.
    private func patterns() -> HTML {
        """
        <defs><pattern id="\(id)-hatched" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1b1f27" stroke-width="2.5"/></pattern>\
        <pattern id="\(id)-dotted" width="5" height="5" patternUnits="userSpaceOnUse">\
        <rect width="5" height="5" fill="#ffffff"/><circle cx="2.5" cy="2.5" r="1.2" fill="#1b1f27"/></pattern></defs>
        """
    }

    private func legendMarks() -> HTML {
        var x = Geometry.labelX
        let items = legend.map { series, label -> HTML in
            defer { x += 34 + label.count * 7 }
            return """
                <rect x="\(x)" y="12" width="14" height="14" fill="\(series.fill(chart: id))" stroke="#1b1f27"/>\
                <text x="\(x + 20)" y="24">\(label)</text>
                """
        }
        return "<g class=\"legend\">\(items)</g>"
    }

    private func row(_ row: Row, y: Int, scale: Double) -> HTML {
        let data = HTML.joined(row.attributes.map { name, value in " data-\(name)=\"\(value)\"" as HTML })
        guard !row.bars.isEmpty else {
            return """
                <g class="row heading"\(data) transform="translate(0 \(y))">\
                <text x="\(Geometry.labelX)" y="17" font-weight="700">\(row.label)</text></g>
                """
        }
        let bars = row.bars.enumerated().map { index, bar in self.bar(bar, top: index * (Geometry.barHeight + Geometry.barGap), scale: scale) }
        return """
            <g class="row"\(data) transform="translate(0 \(y))"><title>\(row.label)</title>\
            <text x="\(Geometry.labelX)" y="\(Geometry.barHeight - 3)">\(shortened(row.label))</text>\(bars)</g>
            """
    }

    private func bar(_ bar: Bar, top: Int, scale: Double) -> HTML {
        var x = Double(Geometry.barX)
        let segments = bar.segments.filter { $0.value > 0 }.map { segment -> HTML in
            let width = segment.value * scale
            defer { x += width }
            return """
                <rect class="\(segment.series.rawValue)" x="\(format(x))" y="\(top)" width="\(format(width))" \
                height="\(Geometry.barHeight)" fill="\(segment.series.fill(chart: id))" stroke="#1b1f27"/>
                """
        }
        let marker: HTML = bar.marker.map { cap in
            let capX = format(Double(Geometry.barX) + cap * scale)
            return """
                <line class="marker" x1="\(capX)" y1="\(top - 2)" x2="\(capX)" y2="\(top + Geometry.barHeight + 2)" \
                stroke="#b52b27" stroke-width="3" stroke-dasharray="3 2"/>
                """
        } ?? ""
        let textX = format(max(x, bar.marker.map { Double(Geometry.barX) + $0 * scale } ?? 0) + 6)
        return "\(segments)\(marker)<text x=\"\(textX)\" y=\"\(top + Geometry.barHeight - 3)\">\(bar.text)</text>"
    }

    /// A label short enough for the label column (the whole label is the row's tooltip).
    private func shortened(_ label: String) -> String {
        label.count <= Geometry.labelCharacters ? label : String(label.prefix(Geometry.labelCharacters - 1)) + "…"
    }

    /// A coordinate with at most one decimal.
    private func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
