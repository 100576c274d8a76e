import Foundation
@testable import Postgres
import TestSupport
import Testing

@Suite("Prepared statements")
struct PreparedStatementTests {
    /// The names of the statements prepared on `connection`, read without preparing another.
    private func serverStatements(_ connection: Connection) throws -> [String] {
        try connection.execute(("SELECT name FROM pg_prepared_statements ORDER BY name" as Query).oneOff)
            .map { try $0.decode("name", as: String.self) }
    }

    /// Every cell of a result as the server sent it, with the column types.
    private func cells(_ result: QueryResult) -> [[String?]] {
        let types = (0..<result.columnCount).map { result.columnType(at: $0).description }
        return [types] + result.indices.map { row in (0..<result.columnCount).map { result.text(row: row, column: $0) } }
    }

    @Test("A statement is prepared once per connection and executed by name from then on")
    func preparedOnce() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (n int)")
            for n in 1...3 { try connection.execute("INSERT INTO t VALUES (\(Int32(n)))") }
            #expect(connection.statements.count == 1)
            #expect(connection.statements.preparedCount == 1)
            #expect(try serverStatements(connection) == ["engage_s1"])
            let total = try connection.execute("SELECT sum(n)::int AS s FROM t").singleRow().decode("s", as: Int.self)
            #expect(total == 6)
            #expect(try serverStatements(connection) == ["engage_s1", "engage_s2"])
        }
    }

    @Test("The same text with other parameter types is another statement; one-off statements are not kept")
    func keyedByTypes() throws {
        try withConnection { connection in
            _ = try connection.execute("SELECT \(1) AS v")
            _ = try connection.execute("SELECT \("one") AS v")
            _ = try connection.execute("SELECT \(2) AS v")
            #expect(connection.statements.count == 2)
            _ = try connection.execute(("SELECT \(3) + 1 AS v" as Query).oneOff)
            var fragment: Query = "SELECT \(3) AS v"
            fragment.append((" WHERE true" as Query).oneOff)
            #expect(fragment.isOneOff)
            _ = try connection.execute(fragment)
            #expect(connection.statements.count == 2)
            #expect(try serverStatements(connection).count == 2)
        }
    }

    @Test("Prepared and unprepared statements return the same cells for every parameter type")
    func sameResults() throws {
        try withConnection { connection in
            let day = try #require(PostgresDate(year: 2024, month: 2, day: 29))
            let instant = Date(timeIntervalSince1970: 1_700_000_000.25)
            let missing: String? = nil
            let missingDay: PostgresDate? = nil
            let queries: [Query] = [
                "SELECT \("O'Brien 🧒") AS text, \(Int64.max) AS big, \(Int32(-7)) AS small, \(true) AS flag",
                "SELECT \(day) AS day, \(day) + 1 AS next_day, \(instant) AS instant, \(instant) + interval '1 day' AS later",
                "SELECT \(missing)::text AS none, \(missingDay) AS no_day, \(2.5) AS real, \(Decimal(string: "0.1") ?? 0) AS exact",
                "SELECT \(UUID(uuidString: "6f1c2d6e-0000-4000-8000-000000000001")) AS id",
                "SELECT \(["a", "b,c", "d\"e", "f g"])::text[] AS items, \([Int64(1), 2, 3]) AS numbers",
            ]
            for query in queries {
                let unprepared = cells(try connection.execute(query.oneOff))
                let first = cells(try connection.execute(query))
                let second = cells(try connection.execute(query))
                #expect(first == unprepared, "\(query)")
                #expect(second == unprepared, "\(query)")
            }
            #expect(connection.statements.count == queries.count)
            #expect(connection.statements.preparedCount == queries.count)
        }
    }

    @Test("The cache keeps its bound, evicting the least recently used statement and deallocating it")
    func bounded() throws {
        try withConnection { connection in
            connection.statements = StatementCache(capacity: 3)
            let queries: [Query] = ["SELECT \(1) AS a", "SELECT \(2) AS b", "SELECT \(3) AS c"]
            for query in queries { try connection.execute(query) }
            try connection.execute(queries[0])  // s1 is now the most recent, s2 the least
            try connection.execute("SELECT 4 AS v")
            #expect(connection.statements.count == 3)
            #expect(try serverStatements(connection) == ["engage_s1", "engage_s3", "engage_s4"])
            try connection.execute(queries[1])  // prepared again: s3 goes
            #expect(try serverStatements(connection) == ["engage_s1", "engage_s4", "engage_s5"])
            #expect(connection.statements.preparedCount == 5)
        }
    }

    @Test("Eviction inside a transaction waits for the transaction to end before deallocating")
    func evictionInTransaction() throws {
        try withConnection { connection in
            connection.statements = StatementCache(capacity: 1)
            try connection.execute("SELECT 1 AS v")
            try connection.transaction { connection -> Void in
                try connection.execute("SELECT 2 AS v")
                #expect(connection.statements.stale == ["engage_s1"])
            }
            try connection.execute("SELECT 3 AS v")
            #expect(try serverStatements(connection) == ["engage_s3"])
        }
    }

    @Test("After ALTER TABLE, a cached SELECT * is prepared again and succeeds outside a transaction")
    func schemaChangeOutsideTransaction() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (a int); INSERT INTO t VALUES (1)")
            let select: Query = "SELECT * FROM t WHERE a = \(Int32(1))"
            #expect(try connection.execute(select).columnCount == 1)
            try connection.executeScript("ALTER TABLE t ADD COLUMN b text DEFAULT 'x'")
            let result = try connection.execute(select)
            #expect(result.columnNames == ["a", "b"])
            #expect(connection.statements.preparedCount == 2)
            #expect(try serverStatements(connection) == ["engage_s2"])
        }
    }

    @Test("Inside a transaction, an invalidated statement's error surfaces and its entry is dropped")
    func schemaChangeInsideTransaction() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (a int); INSERT INTO t VALUES (1)")
            let select: Query = "SELECT * FROM t"
            try connection.execute(select)
            try connection.executeScript("ALTER TABLE t ADD COLUMN b int")
            let error = serverError {
                try connection.transaction { connection -> Void in try connection.execute(select) }
            }
            #expect(error?.sqlState == .featureNotSupported)
            #expect(connection.statements.count == 0)
            #expect(connection.transactionStatus == .idle)
            #expect(try connection.execute(select).columnNames == ["a", "b"])
            #expect(try serverStatements(connection) == ["engage_s2"])
        }
    }

    @Test("retryingTransaction runs a transaction again when a cached statement outlived a schema change")
    func schemaChangeRetried() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (a int); INSERT INTO t VALUES (1)")
            let select: Query = "SELECT * FROM t"
            try connection.execute(select)
            try connection.executeScript("ALTER TABLE t ADD COLUMN b int")
            var attempts = 0
            let columns = try connection.retryingTransaction(.readCommitted) { connection in
                attempts += 1
                return try connection.execute(select).columnNames
            }
            #expect(columns == ["a", "b"])
            #expect(attempts == 2)
            // A statement that fails on its own is not retried: the flag is the cache's only.
            attempts = 0
            #expect(throws: PostgresError.self) {
                try connection.retryingTransaction(.readCommitted) { connection -> Void in
                    attempts += 1
                    try connection.execute("SELECT no_such_column FROM t")
                }
            }
            #expect(attempts == 1)
        }
    }

    @Test("A statement the server no longer has is prepared again outside a transaction, not inside")
    func statementGone() throws {
        try withConnection { connection in
            try connection.execute("SELECT \(1) AS v")
            let stale = connection.statements
            try connection.executeScript("DEALLOCATE ALL")
            #expect(connection.statements.count == 0)
            connection.statements = stale  // as if the cache had missed the DEALLOCATE
            #expect(try connection.execute("SELECT \(2) AS v").singleRow().decode("v", as: Int.self) == 2)
            #expect(try serverStatements(connection) == ["engage_s2"])

            try connection.executeScript("DEALLOCATE ALL")
            connection.statements = stale
            let error = serverError {
                try connection.transaction { connection -> Void in try connection.execute("SELECT \(3) AS v") }
            }
            #expect(error?.sqlState == .invalidSQLStatementName)
            #expect(connection.statements.count == 0)
            #expect(connection.statements.stale.isEmpty)
            #expect(try connection.execute("SELECT \(4) AS v").singleRow().decode("v", as: Int.self) == 4)
        }
    }

    @Test("A statement prepared in a transaction that rolls back stays usable")
    func preparedInRolledBackTransaction() throws {
        try withConnection { connection in
            let error = serverError {
                try connection.transaction { connection -> Void in
                    try connection.execute("SELECT \(1) AS v")
                    try connection.execute("SELECT 1 / 0 AS v")
                }
            }
            #expect(error?.sqlState == SQLState(rawValue: "22012"))  // division by zero
            let prepared = connection.statements.preparedCount
            let names = try serverStatements(connection)
            #expect(names.contains("engage_s1"))
            #expect(try connection.execute("SELECT \(5) AS v").singleRow().decode("v", as: Int.self) == 5)
            #expect(connection.statements.preparedCount == prepared)
        }
    }

    @Test("Statements naming DISCARD or DEALLOCATE run unprepared and empty the cache")
    func discardEmpties() throws {
        try withConnection { connection in
            try connection.execute("SELECT \(1) AS v")
            try connection.execute("DISCARD ALL")
            #expect(connection.statements.count == 0)
            #expect(try serverStatements(connection).isEmpty)
            try connection.execute("SELECT \(1) AS v")
            #expect(try serverStatements(connection) == ["engage_s2"])
            #expect(StatementCache.mayDeallocate("discard plans"))
            #expect(StatementCache.mayDeallocate("SELECT 1; DeAllocate engage_s1"))
            #expect(!StatementCache.mayDeallocate("SELECT deal, disco FROM d"))
        }
    }

    @Test("A closed connection has an empty cache")
    func closedIsEmpty() throws {
        try withConnection { connection in
            try connection.execute("SELECT \(1) AS v")
            #expect(connection.statements.count == 1)
            connection.close()
            #expect(connection.statements.count == 0)
            #expect(throws: PostgresError.connectionClosed) { try connection.execute("SELECT \(1) AS v") }
            connection.close()
        }
    }

    @Test("Errors from prepared statements carry SQLSTATE, detail, hint and position as before")
    func errorsUnchanged() throws {
        try withConnection { connection in
            try connection.executeScript("""
                CREATE TABLE t (name text UNIQUE);
                CREATE FUNCTION refuse(reason text) RETURNS int LANGUAGE plpgsql AS
                  $$ BEGIN RAISE EXCEPTION 'refused: %', reason USING DETAIL = 'the detail', HINT = 'the hint'; END $$;
                """)
            try connection.execute("INSERT INTO t VALUES (\("x"))")
            for _ in 1...2 {
                let unique = serverError { try connection.execute("INSERT INTO t VALUES (\("x"))") }
                #expect(unique?.sqlState == .uniqueViolation)
                #expect(unique?.detail == "Key (name)=(x) already exists.")
                #expect(unique?.constraint == "t_name_key")
                let raised = serverError { try connection.execute("SELECT refuse(\("why")) AS n") }
                #expect(raised?.sqlState == .raiseException)
                #expect(raised?.message == "refused: why")
                #expect(raised?.detail == "the detail")
                #expect(raised?.hint == "the hint")
            }
            let broken: Query = "SELECT \(1) FROM WHERE"
            let syntax = serverError { try connection.execute(broken) }
            #expect(syntax?.sqlState == .syntaxError)
            #expect(syntax?.position != nil)
            #expect(syntax == serverError { try connection.execute(broken.oneOff) })
            #expect(connection.statements.count == 2)
        }
    }

    @Test("A pooled connection keeps its statements between loans; one replaced after a termination starts empty")
    func pooled() throws {
        try TestDatabase.withEmpty { database in
            var parameters = TestServer.parameters
            parameters["dbname"] = database.name
            let pool = ConnectionPool(parameters: parameters, size: 1)
            let observer = try database.connect()
            defer { pool.close(); observer.close() }
            let query: Query = "SELECT \(1) AS v"
            let pid = try pool.withConnection { connection in
                try connection.execute(query)
                return connection.backendPID
            }
            let kept = try pool.withConnection { connection in
                try connection.execute(query)
                return (connection.backendPID, connection.statements.preparedCount)
            }
            #expect(kept == (pid, 1))
            let terminated = try observer.execute("SELECT pg_terminate_backend(\(pid), 5000) AS done").singleRow()
            #expect(try terminated.decode("done", as: Bool.self))
            let fresh = try pool.withConnection { connection in
                let before = (connection.backendPID, connection.statements.count)
                try connection.execute(query)
                return before
            }
            #expect(fresh.0 != pid)
            #expect(fresh.1 == 0)
        }
    }
}
