import Foundation
import Postgres
import Testing

private struct Refused: Error {}

@Suite("Transactions")
struct TransactionTests {
    @Test("A transaction commits when its body returns")
    func commits() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (x int)")
            let value = try connection.transaction { try $0.execute("INSERT INTO t VALUES (1)"); return "done" }
            #expect(value == "done")
            #expect(try count(connection) == 1)
            #expect(connection.transactionStatus == .idle)
        }
    }

    @Test("A transaction rolls back when its body throws, and the error comes through")
    func rollsBack() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (x int)")
            #expect(throws: Refused.self) {
                try connection.transaction { connection in
                    try connection.execute("INSERT INTO t VALUES (1)")
                    throw Refused()
                }
            }
            #expect(try count(connection) == 0)
            #expect(connection.transactionStatus == .idle)
        }
    }

    @Test("A swallowed statement failure is not committed as if it had worked")
    func swallowedFailure() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (x int)")
            #expect(throws: PostgresError.self) {
                try connection.transaction { connection in
                    try connection.execute("INSERT INTO t VALUES (1)")
                    _ = try? connection.execute("SELECT 1/0")
                }
            }
            #expect(try count(connection) == 0)
        }
    }

    @Test("A transaction inside a transaction is refused")
    func nested() throws {
        try withConnection { connection in
            #expect(throws: PostgresError.self) {
                try connection.transaction { connection in try connection.transaction { _ in } }
            }
            #expect(connection.transactionStatus == .idle)
        }
    }

    @Test("The retry helper runs the body again after a serialization failure or deadlock")
    func retries() throws {
        try withConnection { connection in
            try connection.executeScript("""
                CREATE TABLE t (x int);
                CREATE FUNCTION raise_error(code text) RETURNS void LANGUAGE plpgsql
                    AS $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = code; END $$;
                """)
            var attempts = 0
            try connection.retryingTransaction { connection in
                attempts += 1
                try connection.execute("INSERT INTO t VALUES (\(attempts))")
                let code = attempts == 1 ? "40001" : attempts == 2 ? "40P01" : nil
                if let code {
                    try connection.execute("SELECT raise_error(\(code))")
                }
            }
            #expect(attempts == 3)
            #expect(try count(connection) == 1)
        }
    }

    @Test("The retry helper gives up on errors that are not transient")
    func noRetryOnOtherErrors() throws {
        try withConnection { connection in
            var attempts = 0
            #expect(throws: PostgresError.self) {
                try connection.retryingTransaction { connection in
                    attempts += 1
                    try connection.execute("SELECT 1/0")
                }
            }
            #expect(attempts == 1)
        }
    }

    @Test("Two serializable writers that conflict both finish, one after a retry")
    func realSerializationConflict() throws {
        try withTwoConnections { first, second in
            try first.executeScript("CREATE TABLE counter (n int NOT NULL); INSERT INTO counter VALUES (0)")
            var firstAttempts = 0
            // The first transaction reads, then the second commits an update, then the first writes.
            try first.retryingTransaction { connection in
                firstAttempts += 1
                let n = try connection.execute("SELECT n FROM counter").singleRow().decode("n", as: Int.self)
                if firstAttempts == 1 {
                    try second.transaction(.serializable) { try $0.execute("UPDATE counter SET n = n + 10") }
                }
                try connection.execute("UPDATE counter SET n = \(n + 1)")
            }
            #expect(firstAttempts == 2)
            #expect(try first.execute("SELECT n FROM counter").singleRow().decode("n", as: Int.self) == 11)
        }
    }

    private func count(_ connection: Connection) throws -> Int {
        try connection.execute("SELECT count(*) AS n FROM t").singleRow().decode("n", as: Int.self)
    }
}
