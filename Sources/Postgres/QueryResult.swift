import CLibPQ

/// The rows of one statement's result. Owns its `PGresult` and clears it in `deinit`.
///
/// A collection of `Row`s; each row keeps the result alive while it is used.
public final class QueryResult {
    private let pointer: OpaquePointer
    /// The number of rows.
    public let rowCount: Int
    /// The number of columns.
    public let columnCount: Int
    private lazy var columnIndex: [String: Int] = Dictionary(
        columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
        rowCount = Int(PQntuples(pointer))
        columnCount = Int(PQnfields(pointer))
    }

    deinit { PQclear(pointer) }

    /// The column names, in order.
    public var columnNames: [String] { (0..<columnCount).map(columnName(at:)) }

    /// The name of the column at `position` (0-based).
    func columnName(at position: Int) -> String { String(cString: PQfname(pointer, Int32(position))) }

    /// The number of rows a command affected (`INSERT`, `UPDATE`, `DELETE`, `COPY`…), when it says.
    public var affectedRows: Int? { Int(String(cString: PQcmdTuples(pointer))) }

    /// The type of the column at `position`.
    /// - Parameter position: The 0-based column position.
    public func columnType(at position: Int) -> PostgresType { PostgresType(rawValue: PQftype(pointer, Int32(position))) }

    func position(of column: String) -> Int? { columnIndex[column] }

    /// The text of a cell, nil when NULL.
    func text(row: Int, column: Int) -> String? {
        if PQgetisnull(pointer, Int32(row), Int32(column)) == 1 { return nil }
        return String(cString: PQgetvalue(pointer, Int32(row), Int32(column)))
    }

    /// The server error this result carries, nil when it carries none.
    func serverError() -> ServerError? {
        guard let state = field(.sqlState), let message = field(.messagePrimary) else { return nil }
        return ServerError(
            severity: field(.severity) ?? "ERROR", sqlState: SQLState(rawValue: state), message: message,
            detail: field(.messageDetail), hint: field(.messageHint), constraint: field(.constraintName),
            schema: field(.schemaName), table: field(.tableName), column: field(.columnName),
            dataType: field(.dataTypeName), position: field(.statementPosition).flatMap { Int($0) },
            context: field(.context))
    }

    private enum ErrorField: Character {
        case severity = "V", sqlState = "C", messagePrimary = "M", messageDetail = "D", messageHint = "H"
        case statementPosition = "P", context = "W", schemaName = "s", tableName = "t", columnName = "c"
        case dataTypeName = "d", constraintName = "n"
    }

    private func field(_ field: ErrorField) -> String? {
        guard let ascii = field.rawValue.asciiValue, let value = PQresultErrorField(pointer, Int32(ascii)) else { return nil }
        return String(cString: value)
    }
}

/// A result cannot be shared across threads: it is read lazily from C memory.
@available(*, unavailable)
extension QueryResult: Sendable {}

extension QueryResult: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { rowCount }

    /// The row at `position`.
    public subscript(position: Int) -> Row { Row(result: self, index: position) }

    /// The only row of a result that must have exactly one.
    /// - Throws: `PostgresError.unexpectedResult` when there are none or several.
    public func singleRow() throws(PostgresError) -> Row {
        guard rowCount == 1 else { throw .unexpectedResult("expected one row, got \(rowCount)") }
        return self[0]
    }
}

extension QueryResult {
    /// Every row decoded by `decode`, which reads the cells by position (see `Row.cells`), after
    /// checking once that the result's columns are `columns`, in that order: no lookup by name
    /// per cell, and a statement whose select list drifts from its decoder fails on first use
    /// with both lists in the message.
    /// - Throws: `PostgresError.unexpectedResult` when the columns differ; what `decode` throws.
    public func decodeRows<Value>(columns: [String], _ decode: (Row) throws -> Value) throws -> [Value] {
        guard !isEmpty else { return [] }
        try checkColumns(columns)
        return try map(decode)
    }

    /// The first row decoded by `decode`, nil when there are none; as `decodeRows(columns:_:)`.
    public func decodeFirst<Value>(columns: [String], _ decode: (Row) throws -> Value) throws -> Value? {
        guard let row = first else { return nil }
        try checkColumns(columns)
        return try decode(row)
    }

    /// The only row decoded by `decode`; as `decodeRows(columns:_:)`.
    /// - Throws: `PostgresError.unexpectedResult` also when there are none or several.
    public func decodeSingle<Value>(columns: [String], _ decode: (Row) throws -> Value) throws -> Value {
        let row = try singleRow()
        try checkColumns(columns)
        return try decode(row)
    }

    private func checkColumns(_ expected: [String]) throws(PostgresError) {
        guard columnCount == expected.count, expected.indices.allSatisfy({ columnName(at: $0) == expected[$0] }) else {
            throw .unexpectedResult("the decoder reads the columns \(expected.joined(separator: ", ")); "
                                    + "the statement gave \(columnNames.joined(separator: ", "))")
        }
    }
}
