/// The fields of an error the server reported for a statement (`PQresultErrorField`).
///
/// `description` is the server's primary message; `debugDescription` adds every field,
/// for logs read by a developer.
public struct ServerError: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// `ERROR`, `FATAL`, … (never localised).
    public var severity: String
    /// The SQLSTATE code.
    public var sqlState: SQLState
    /// The primary message, one line.
    public var message: String
    /// An optional secondary message with more detail, e.g. the duplicated key.
    public var detail: String?
    /// An optional suggestion of what to do.
    public var hint: String?
    /// The name of the violated constraint, for integrity violations.
    public var constraint: String?
    /// The schema, table, column and data type the error concerns, when the server names them.
    public var schema: String?
    public var table: String?
    public var column: String?
    public var dataType: String?
    /// The 1-based character position in the statement text where the error was found.
    public var position: Int?
    /// Where in a function or trigger the error arose.
    public var context: String?

    /// Creates an error value; used by the wrapper and by tests.
    public init(severity: String = "ERROR", sqlState: SQLState, message: String, detail: String? = nil,
                hint: String? = nil, constraint: String? = nil, schema: String? = nil, table: String? = nil,
                column: String? = nil, dataType: String? = nil, position: Int? = nil, context: String? = nil) {
        self.severity = severity
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.constraint = constraint
        self.schema = schema
        self.table = table
        self.column = column
        self.dataType = dataType
        self.position = position
        self.context = context
    }

    public var description: String { message }

    public var debugDescription: String {
        var parts = ["\(severity) \(sqlState): \(message)"]
        let fields: [(String, String?)] = [
            ("detail", detail), ("hint", hint), ("constraint", constraint), ("schema", schema),
            ("table", table), ("column", column), ("type", dataType),
            ("position", position.map(String.init)), ("context", context),
        ]
        for case let (name, value?) in fields { parts.append("\(name): \(value)") }
        return parts.joined(separator: "; ")
    }
}
