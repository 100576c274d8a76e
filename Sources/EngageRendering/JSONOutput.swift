import FoundationEssentials

/// JSON for scripts: sorted, snake_case keys and ISO 8601 dates, so the output is stable.
public enum JSONOutput {
    /// Encodes `value` as pretty-printed JSON, written by `TreeEncoder` as `JSONEncoder` with
    /// these settings writes it (`referenceRender(_:)`; at national scale Foundation's encoder
    /// took most of the time of a command's `--json`).
    /// - Parameter value: What to print.
    /// - Returns: The JSON text, pretty-printed, with sorted snake_case keys and ISO 8601 dates.
    /// - Throws: `EncodingError` (a bug: every value printed is plainly encodable).
    public static func render<Value: Encodable>(_ value: Value) throws -> String {
        let node = try TreeEncoder(codingPath: [], keys: KeyConverter()).node(for: value, at: nil)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4_096)
        node.writePretty(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `render(_:)` as `JSONEncoder` writes it: the reference the tests hold `render(_:)` to.
    /// - Parameter value: What to encode.
    /// - Throws: `EncodingError`.
    public static func referenceRender<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Encodes `value` as compact JSON bytes, for a response body: the same members and values as
    /// `render(_:)`, without the whitespace: written member by member by the value itself when it
    /// is `JSONWritable` (the busiest answers), else by `TreeEncoder` (the service's answers are
    /// lists of records, where `JSONEncoder`'s key conversion dominated the time per request).
    /// - Parameter value: What to send.
    /// - Returns: The UTF-8 JSON, not pretty-printed, with sorted snake_case keys, ISO 8601 dates
    ///   and unescaped slashes.
    /// - Throws: `EncodingError` (a bug: every value sent is plainly encodable).
    public static func data<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        if let writable = value as? any JSONWritable {
            var writer = JSONWriter()
            writer.value(writable)
            return writer.bytes
        }
        let encoder = TreeEncoder(codingPath: [], keys: KeyConverter())
        let node = try encoder.node(for: value, at: nil)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4_096)
        node.write(to: &bytes)
        return bytes
    }

    /// `data(_:)` as `JSONEncoder` writes it: the reference the tests hold `data(_:)` to.
    /// - Parameter value: What to encode.
    /// - Throws: `EncodingError`.
    public static func referenceData<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return Array(try encoder.encode(value))
    }
}
