import FoundationEssentials

/// JSON for scripts: sorted, snake_case keys and ISO 8601 dates, so the output is stable.
public enum JSONOutput {
    /// Encodes `value` as pretty-printed JSON.
    /// - Parameter value: What to print.
    /// - Returns: The JSON text, pretty-printed, with sorted snake_case keys and ISO 8601 dates.
    /// - Throws: `EncodingError` (a bug: every value printed is plainly encodable).
    public static func render<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Encodes `value` as compact JSON bytes, for a response body: the same keys, order and dates
    /// as `render(_:)`, without the whitespace.
    /// - Parameter value: What to send.
    /// - Returns: The UTF-8 JSON, not pretty-printed, with sorted snake_case keys, ISO 8601 dates
    ///   and unescaped slashes.
    /// - Throws: `EncodingError` (a bug: every value sent is plainly encodable).
    public static func data<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return Array(try encoder.encode(value))
    }
}
