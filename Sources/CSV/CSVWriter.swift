/// Writes RFC 4180 CSV: fields separated by commas, a field quoted when it holds a comma, a quote,
/// a carriage return or a line feed (quotes inside doubled), records ending in LF.
///
/// LF rather than RFC 4180's CRLF, because that is what PostgreSQL's `COPY … CSV` writes, and
/// engage's exports and reports should look alike; readers (spreadsheets, `engage import`) accept
/// both. Limits: no choice of separator or quoting style.
public struct CSVWriter: Sendable {
    private(set) public var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Appends one record.
    /// - Parameter fields: The record's fields, in order.
    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",")
        text += "\n"
    }

    /// The field as it appears in CSV: as it is, or quoted with inner quotes doubled.
    public static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return field
        }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
