/// Width fitting, padding and truncation for ``TextTable``.
enum ColumnLayout {
    /// A truncated column is never narrower than this.
    static let minimumTruncatedWidth = 8
    /// The gap between columns.
    static let separator = "  "

    /// Shrinks left-aligned columns, widest first, until the total fits `maxWidth`.
    static func fit(_ widths: [Int], alignments: [TextTable.Alignment], maxWidth: Int?) -> [Int] {
        guard let maxWidth else { return widths }
        var widths = widths
        var excess = totalWidth(widths) - maxWidth
        while excess > 0, let index = widestShrinkable(widths, alignments: alignments) {
            let cut = min(excess, widths[index] - minimumTruncatedWidth)
            widths[index] -= cut
            excess -= cut
        }
        return widths
    }

    /// The width of a line holding columns of these widths.
    static func totalWidth(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + separator.count * max(widths.count - 1, 0)
    }

    /// The widest left-aligned column still wider than the minimum; the leftmost on ties.
    private static func widestShrinkable(_ widths: [Int], alignments: [TextTable.Alignment]) -> Int? {
        var best: Int?
        for index in widths.indices where alignments[index] == .left && widths[index] > minimumTruncatedWidth {
            if best.map({ widths[index] > widths[$0] }) ?? true {
                best = index
            }
        }
        return best
    }

    /// One table line: cells fitted to their widths, joined, trailing spaces removed.
    static func line(_ cells: [Cell], widths: [Int], alignments: [TextTable.Alignment]) -> String {
        let fitted = cells.indices.map { fitCell(cells[$0], width: widths[$0], alignment: alignments[$0]) }
        var text = fitted.joined(separator: separator)
        while text.last == " " {
            text.removeLast()
        }
        return text
    }

    /// A cell truncated with `…` or padded to exactly `width` characters.
    static func fitCell(_ cell: Cell, width: Int, alignment: TextTable.Alignment) -> String {
        guard cell.width <= width else { return String(cell.text.prefix(max(width - 1, 0))) + "…" }
        let padding = String(repeating: " ", count: width - cell.width)
        return alignment == .left ? cell.text + padding : padding + cell.text
    }

    /// The text with line breaks and tabs replaced by spaces.
    static func singleLine(_ text: String) -> String {
        // Most cells hold none: a scan of the UTF-8 bytes for control characters is far cheaper than
        // rebuilding the string Character by Character. U+0085, U+2028 and U+2029 are multi-byte
        // line breaks, caught by the slow path through the 0xC2/0xE2 lead bytes.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
