/// A piece of HTML whose interpolated text is escaped: `"<td>\(name)</td>"` escapes `name`,
/// so the safe path is the easy one; interpolating `HTML` inserts it as it is.
///
/// ```swift
/// let cell: HTML = "<td>\(authority.name)</td>"       // "<script>" becomes "&lt;script&gt;"
/// let row: HTML = "<tr>\(cell)</tr>"                   // markup kept
/// ```
///
/// Escaping covers `&`, `<`, `>`, `"` and `'`, which makes text safe inside elements and inside
/// quoted attribute values; it does not make text safe inside `<script>`, `<style>` or an
/// unquoted attribute (the pages use none of those for data). URLs built from data go through
/// `HTML.query(_:)` or `HTML.pathSegment(_:)` first.
public struct HTML: ExpressibleByStringInterpolation, Sendable, Equatable, CustomStringConvertible {
    /// The markup.
    public private(set) var text: String

    /// Markup from a literal, as it is.
    public init(stringLiteral value: String) { text = value }

    /// Markup from an interpolation: text escaped, HTML inserted.
    public init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    /// The markup.
    public var description: String { text }

    /// Joins pieces of markup.
    public static func joined(_ parts: [HTML]) -> HTML {
        var html: HTML = ""
        for part in parts { html.text += part.text }
        return html
    }

    /// Builds markup, escaping interpolated text.
    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Text, escaped.
        public mutating func appendInterpolation(_ value: String) { text += HTML.escape(value) }

        /// A number.
        public mutating func appendInterpolation(_ value: Int) { text += String(value) }

        /// Markup, as it is.
        public mutating func appendInterpolation(_ html: HTML) { text += html.text }

        /// Pieces of markup, one after the other.
        public mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { text += part.text } }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A query string, `?region=north-west&officer=Sam%20Jones`, each value percent-encoded
    /// (everything but unreserved characters), ready to interpolate into an `href`.
    public static func query(_ items: [(String, String)]) -> String {
        guard !items.isEmpty else { return "?" }
        return "?" + items.map { "\(percentEncoded($0.0))=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    /// One path segment, percent-encoded (everything but unreserved characters, so `/`, `?`, `#`,
    /// `&`, `'` and spaces too): `/authorities/\(HTML.pathSegment(name))` stays one segment that the
    /// router decodes back to `name`.
    public static func pathSegment(_ text: String) -> String { percentEncoded(text) }

    private static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            let unreserved = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if unreserved {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF")
                encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0x0F)])"
            }
        }
        return encoded
    }
}
