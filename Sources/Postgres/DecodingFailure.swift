/// Why a column's value could not become the requested Swift type, naming the column.
public struct DecodingFailure: Error, Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, independent of where.
    public enum Reason: Error, Sendable, Equatable {
        /// The column's PostgreSQL type cannot become the Swift type.
        case typeMismatch
        /// The column was NULL and the Swift type is not optional.
        case unexpectedNull
        /// The text could not be parsed as the Swift type (e.g. an integer out of range).
        case malformed
        /// The result has no column of that name or position.
        case noSuchColumn
    }

    /// What went wrong.
    public var reason: Reason
    /// The column's name (or `#n` when asked for by position).
    public var column: String
    /// The column's PostgreSQL type.
    public var postgresType: PostgresType
    /// The Swift type asked for, e.g. `Int`.
    public var swiftType: String
    /// The wire format of the value (the wrapper asks for text).
    public var format: String

    /// Creates a failure; the wrapper makes these, tests compare against them.
    public init(reason: Reason, column: String, postgresType: PostgresType, swiftType: String, format: String = "text") {
        self.reason = reason
        self.column = column
        self.postgresType = postgresType
        self.swiftType = swiftType
        self.format = format
    }

    public var description: String {
        switch reason {
        case .typeMismatch:
            "column '\(column)' is \(postgresType), which cannot be read as \(swiftType)"
        case .unexpectedNull:
            "column '\(column)' is NULL, but \(swiftType) is not optional"
        case .malformed:
            "column '\(column)' (\(postgresType)) holds a value that is not a valid \(swiftType)"
        case .noSuchColumn:
            "the result has no column '\(column)'"
        }
    }

    public var debugDescription: String {
        "\(description) [reason: \(reason), column: \(column), type: \(postgresType) (oid \(postgresType.rawValue)), format: \(format), swift: \(swiftType)]"
    }
}
