/// Word-wrapping and column layout helpers for help text.
enum TextWrapper {
    /// Where the second column of a two-column section starts.
    static let secondColumn = 26

    /// Wraps text to lines of at most `width` characters, keeping explicit line breaks
    /// and each line's leading indentation. Words longer than `width` get a line of their own.
    static func wrap(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            let indent = String(line.prefix { $0 == " " })
            let body = wrapWords(line.split(separator: " "), width: max(width - indent.count, 1))
            return body.map { $0.isEmpty ? $0 : indent + $0 }
        }
    }

    /// Greedily packs words into lines of at most `width` characters.
    static func wrapWords<Word: StringProtocol>(
        _ words: [Word], width: Int, continuationWidth: Int? = nil
    ) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in words {
            let limit = lines.isEmpty ? width : (continuationWidth ?? width)
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines
    }

    /// Prefixes every non-empty line with `count` spaces.
    static func indent(_ lines: [String], by count: Int) -> [String] {
        let padding = String(repeating: " ", count: count)
        return lines.map { $0.isEmpty ? $0 : padding + $0 }
    }

    /// A two-column row: `label` indented by two, `help` wrapped in the second column.
    /// A label too long for the first column puts the help on the following lines.
    static func row(label: String, help: String, width: Int) -> [String] {
        let head = "  " + label
        let helpLines = help.isEmpty ? [] : wrap(help, width: max(width - secondColumn, 10))
        guard let first = helpLines.first, head.count + 2 <= secondColumn else {
            return [head] + indent(helpLines, by: secondColumn)
        }
        let padded = head + String(repeating: " ", count: secondColumn - head.count)
        return [padded + first] + indent(Array(helpLines.dropFirst()), by: secondColumn)
    }

    /// A titled section such as `OPTIONS:` followed by its lines.
    static func section(_ title: String, _ lines: [String]) -> String {
        ([title] + lines).joined(separator: "\n")
    }
}
