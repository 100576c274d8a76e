import EngageCore

/// The events report on its page: audience sector × kind as a shaded table, each cell darker
/// the more events it counts, its number always written; row and column totals at the edges.
///
/// Each count cell carries `data-sector` (the sector's key, `none` for no sector), `data-kind`
/// and `data-count`, for checks to compare with the report's JSON.
enum EventsReportView {
    /// The number of shades above zero (`shade-1` … `shade-5` in the style sheet).
    static let shades = 5

    static func render(_ report: EventsReport) -> HTML {
        let largest = report.rows.flatMap(\.counts).map(\.count).max() ?? 0
        let head = report.kinds.map { "<th class=\"number\" scope=\"col\">\($0.reportName)</th>" as HTML }
        let rows = report.rows.map { row -> HTML in
            let cells = row.counts.map { cell($0, sector: row.sector?.rawValue ?? "none", largest: largest) }
            return "<tr><th scope=\"row\">\(row.name)</th>\(cells)<td class=\"number total\">\(row.total)</td></tr>"
        }
        let totals = report.totals.map { "<td class=\"number\" data-kind-total=\"\($0.kind.rawValue)\">\($0.count)</td>" as HTML }
        return TableWrap.render("""
            <table class="shaded" id="events-table"><caption>Events by audience sector and kind (darker: more events)</caption>\
            <thead><tr><th scope="col">Sector</th>\(head)<th class="number" scope="col">Total</th></tr></thead><tbody>\(rows)</tbody>\
            <tfoot><tr class="total"><th scope="row">Total</th>\(totals)<td class="number" data-total="\(report.total)">\(report.total)</td></tr></tfoot></table>
            """, label: "Events by sector and kind")
    }

    /// A count, shaded in proportion to the largest (0 stays unshaded).
    private static func cell(_ count: EventsReport.KindCount, sector: String, largest: Int) -> HTML {
        let shade = count.count == 0 || largest == 0 ? 0 : max(1, (count.count * shades + largest - 1) / largest)
        return """
            <td class="number shade-\(shade)" data-sector="\(sector)" data-kind="\(count.kind.rawValue)" \
            data-count="\(count.count)">\(count.count)</td>
            """
    }
}
