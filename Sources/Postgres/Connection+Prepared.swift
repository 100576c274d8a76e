import CLibPQ

extension Connection {
    /// Runs a statement through the connection's `StatementCache`, preparing it when it is not
    /// cached. When the server reports a cached statement invalid, it is prepared again and run
    /// once more, outside a transaction only (see `execute(_:)`); a statement just prepared is
    /// never retried, so a statement that fails on its own fails once.
    func executePrepared(sql: String, bindings: [Query.Binding]) throws(PostgresError) -> QueryResult {
        let handle = try openHandle()
        let key = StatementCache.Key(sql: sql, types: bindings.map(\.type))
        if let name = statements.name(for: key) {
            do throws(PostgresError) {
                return try run(name, bindings, on: handle)
            } catch {
                guard let state = error.sqlState, Self.invalidatesStatement(state) else { throw error }
                // 0A000: the statement still exists on the server, useless; 26000: it is gone.
                statements.remove(key, onServer: state != .invalidSQLStatementName)
                // Inside a transaction the failure aborted it: nothing more can run until ROLLBACK.
                guard transactionStatus == .idle else {
                    statementInvalidatedInTransaction = true
                    throw error
                }
            }
        }
        return try run(try prepare(key, on: handle), bindings, on: handle)
    }

    /// Whether a failure of a cached statement means that preparing it again may help.
    private static func invalidatesStatement(_ state: SQLState) -> Bool {
        state == .featureNotSupported || state == .invalidSQLStatementName
    }

    /// Executes the statement prepared under `name` (`PQexecPrepared`).
    private func run(_ name: String, _ bindings: [Query.Binding], on handle: OpaquePointer) throws(PostgresError) -> QueryResult {
        let result = CArrays.withStrings(bindings.map(\.text)) { values in
            PQexecPrepared(handle, name, Int32(bindings.count), values, nil, nil, 0)
        }
        return try check(result, expecting: Self.statementResults)
    }

    /// Prepares the statement for `key` under a new name and caches it; then deallocates, when
    /// no transaction is open, the statements the cache dropped.
    private func prepare(_ key: StatementCache.Key, on handle: OpaquePointer) throws(PostgresError) -> String {
        let name = statements.newName()
        let result = CArrays.withOids(key.types) { types in
            PQprepare(handle, name, key.sql, Int32(key.types.count), types)
        }
        try check(result, expecting: [PGRES_COMMAND_OK])
        statements.add(key, name: name)
        if transactionStatus == .idle, !statements.stale.isEmpty { deallocateStale(on: handle) }
        return name
    }

    /// Deallocates the statements the cache dropped. Outside a transaction, a failure (say, a
    /// statement already gone after `DISCARD ALL`) harms nothing and is ignored; a broken link
    /// shows on the next call.
    private func deallocateStale(on handle: OpaquePointer) {
        for name in statements.takeStale() {
            // The names are the cache's own (`engage_sN`), safe to splice into SQL.
            PQclear(PQexec(handle, "DEALLOCATE \(name)"))
        }
    }
}
