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
    private var rows: [[Cell]] = []

    /// Creates an empty table.
    /// - Parameter columns: The columns, left to right.
    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row. Line breaks and tabs in cells are shown as spaces.
    /// - Parameter row: One cell per column; must have exactly as many cells as there are columns.
    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "row has \(row.count) cells, table has \(columns.count) columns")
        rows.append(row.map { Cell(ColumnLayout.singleLine($0)) })
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
        let headers = columns.map { Cell(ColumnLayout.singleLine($0.header)) }
        let natural = columns.indices.map { index in
            rows.reduce(headers[index].width) { max($0, $1[index].width) }
        }
        let widths = ColumnLayout.fit(natural, alignments: alignments, maxWidth: maxWidth)
        let rule = widths.map { Cell(String(repeating: "─", count: $0), width: $0) }
        var output = ""
        for line in [headers, rule] + rows {
            output += ColumnLayout.line(line, widths: widths, alignments: alignments)
            output += "\n"
        }
        return output
    }
}

/// A cell's text with its width in `Character`s, counted once.
struct Cell: Sendable {
    let text: String
    let width: Int

    init(_ text: String) {
        // Counting Characters means grapheme breaking; ASCII text is one Character per byte.
        self.init(text, width: text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count)
    }

    init(_ text: String, width: Int) {
        self.text = text
        self.width = width
    }
}
