/// A plain-text table for terminal output.
///
/// ```
/// NAME       REGION      OPEN
/// ─────────  ──────────  ────
/// Sam Jones  North West     3
/// ```
public struct TextTable: Sendable {
    /// How a column's cells sit within its width.
    public enum Alignment: Sendable {
        /// Text starts at the column's left edge; used for words.
        case left
        /// Text ends at the column's right edge; used for numbers.
        case right
    }

    /// A column's header and alignment.
    public struct Column: Sendable {
        /// The header text.
        public let header: String
        /// How the header and cells are aligned.
        public let alignment: Alignment

        /// Creates a column.
        /// - Parameters:
        ///   - header: The header text.
        ///   - alignment: How the header and cells are aligned.
        public init(_ header: String, _ alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    private let columns: [Column]
    private var rows: [[String]] = []

    /// Creates an empty table.
    /// - Parameter columns: The columns, left to right.
    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row. Line breaks and tabs in cells are shown as spaces.
    /// - Parameter row: One cell per column; must have exactly as many cells as there are columns.
    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "row has \(row.count) cells, table has \(columns.count) columns")
        rows.append(row.map(ColumnLayout.singleLine))
    }

    /// Renders the header, a rule of `─` under it, then the rows.
    ///
    /// Columns are separated by two spaces, widths are counted in `Character`s, no line
    /// has trailing spaces, and every line ends in a newline. When `maxWidth` is given
    /// and the table is wider, the widest left-aligned column is truncated with `…`
    /// (never below 8 characters), then the next widest, until the table fits or
    /// nothing more can be cut.
    /// - Parameter maxWidth: The widest a line may be, if limited.
    /// - Returns: The table, or an empty string when there are no columns.
    public func render(maxWidth: Int? = nil) -> String {
        guard !columns.isEmpty else { return "" }
        let alignments = columns.map(\.alignment)
        let headers = columns.map { ColumnLayout.singleLine($0.header) }
        let natural = columns.indices.map { index in
            ([headers[index]] + rows.map { $0[index] }).map(\.count).max() ?? 0
        }
        let widths = ColumnLayout.fit(natural, alignments: alignments, maxWidth: maxWidth)
        let rule = widths.map { String(repeating: "─", count: $0) }
        let lines = [ColumnLayout.line(headers, widths: widths, alignments: alignments)]
            + [ColumnLayout.line(rule, widths: widths, alignments: alignments)]
            + rows.map { ColumnLayout.line($0, widths: widths, alignments: alignments) }
        return lines.map { $0 + "\n" }.joined()
    }
}
