/// One row of a `QueryResult`, decoded column by column.
///
/// ```swift
/// for row in try connection.execute("SELECT name, cap FROM officers") {
///     let name = try row.decode("name", as: String.self)
///     let cap: Int? = try row.decode("cap")
/// }
/// ```
public struct Row {
    let result: QueryResult
    /// The row's 0-based position in its result.
    public let index: Int

    /// Decodes the named column.
    /// - Parameters:
    ///   - column: The column's name as the statement labels it.
    ///   - type: The Swift type; an `Optional` maps NULL to nil.
    /// - Throws: `PostgresError.decoding` naming the column, its type and the Swift type.
    public func decode<Value: PostgresDecodable>(_ column: String, as type: Value.Type = Value.self) throws(PostgresError) -> Value {
        guard let position = result.position(of: column) else {
            throw .decoding(DecodingFailure(reason: .noSuchColumn, column: column, postgresType: .unspecified, swiftType: "\(Value.self)"))
        }
        return try decode(position: position, label: column, as: type)
    }

    /// Decodes the column at `position` (0-based).
    /// - Parameters:
    ///   - position: The column's position.
    ///   - type: The Swift type; an `Optional` maps NULL to nil.
    /// - Throws: `PostgresError.decoding` naming the column, its type and the Swift type.
    public func decode<Value: PostgresDecodable>(at position: Int, as type: Value.Type = Value.self) throws(PostgresError) -> Value {
        guard (0..<result.columnCount).contains(position) else {
            throw .decoding(DecodingFailure(reason: .noSuchColumn, column: "#\(position)", postgresType: .unspecified, swiftType: "\(Value.self)"))
        }
        return try decode(position: position, label: nil, as: type)
    }

    /// Decodes the column at `position`; `label` is the name asked for, else the column's own
    /// name is looked up, only for the message of a failure.
    private func decode<Value: PostgresDecodable>(position: Int, label: String?, as _: Value.Type) throws(PostgresError) -> Value {
        let type = result.columnType(at: position)
        do {
            if let text = result.text(row: index, column: position) {
                return try Value.decode(text: text, type: type)
            }
            return try Value.decodeNull()
        } catch {
            throw .decoding(DecodingFailure(reason: error, column: label ?? result.columnName(at: position), postgresType: type,
                                            swiftType: "\(Value.self)"))
        }
    }

    /// The row's cells in column order, for decoders that read each column once, left to right.
    public var cells: Cells { Cells(row: self) }

    /// Reads a row's columns in order by position, with no lookup by name: for the rows of a
    /// result whose columns `QueryResult.decodeRows(columns:_:)` checked once against the decoder's list.
    ///
    /// ```swift
    /// var cells = row.cells
    /// let officer = Officer(id: try cells.next(), name: try cells.next())
    /// ```
    public struct Cells {
        let row: Row
        private var position = 0

        init(row: Row) { self.row = row }

        /// Decodes the next column.
        /// - Throws: `PostgresError.decoding` naming the column, its type and the Swift type,
        ///   also when there are no more columns.
        public mutating func next<Value: PostgresDecodable>(_ type: Value.Type = Value.self) throws(PostgresError) -> Value {
            defer { position += 1 }
            return try row.decode(at: position, as: type)
        }
    }
}

@available(*, unavailable)
extension Row: Sendable {}
