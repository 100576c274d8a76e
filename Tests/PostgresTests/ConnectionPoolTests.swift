import Foundation
import Postgres
import Synchronization
import TestSupport
import Testing

private struct Refused: Error {}

/// The application name the pools' connections show in `pg_stat_activity`.
private let poolApplicationName = "engage-pool-tests"

/// Runs `body` with a pool on a new, empty database and a separate connection to watch it with.
private func withPool<Value>(
    size: Int, waitTimeout: Duration = .seconds(10), _ body: (ConnectionPool, Connection) throws -> Value
) throws -> Value {
    try TestDatabase.withEmpty { database in
        var parameters = TestServer.parameters
        parameters["dbname"] = database.name
        let pool = ConnectionPool(parameters: parameters, size: size, waitTimeout: waitTimeout, applicationName: poolApplicationName)
        let observer = try database.connect()
        defer { pool.close(); observer.close() }
        return try body(pool, observer)
    }
}

/// How many backends serve the pool's application name in the current database.
private func poolBackends(_ connection: Connection) throws -> Int {
    try connection.execute("""
        SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = \(poolApplicationName)
        """).singleRow().decode("n", as: Int.self)
}

/// Terminates a backend and waits until it has exited (and so closed its socket).
private func terminate(_ pid: Int32, from observer: Connection) throws {
    let done = try observer.execute("SELECT pg_terminate_backend(\(pid), 5000) AS done").singleRow().decode("done", as: Bool.self)
    #expect(done, "backend \(pid) should have been terminated")
}

private func pause(_ seconds: Double) { Thread.sleep(forTimeInterval: seconds) }

@Suite("Connection pool")
struct ConnectionPoolTests {
    @Test("Sequential calls reuse one connection")
    func reuse() throws {
        try withPool(size: 4) { pool, _ in
            let first = try pool.withConnection { connection in
                try connection.execute("SELECT 1")
                return connection.backendPID
            }
            let second = try pool.withConnection { connection in
                try connection.execute("SELECT 1")
                return connection.backendPID
            }
            #expect(first != 0)
            #expect(first == second)
            #expect(pool.statistics == ConnectionPool.Statistics(open: 1, idle: 1, isClosed: false))
        }
    }

    @Test("No more than size connections are open at once; a further caller waits for one")
    func sizeCap() throws {
        try withPool(size: 2) { pool, _ in
            let inside = Mutex((now: 0, peak: 0, backendsPeak: 0, pids: Set<Int32>()))
            let clock = ContinuousClock()
            let start = clock.now
            let results = runConcurrently(3) { _ in
                try pool.withConnection { connection in
                    inside.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now); $0.pids.insert(connection.backendPID) }
                    let backends = try poolBackends(connection)
                    inside.withLock { $0.backendsPeak = max($0.backendsPeak, backends) }
                    pause(0.5)
                    inside.withLock { $0.now -= 1 }
                }
            }
            let elapsed = clock.now - start
            for result in results { #expect(throws: Never.self) { try result.get() } }
            let seen = inside.withLock { $0 }
            #expect(seen.peak == 2, "two holders at once, never three")
            #expect(seen.backendsPeak <= 2, "the server never saw more than two of the pool's backends")
            #expect(seen.pids.count == 2)
            #expect(elapsed >= .milliseconds(900), "the third caller waited for a connection to come back")
            #expect(pool.statistics.open == 2)
        }
    }

    @Test("A caller that cannot get a connection within the wait timeout gets timedOut promptly")
    func waitTimeout() throws {
        try withPool(size: 1, waitTimeout: .milliseconds(300)) { pool, _ in
            let clock = ContinuousClock()
            let held = DispatchSemaphore(value: 0)
            let results = runConcurrently(2) { index -> (error: ConnectionPoolError?, waited: Duration) in
                if index == 0 {
                    try pool.withConnection { _ in held.signal(); pause(2) }
                    return (nil, .zero)
                }
                #expect(held.wait(timeout: .now() + 10) == .success, "the holder took the only connection")
                let start = clock.now
                do {
                    try pool.withConnection { _ in }
                    return (nil, clock.now - start)
                } catch let error as ConnectionPoolError {
                    return (error, clock.now - start)
                }
            }
            #expect(throws: Never.self) { try results[0].get() }
            let waiter = try results[1].get()
            #expect(waiter.error == .timedOut(after: .milliseconds(300)))
            #expect(waiter.waited >= .milliseconds(250))
            #expect(waiter.waited < .milliseconds(1200), "the waiter gave up before the holder finished")
            // The pool still works afterwards, on its one connection.
            #expect(try pool.withConnection { try $0.execute("SELECT 1 AS one").singleRow().decode("one", as: Int.self) } == 1)
            #expect(pool.statistics.open == 1)
        }
    }

    @Test("A connection the server terminates under its body is closed, and the next call gets a new one")
    func terminatedInUse() throws {
        try withPool(size: 1) { pool, observer in
            let lostPID = Mutex<Int32>(0)
            do {
                try pool.withConnection { connection in
                    lostPID.withLock { $0 = connection.backendPID }
                    try terminate(connection.backendPID, from: observer)
                    try connection.execute("SELECT 1")
                }
                Issue.record("a terminated connection should not answer")
            } catch let error as PostgresError {
                #expect(error.isConnectivityFailure, "\(error)")
            }
            #expect(pool.statistics == ConnectionPool.Statistics(open: 0, idle: 0, isClosed: false), "the broken connection was discarded")
            let pid = try pool.withConnection { connection in
                try connection.execute("SELECT 1")
                return connection.backendPID
            }
            #expect(pid != lostPID.withLock { $0 })
            #expect(pool.statistics.open == 1)
        }
    }

    @Test("A body that throws a connectivity failure has its connection closed, even one that looks open")
    func connectivityFailureDiscards() throws {
        try withPool(size: 1) { pool, _ in
            let first = try pool.withConnection { $0.backendPID }
            #expect(throws: PostgresError.self) {
                try pool.withConnection { _ in throw PostgresError.connectionLost(message: "as a store would rethrow it") }
            }
            #expect(pool.statistics == ConnectionPool.Statistics(open: 0, idle: 0, isClosed: false))
            #expect(try pool.withConnection { $0.backendPID } != first)
        }
    }

    @Test("Idle connections closed by the server (as in a restart) are replaced before they are lent")
    func terminatedWhileIdle() throws {
        try withPool(size: 3) { pool, observer in
            let results = runConcurrently(3) { _ in try pool.withConnection { connection in pause(0.3); return connection.backendPID } }
            let old = Set(try results.map { try $0.get() })
            #expect(old.count == 3)
            #expect(pool.statistics.idle == 3)
            for pid in old { try terminate(pid, from: observer) }
            // Each later call succeeds, on a new backend; none gets a dead connection.
            for _ in 0..<3 {
                let pid = try pool.withConnection { connection in
                    try connection.execute("SELECT 1")
                    return connection.backendPID
                }
                #expect(!old.contains(pid))
            }
            #expect(pool.statistics == ConnectionPool.Statistics(open: 1, idle: 1, isClosed: false))
        }
    }

    @Test("A connection given back inside a transaction is rolled back before the next caller gets it")
    func noTransactionLeaks() throws {
        try withPool(size: 1) { pool, _ in
            try pool.withConnection { try $0.executeScript("CREATE TABLE t (x int)") }
            let pid = try pool.withConnection { $0.backendPID }
            func nextCaller() throws -> (status: TransactionStatus, rows: Int, pid: Int32) {
                try pool.withConnection { connection in
                    (connection.transactionStatus,
                     try connection.execute("SELECT count(*) AS n FROM t").singleRow().decode("n", as: Int.self),
                     connection.backendPID)
                }
            }

            // The body throws between BEGIN and COMMIT.
            #expect(throws: Refused.self) {
                try pool.withConnection { connection in
                    try connection.executeScript("BEGIN")
                    try connection.execute("INSERT INTO t VALUES (1)")
                    throw Refused()
                }
            }
            var next = try nextCaller()
            #expect(next.status == .idle)
            #expect(next.rows == 0)
            #expect(next.pid == pid, "rolled back and kept, not discarded")

            // The body returns without committing.
            try pool.withConnection { connection in
                try connection.executeScript("BEGIN")
                try connection.execute("INSERT INTO t VALUES (2)")
            }
            next = try nextCaller()
            #expect(next.status == .idle)
            #expect(next.rows == 0)

            // The body swallows a failed statement inside a transaction.
            try pool.withConnection { connection in
                try connection.executeScript("BEGIN")
                #expect(throws: PostgresError.self) { try connection.execute("SELECT no_such_column FROM t") }
                #expect(connection.transactionStatus == .failed)
            }
            next = try nextCaller()
            #expect(next.status == .idle)
            // And the next caller can start its own transaction.
            try pool.withConnection { connection in
                try connection.transaction { try $0.execute("INSERT INTO t VALUES (3)") }
            }
            #expect(try nextCaller().rows == 1)
        }
    }

    @Test("close() closes the idle connections, makes later calls fail, and is idempotent")
    func close() throws {
        try withPool(size: 2) { pool, observer in
            try pool.withConnection { try $0.execute("SELECT 1") }
            #expect(try poolBackends(observer) == 1)
            pool.close()
            #expect(pool.statistics == ConnectionPool.Statistics(open: 0, idle: 0, isClosed: true))
            #expect(throws: ConnectionPoolError.closed) { try pool.withConnection { _ in } }
            pool.close()
            #expect(throws: ConnectionPoolError.closed) { try pool.withConnection { _ in } }
            // The backend goes away (it exits on its own once it reads the Terminate message).
            var backends = try poolBackends(observer)
            for _ in 0..<50 where backends > 0 {
                pause(0.1)
                backends = try poolBackends(observer)
            }
            #expect(backends == 0)
        }
    }

    @Test("close() wakes waiting callers at once, and a connection given back afterwards is closed")
    func closeWakesWaiters() throws {
        try withPool(size: 1, waitTimeout: .seconds(10)) { pool, _ in
            let clock = ContinuousClock()
            let held = DispatchSemaphore(value: 0)
            let waiting = DispatchSemaphore(value: 0)
            let results = runConcurrently(3) { index -> (error: ConnectionPoolError?, waited: Duration) in
                switch index {
                case 0:
                    try pool.withConnection { _ in held.signal(); pause(1.5) }
                    return (nil, .zero)
                case 1:
                    #expect(held.wait(timeout: .now() + 10) == .success, "the holder took the only connection")
                    waiting.signal()
                    let start = clock.now
                    do {
                        try pool.withConnection { _ in }
                        return (nil, clock.now - start)
                    } catch let error as ConnectionPoolError {
                        return (error, clock.now - start)
                    }
                default:
                    _ = waiting.wait(timeout: .now() + 10)
                    pause(0.3)  // the waiter is blocked in withConnection by now
                    pool.close()
                    return (nil, .zero)
                }
            }
            #expect(throws: Never.self) { try results[0].get() }
            let waiter = try results[1].get()
            #expect(waiter.error == .closed)
            #expect(waiter.waited < .milliseconds(1000), "woken by close(), not by the holder")
            #expect(pool.statistics == ConnectionPool.Statistics(open: 0, idle: 0, isClosed: true))
        }
    }

    @Test("While the database cannot be reached, each call fails with connectionFailed, not a timeout")
    func unreachable() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-socket-dir").path
        let pool = ConnectionPool(parameters: ["host": missing, "dbname": "x"], size: 1, waitTimeout: .milliseconds(200))
        for _ in 0..<3 {
            do {
                try pool.withConnection { _ in Issue.record("no connection should be lent") }
            } catch let error as PostgresError {
                guard case .connectionFailed = error else { Issue.record("wrong error: \(error)"); continue }
                #expect(error.isConnectivityFailure)
            }
        }
        #expect(pool.statistics == ConnectionPool.Statistics(open: 0, idle: 0, isClosed: false))
    }
}
