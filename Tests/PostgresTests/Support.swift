import Postgres
import TestSupport

/// Runs `body` with a connection to a new, empty database.
func withConnection<Value>(_ body: (Connection) throws -> Value) throws -> Value {
    try TestDatabase.withEmpty { database in
        let connection = try database.connect()
        defer { connection.close() }
        return try body(connection)
    }
}

/// The server error a throwing call produced, or nil.
func serverError(_ body: () throws -> Void) -> ServerError? {
    do { try body() } catch let error as PostgresError { return error.serverError } catch {}
    return nil
}

/// Runs `body` with two connections to the same new, empty database.
func withTwoConnections<Value>(_ body: (Connection, Connection) throws -> Value) throws -> Value {
    try TestDatabase.withEmpty { database in
        let first = try database.connect()
        let second = try database.connect()
        defer { first.close(); second.close() }
        return try body(first, second)
    }
}
