/// A table of a report page: a caption, a head row, body rows and an optional total row, numbers
/// right-aligned, in a box that scrolls sideways on a narrow screen (`TableWrap`).
enum ReportTable {
    /// A column: its head, and whether it holds numbers (right-aligned).
    struct Column {
        let head: String
        let number: Bool

        init(_ head: String, number: Bool = false) {
            (self.head, self.number) = (head, number)
        }
    }

    /// The table.
    /// - Parameters:
    ///   - id: The table's id, unique on the page.
    ///   - caption: What it shows (also the name of its scrolling region).
    ///   - columns: The columns.
    ///   - rows: The body's cells, one array per row, in the columns' order.
    ///   - total: The total row, if any.
    ///   - empty: What to say when there are no rows.
    static func render(id: String, caption: String, columns: [Column], rows: [[String]], total: [String]? = nil,
                       empty: String = "Nothing in this period.") -> HTML {
        guard !rows.isEmpty else { return "<p class=\"empty\" id=\"\(id)-empty\">\(empty)</p>" }
        let head = columns.map { column -> HTML in column.number ? "<th class=\"number\">\(column.head)</th>" : "<th>\(column.head)</th>" }
        let body = rows.map { "<tr>\(cells($0, columns))</tr>" as HTML }
        let foot: HTML = total.map { "<tfoot><tr class=\"total\">\(cells($0, columns))</tr></tfoot>" } ?? ""
        return TableWrap.render("""
            <table id="\(id)"><caption>\(caption)</caption><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody>\(foot)</table>
            """, label: caption)
    }

    private static func cells(_ values: [String], _ columns: [Column]) -> HTML {
        HTML.joined(values.enumerated().map { index, value -> HTML in
            let number = index < columns.count && columns[index].number
            return index == 0 ? "<th scope=\"row\">\(value)</th>" : number ? "<td class=\"number\">\(value)</td>" : "<td>\(value)</td>"
        })
    }
}
