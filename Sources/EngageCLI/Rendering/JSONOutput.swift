import FoundationEssentials

/// JSON for scripts: sorted, snake_case keys and ISO 8601 dates, so the output is stable.
enum JSONOutput {
    /// Encodes `value` as pretty-printed JSON.
    /// - Parameter value: What to print.
    /// - Throws: `EncodingError` (a bug: every value printed is plainly encodable).
    static func render<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
