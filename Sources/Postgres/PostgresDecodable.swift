import FoundationEssentials

/// A Swift type that can be read from a column in PostgreSQL's text format.
///
/// Conform your own types by converting from one of the built-in ones; the wrapper
/// adds the column's name and type to any failure.
public protocol PostgresDecodable {
    /// Decodes a non-NULL value.
    /// - Parameters:
    ///   - text: The value in PostgreSQL's text output format.
    ///   - type: The column's PostgreSQL type.
    /// - Throws: `.typeMismatch` when `type` cannot hold this Swift type, `.malformed` when `text` does not parse.
    static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Self

    /// The value for SQL NULL. The default throws `.unexpectedNull`; `Optional` returns `nil`.
    static func decodeNull() throws(DecodingFailure.Reason) -> Self
}

extension PostgresDecodable {
    public static func decodeNull() throws(DecodingFailure.Reason) -> Self { throw .unexpectedNull }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Self {
        try Wrapped.decode(text: text, type: type)
    }

    public static func decodeNull() throws(DecodingFailure.Reason) -> Self { nil }
}

/// Checks that `type` is one of `accepted`.
@inline(__always)
func require(_ type: PostgresType, in accepted: [PostgresType]) throws(DecodingFailure.Reason) {
    guard accepted.contains(type) else { throw .typeMismatch }
}

extension String: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> String {
        try require(type, in: PostgresType.textual)
        return text
    }
}

extension Bool: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Bool {
        try require(type, in: PostgresType.booleans)
        switch text {
        case "t": return true
        case "f": return false
        default: throw .malformed
        }
    }
}

extension FixedWidthInteger where Self: PostgresDecodable {
    static func decodeInteger(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Self {
        try require(type, in: PostgresType.integers)
        guard let value = Self(text, radix: 10) else { throw .malformed }
        return value
    }
}

extension Int: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Int {
        try decodeInteger(text: text, type: type)
    }
}

extension Int64: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Int64 {
        try decodeInteger(text: text, type: type)
    }
}

extension Int32: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Int32 {
        try decodeInteger(text: text, type: type)
    }
}

extension Double: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Double {
        try require(type, in: PostgresType.floatingPoint)
        guard let value = Double(text) else { throw .malformed }
        return value
    }
}

extension Decimal: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Decimal {
        try require(type, in: PostgresType.exactNumbers)
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { throw .malformed }
        return value
    }
}

extension UUID: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> UUID {
        try require(type, in: PostgresType.uuids)
        guard let value = UUID(uuidString: text) else { throw .malformed }
        return value
    }
}

extension Date: PostgresDecodable {
    /// Reads a `timestamptz`. A `timestamp` without time zone is refused: it names no instant.
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Date {
        try require(type, in: PostgresType.instants)
        guard let value = TimestampText.parse(text) else { throw .malformed }
        return value
    }
}

extension PostgresDate: PostgresDecodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> PostgresDate {
        try require(type, in: PostgresType.dates)
        guard let value = PostgresDate(iso: text) else { throw .malformed }
        return value
    }
}
