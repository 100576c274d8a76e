/// A five-character SQLSTATE code from the server, such as `23505` (unique violation).
///
/// Callers compare against the named constants to turn a server refusal into a
/// sentence for the user, e.g. a unique violation into "that name is taken".
public struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Creates a state from its five-character code.
    /// - Parameter rawValue: The code, e.g. `"40001"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The two-character class, e.g. `"23"` for integrity constraint violations.
    public var errorClass: Substring { rawValue.prefix(2) }

    public var description: String { rawValue }

    public static let uniqueViolation = SQLState(rawValue: "23505")
    public static let foreignKeyViolation = SQLState(rawValue: "23503")
    public static let checkViolation = SQLState(rawValue: "23514")
    public static let notNullViolation = SQLState(rawValue: "23502")
    public static let exclusionViolation = SQLState(rawValue: "23P01")
    public static let serializationFailure = SQLState(rawValue: "40001")
    public static let deadlockDetected = SQLState(rawValue: "40P01")
    public static let raiseException = SQLState(rawValue: "P0001")
    public static let lockNotAvailable = SQLState(rawValue: "55P03")
    public static let queryCanceled = SQLState(rawValue: "57014")
    public static let adminShutdown = SQLState(rawValue: "57P01")
    public static let undefinedTable = SQLState(rawValue: "42P01")
    public static let syntaxError = SQLState(rawValue: "42601")
    public static let invalidTextRepresentation = SQLState(rawValue: "22P02")
    /// Also "cached plan must not change result type", for a prepared statement after a schema change.
    public static let featureNotSupported = SQLState(rawValue: "0A000")
    /// Also "prepared statement does not exist".
    public static let invalidSQLStatementName = SQLState(rawValue: "26000")

    /// Whether running the same transaction again may succeed (serialization failure or deadlock).
    public var isTransient: Bool { self == .serializationFailure || self == .deadlockDetected }

    /// Whether the state means the server or the link to it went away (class 08, or an admin shutdown).
    public var isConnectionFailure: Bool { errorClass == "08" || rawValue.hasPrefix("57P0") }
}
