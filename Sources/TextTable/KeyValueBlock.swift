/// `key: value` lines for "show" commands, with values aligned in one column.
///
/// ```
/// Name:   Sam Jones
/// Region: North West
/// Notes:  First line
///         second line
/// ```
public struct KeyValueBlock: Sendable {
    private var entries: [(key: String, value: String)] = []

    /// Creates an empty block.
    public init() {}

    /// Creates a block from pairs in order.
    /// - Parameter pairs: The keys and values, in display order.
    public init(_ pairs: [(String, String)]) {
        entries = pairs.map { (key: $0.0, value: $0.1) }
    }

    /// Adds a line.
    /// - Parameters:
    ///   - key: The label, shown followed by a colon.
    ///   - value: The value; line breaks start new lines indented under the value column.
    public mutating func append(_ key: String, _ value: String) {
        entries.append((key: key, value: value))
    }

    /// Renders every entry as `key: value`, keys padded to the longest key.
    ///
    /// Every line ends in a newline and has no trailing spaces.
    /// - Returns: The block, or an empty string when there are no entries.
    public func render() -> String {
        let keyWidth = (entries.map(\.key.count).max() ?? 0) + 1
        return entries.flatMap { entry in
            let label = entry.key + ":" + String(repeating: " ", count: keyWidth - entry.key.count - 1)
            let valueLines = entry.value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            let continuation = String(repeating: " ", count: keyWidth + 1)
            return valueLines.enumerated().map { index, line in
                trimmingTrailingSpaces((index == 0 ? label + " " : continuation) + line)
            }
        }.map { $0 + "\n" }.joined()
    }

    private func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " {
            text.removeLast()
        }
        return text
    }
}
