/// Writes iCalendar text (RFC 5545) one content line at a time: `NAME;PARAM=VALUE:value`, each
/// ended by CRLF and folded at 75 octets, with TEXT values escaped.
///
/// Pure Swift on bytes and scalars, with no Foundation formatting, so the output is the same on
/// every platform and locale.
///
/// ```swift
/// var writer = ICalendarWriter()
/// writer.line("BEGIN", "VCALENDAR")
/// writer.text("SUMMARY", "Dorset; workshop, slides")   // SUMMARY:Dorset\; workshop\, slides
/// writer.text  // "BEGIN:VCALENDAR\r\nSUMMARY:…\r\n"
/// ```
public struct ICalendarWriter: Sendable {
    /// The most octets a physical line may hold, CRLF not counted (RFC 5545 §3.1).
    public static let maximumLineOctets = 75

    /// The text written so far.
    public private(set) var output = ""

    /// An empty document.
    public init() {}

    /// Writes `name:value` (with `;parameters` when given), the value as it is: for values
    /// that are not TEXT (dates, integers, URIs, the calendar's fixed words).
    public mutating func line(_ name: String, _ value: String, parameters: String? = nil) {
        let head = parameters.map { "\(name);\($0)" } ?? name
        output += Self.fold(head + ":" + Self.withoutControls(value)) + "\r\n"
    }

    /// Writes a TEXT property: the value escaped (`\\`, `\;`, `\,`, `\n`).
    public mutating func text(_ name: String, _ value: String) {
        line(name, Self.escapeText(value))
    }

    /// A TEXT value escaped as RFC 5545 §3.3.11 requires: backslash, semicolon and comma
    /// behind a backslash, each line break (CRLF, LF or CR) as `\n`; other control characters
    /// (which TEXT may not hold) become spaces, tabs stay.
    public static func escapeText(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 8)
        var afterCR = false
        for scalar in value.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n": if !afterCR { escaped += "\\n" }
            default: escaped.unicodeScalars.append(isControl(scalar) ? " " : scalar)
            }
        }
        return escaped
    }

    /// `line` folded (RFC 5545 §3.1): at most 75 octets on each physical line, each further
    /// line starting with one space, CRLF between; a fold never falls inside a character's
    /// UTF-8 sequence (it falls between Unicode scalars).
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > maximumLineOctets else { return line }
        var folded = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if octets + width > maximumLineOctets {
                folded += "\r\n "
                octets = 1
            }
            folded.unicodeScalars.append(scalar)
            octets += width
        }
        return folded
    }

    /// `value` with control characters other than tab replaced by spaces (a value that is not
    /// TEXT never holds a line break).
    private static func withoutControls(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isControl) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }
}
