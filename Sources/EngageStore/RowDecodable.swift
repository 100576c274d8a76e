import Postgres

/// A record the store reads from one row by position: the columns its statement selects, in
/// order, and how it reads them (each cell once, left to right, with `Row.cells`).
protocol RowDecodable {
    /// The columns `init(row:)` reads, as the statement labels them, in order.
    static var columns: [String] { get }
    init(row: Row) throws
}

extension QueryResult {
    /// Every row as `Value`, the columns checked once (see `decodeRows(columns:_:)`).
    func decodeRows<Value: RowDecodable>(_: Value.Type) throws -> [Value] {
        try decodeRows(columns: Value.columns, Value.init(row:))
    }

    /// The first row as `Value`, nil when there are none.
    func decodeFirst<Value: RowDecodable>(_: Value.Type) throws -> Value? {
        try decodeFirst(columns: Value.columns, Value.init(row:))
    }

    /// The only row as `Value`.
    func decodeSingle<Value: RowDecodable>(_: Value.Type) throws -> Value {
        try decodeSingle(columns: Value.columns, Value.init(row:))
    }
}
