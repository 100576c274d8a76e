/// A rating of one Quality Statement on the four-point scale: 1 not yet in place, 2 emerging,
/// 3 developing, 4 embedded. Encoded as its number.
public enum Rating: Int, CaseIterable, Comparable, Sendable, Codable, CustomStringConvertible {
    case notYetInPlace = 1
    case emerging = 2
    case developing = 3
    case embedded = 4

    /// The scale in one line, for help texts and messages.
    public static let scale = "1 not yet in place, 2 emerging, 3 developing, 4 embedded"

    /// The label of the point on the scale, e.g. "emerging".
    public var label: String {
        switch self {
        case .notYetInPlace: "not yet in place"
        case .emerging: "emerging"
        case .developing: "developing"
        case .embedded: "embedded"
        }
    }

    /// The number, e.g. "2".
    public var description: String { String(rawValue) }

    /// Reads a rating: a whole number from 1 to 4 (surrounding spaces ignored).
    /// - Parameters:
    ///   - text: What the user typed.
    ///   - statement: The statement it rates, for the message.
    /// - Throws: `EngageError.invalid` naming the value and stating the scale.
    public static func parse(_ text: String, for statement: String) throws(EngageError) -> Rating {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count == 1, let number = Int(trimmed), let rating = Rating(rawValue: number) else {
            throw EngageError(.invalid, "the rating '\(text)' for \(statement) is not on the scale",
                              hint: "rate from 1 to 4: \(scale)")
        }
        return rating
    }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
