import FoundationEssentials

/// A Swift value that can be bound to a `$n` parameter, in PostgreSQL's text input format.
public protocol PostgresEncodable: Sendable {
    /// The value as PostgreSQL reads it from text.
    var postgresText: String { get }
    /// The parameter's type as sent to the server; `.unspecified` lets the server infer it from the statement.
    static var postgresType: PostgresType { get }
}

extension PostgresEncodable {
    public static var postgresType: PostgresType { .unspecified }
}

extension String: PostgresEncodable {
    public var postgresText: String { self }
}

extension Bool: PostgresEncodable {
    public var postgresText: String { self ? "t" : "f" }
    public static var postgresType: PostgresType { .bool }
}

extension Int: PostgresEncodable {
    public var postgresText: String { String(self) }
    public static var postgresType: PostgresType { .int8 }
}

extension Int64: PostgresEncodable {
    public var postgresText: String { String(self) }
    public static var postgresType: PostgresType { .int8 }
}

extension Int32: PostgresEncodable {
    public var postgresText: String { String(self) }
    public static var postgresType: PostgresType { .int4 }
}

extension Double: PostgresEncodable {
    public var postgresText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return "\(self)"
    }
    public static var postgresType: PostgresType { .float8 }
}

extension Decimal: PostgresEncodable {
    /// `Decimal`'s description is locale-independent: digits, an optional minus and a dot.
    public var postgresText: String { description }
    public static var postgresType: PostgresType { .numeric }
}

extension UUID: PostgresEncodable {
    public var postgresText: String { uuidString }
    public static var postgresType: PostgresType { .uuid }
}

extension Date: PostgresEncodable {
    public var postgresText: String { TimestampText.format(self) }
    public static var postgresType: PostgresType { .timestamptz }
}

extension PostgresDate: PostgresEncodable {
    public var postgresText: String { description }
    public static var postgresType: PostgresType { .date }
}

/// Arrays bind as PostgreSQL array literals (`{"a","b"}`); cast them in SQL, e.g. `$1::bigint[]`.
extension Array: PostgresEncodable where Element: PostgresEncodable {
    public var postgresText: String {
        let elements = map { element -> String in
            let escaped = element.postgresText
                .replacing("\\", with: "\\\\")
                .replacing("\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return "{" + elements.joined(separator: ",") + "}"
    }
}
