import Glibc

/// A transaction's isolation level.
public enum IsolationLevel: String, Sendable {
    case readCommitted = "READ COMMITTED"
    case repeatableRead = "REPEATABLE READ"
    case serializable = "SERIALIZABLE"
}

extension Connection {
    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws.
    ///
    /// - Parameters:
    ///   - isolation: The isolation level; READ COMMITTED by default.
    ///   - body: The work; it receives this connection.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws (after rolling back), a `PostgresError` from BEGIN or COMMIT,
    ///   or `.misuse` when already inside a transaction or when `body` swallowed a failed statement.
    @discardableResult
    public func transaction<Value>(
        _ isolation: IsolationLevel = .readCommitted, _ body: (Connection) throws -> Value
    ) throws -> Value {
        guard transactionStatus == .idle else {
            throw PostgresError.misuse("a transaction cannot start inside another one")
        }
        try executeScript("BEGIN ISOLATION LEVEL \(isolation.rawValue)")
        let value: Value
        do {
            value = try body(self)
        } catch {
            rollbackIfNeeded()
            throw error
        }
        guard transactionStatus == .inTransaction else {
            rollbackIfNeeded()
            // COMMIT of a failed transaction quietly rolls back; refuse to pretend it succeeded.
            throw PostgresError.misuse("a statement failed inside the transaction and its error was not rethrown")
        }
        try executeScript("COMMIT")
        return value
    }

    /// Runs `body` in a transaction, running it again from the start when the server reports
    /// a serialization failure (40001) or a deadlock (40P01), with a short randomised pause, or
    /// when a cached prepared statement turned out invalid (see `execute(_:)`), at once.
    ///
    /// - Parameters:
    ///   - isolation: The isolation level; SERIALIZABLE by default.
    ///   - maxAttempts: How many times to try in all.
    ///   - body: The work; it must be safe to run again (no side effects outside the database).
    /// - Returns: What `body` returns.
    /// - Throws: The last error, when it is not transient or the attempts are used up.
    @discardableResult
    public func retryingTransaction<Value>(
        _ isolation: IsolationLevel = .serializable, maxAttempts: Int = 8, _ body: (Connection) throws -> Value
    ) throws -> Value {
        var attempt = 1
        while true {
            statementInvalidatedInTransaction = false
            do {
                return try transaction(isolation, body)
            } catch let error as PostgresError where error.sqlState?.isTransient == true && attempt < maxAttempts {
                usleep(UInt32.random(in: 1_000...5_000) << min(attempt, 6))
                attempt += 1
            } catch where statementInvalidatedInTransaction && attempt < maxAttempts {
                // A cached statement outlived a schema change, whatever the body made of its
                // error; its entry is gone, so the next attempt prepares it again. No pause:
                // nothing else is contending.
                attempt += 1
            }
        }
    }

    private func rollbackIfNeeded() {
        guard transactionStatus == .inTransaction || transactionStatus == .failed else { return }
        // A failed ROLLBACK means the connection is gone; the server rolls back on its own.
        try? executeScript("ROLLBACK")
    }
}
