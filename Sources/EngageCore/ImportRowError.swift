/// What is wrong with one row of an import file: where, and what.
public struct ImportRowError: Equatable, Sendable, CustomStringConvertible {
    /// The line (from 1) on which the row starts.
    public let line: Int
    /// The column's header name, or its position when beyond the header.
    public let column: String
    /// What is wrong and what to do, e.g. "unknown region 'Narnia'; use one of: …".
    public let message: String

    /// Creates a row error.
    public init(line: Int, column: String, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line N, column C: what is wrong`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
