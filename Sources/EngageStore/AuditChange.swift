import FoundationEssentials

/// The details of an audit row: the record before and after a change, and why.
struct AuditChange<Value: Encodable>: Encodable {
    var before: Value?
    var after: Value?
    var reason: String?
}

/// The JSON stored in `audit_log.details`.
enum AuditJSON {
    /// Encodes audit details as the JSON stored in `audit_log.details`: sorted, snake_case keys.
    static func encode(_ details: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(details), as: UTF8.self)
    }
}
