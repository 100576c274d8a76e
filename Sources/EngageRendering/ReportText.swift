/// Small pieces of text the report tables share.
public enum ReportText {
    /// `items` joined with ", " and wrapped into lines of at most `width` characters (80 when
    /// unlimited), continuation lines indented by `indent` spaces.
    /// - Parameters:
    ///   - prefix: What the first line starts with ("Legend:").
    ///   - items: The items, in order.
    ///   - width: The widest a line may be; nil for 80.
    ///   - indent: How many spaces begin each continuation line.
    /// - Returns: The lines, joined with newlines.
    public static func wrapped(_ prefix: String, _ items: [String], width: Int?, indent: Int = 2) -> String {
        let limit = width ?? 80
        var lines: [String] = []
        var line = prefix
        for (index, item) in items.enumerated() {
            let piece = item + (index == items.count - 1 ? "" : ",")
            if line.count + 1 + piece.count > limit, line.count > indent {
                lines.append(line)
                line = String(repeating: " ", count: indent) + piece
            } else {
                line += (line.isEmpty || line.hasSuffix(" ") ? "" : " ") + piece
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// A median as people read it: "12", "12.5" or "-0.5"; "—" when there is none.
    /// - Parameter value: The number, if any.
    /// - Returns: The number to one decimal place, without a trailing ".0"; "—" for nil.
    public static func days(_ value: Double?) -> String {
        guard let value else { return "—" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + (magnitude % 10 == 0 ? String(magnitude / 10) : "\(magnitude / 10).\(magnitude % 10)")
    }

    /// A number for CSV, empty when there is none.
    /// - Parameter value: The number of days, if any.
    /// - Returns: The number as `days(_:)` writes it; empty for nil.
    public static func csvNumber(_ value: Double?) -> String { value.map { days($0) } ?? "" }
}
