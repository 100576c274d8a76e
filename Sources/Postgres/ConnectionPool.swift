import CLibPQ
import Dispatch
import FoundationEssentials
import Synchronization

/// A fixed-size pool of connections for a server's worker threads.
///
/// Connections are opened lazily, up to `size`. `withConnection(_:)` lends one to its body and
/// takes it back afterwards; when all are lent, a caller blocks up to `waitTimeout` for one and then
/// throws `ConnectionPoolError.timedOut` (a service answers 503 with `Retry-After`). Its calls block:
/// use the pool from threads of your own, never from Swift's cooperative pool.
///
/// The pool survives a database restart without being rebuilt:
/// - a connection whose body threw a connectivity failure (`PostgresError.isConnectivityFailure`),
///   or that is no longer `isOpen`, is closed rather than kept, and the next caller opens a fresh
///   one;
/// - an idle connection is checked, without a round trip, for a link the server closed while it
///   waited (a restart, `pg_terminate_backend`), and replaced before it is lent.
/// While the database is down, opening a connection throws `PostgresError.connectionFailed`
/// (also a connectivity failure: 503); once it is back, calls succeed again.
///
/// A connection is never lent inside a transaction: one given back inside a transaction (its body
/// threw, or returned, between BEGIN and COMMIT) is rolled back, or closed when that fails.
/// Other session state a body changes (`SET` without `LOCAL`, temporary tables) stays with the
/// connection: bodies should not change it.
///
/// `close()` is idempotent and `deinit` closes.
public final class ConnectionPool: Sendable {
    /// How many connections the pool opens at most.
    public let size: Int
    /// How long a caller waits for a free connection before `ConnectionPoolError.timedOut`.
    public let waitTimeout: Duration

    /// The default size: twice the number of active processors.
    public static var defaultSize: Int { 2 * ProcessInfo.processInfo.activeProcessorCount }

    private let connect: Connector
    /// One permit per connection that may be lent: a caller takes one before it takes a connection,
    /// and gives it back after it gives the connection back (or fails to open one). Created empty
    /// and filled with `size` signals, so that libdispatch never sees it "in use" when it is freed.
    private let permits = DispatchSemaphore(value: 0)
    private let state = Mutex(State())

    private struct State: ~Copyable {
        /// Connections not lent, the most recently given back last.
        var idle: [Connection] = []
        /// Connections open in all: idle and lent.
        var open = 0
        var closed = false
    }

    /// How the pool opens its connections.
    private enum Connector: Sendable {
        case conninfo(String?, applicationName: String, SessionSettings)
        case parameters([String: String], applicationName: String, SessionSettings)

        func callAsFunction() throws(PostgresError) -> Connection {
            switch self {
            case .conninfo(let conninfo, let applicationName, let settings):
                try Connection(conninfo, applicationName: applicationName, sessionSettings: settings)
            case .parameters(let parameters, let applicationName, let settings):
                try Connection(parameters: parameters, applicationName: applicationName, sessionSettings: settings)
            }
        }
    }

    /// Makes a pool whose connections come from a conninfo string or URL given by a user or the
    /// environment. No connection is opened until one is needed.
    ///
    /// - Parameters:
    ///   - conninfo: A conninfo string or URL; when nil or empty, the `PG*` environment variables
    ///     and libpq's defaults apply (see `Connection.init(_:applicationName:)`).
    ///   - size: How many connections the pool opens at most; at least 1. Twice the number of
    ///     active processors by default.
    ///   - waitTimeout: How long a caller waits for a free connection; not negative.
    ///   - applicationName: Shown in `pg_stat_activity` unless the conninfo names one.
    ///   - sessionSettings: Server settings every connection's session gets.
    public convenience init(
        conninfo: String?, size: Int = ConnectionPool.defaultSize, waitTimeout: Duration = .seconds(5),
        applicationName: String = "engage", sessionSettings: SessionSettings = [:]
    ) {
        self.init(.conninfo(conninfo, applicationName: applicationName, sessionSettings), size: size, waitTimeout: waitTimeout)
    }

    /// Makes a pool whose connections come from separate libpq parameters assembled by the
    /// program. No connection is opened until one is needed.
    ///
    /// - Parameters:
    ///   - parameters: libpq keywords and values, e.g. `["dbname": "engage"]`; those not given come
    ///     from the `PG*` environment and libpq's defaults.
    ///   - size: How many connections the pool opens at most; at least 1. Twice the number of
    ///     active processors by default.
    ///   - waitTimeout: How long a caller waits for a free connection; not negative.
    ///   - applicationName: Shown in `pg_stat_activity` unless the parameters name one.
    ///   - sessionSettings: Server settings every connection's session gets.
    public convenience init(
        parameters: [String: String], size: Int = ConnectionPool.defaultSize, waitTimeout: Duration = .seconds(5),
        applicationName: String = "engage", sessionSettings: SessionSettings = [:]
    ) {
        self.init(.parameters(parameters, applicationName: applicationName, sessionSettings), size: size, waitTimeout: waitTimeout)
    }

    private init(_ connect: Connector, size: Int, waitTimeout: Duration) {
        precondition(size >= 1, "a connection pool needs room for at least one connection")
        precondition(waitTimeout >= .zero, "a connection pool's wait timeout cannot be negative")
        self.connect = connect
        self.size = size
        self.waitTimeout = waitTimeout
        for _ in 0..<size { permits.signal() }
    }

    deinit { close() }

    /// Runs `body` with a connection of the pool, lent to it alone for the call's duration.
    ///
    /// The body must not keep the connection, nor hand it to another thread, beyond the call; nor
    /// call `withConnection` on the same pool (with every connection lent, it would wait for
    /// itself until the timeout).
    /// Afterwards the connection goes back to the pool, rolled back if it is inside a transaction;
    /// it is closed instead when `body` threw a connectivity failure, when it is no longer open,
    /// when a rollback fails, or when the pool was closed meanwhile.
    ///
    /// - Parameter body: The work; it receives the connection.
    /// - Returns: What `body` returns.
    /// - Throws: `ConnectionPoolError.timedOut` when no connection became free within
    ///   `waitTimeout`; `ConnectionPoolError.closed` after `close()`;
    ///   `PostgresError.connectionFailed` when a new connection could not be opened (the database
    ///   is down: `isConnectivityFailure`); or what `body` throws.
    @discardableResult
    public func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try checkOut()
        let value: T
        do {
            value = try body(connection)
        } catch {
            checkIn(connection, after: error)
            throw error
        }
        checkIn(connection, after: nil)
        return value
    }

    /// Closes the idle connections and refuses further use: waiting callers and later ones get
    /// `ConnectionPoolError.closed`, and lent connections are closed when they are given back.
    /// Calling it again does nothing.
    public func close() {
        let wasOpen = state.withLock { state in
            guard !state.closed else { return false }
            state.closed = true
            // PQfinish only sends a Terminate message and closes the socket: fine under the lock.
            for connection in state.idle { connection.close() }
            state.open -= state.idle.count
            state.idle.removeAll()
            return true
        }
        // Wake one waiter; each waiter woken after the close wakes the next (see `checkOut`).
        if wasOpen { permits.signal() }
    }

    /// A snapshot of the pool's connections, e.g. for a health endpoint or a test.
    public var statistics: Statistics {
        state.withLock { Statistics(open: $0.open, idle: $0.idle.count, isClosed: $0.closed) }
    }

    /// What `statistics` reports.
    public struct Statistics: Sendable, Equatable {
        /// Connections open in all, idle and lent.
        public var open: Int
        /// Connections open and not lent.
        public var idle: Int
        /// Whether `close()` was called.
        public var isClosed: Bool
        /// Connections lent to callers now.
        public var inUse: Int { open - idle }

        /// Makes a snapshot, e.g. to compare with in a test.
        public init(open: Int, idle: Int, isClosed: Bool) {
            self.open = open
            self.idle = idle
            self.isClosed = isClosed
        }
    }

    // MARK: - Lending

    /// Takes a permit, then an idle connection that is still usable or a new one.
    private func checkOut() throws -> Connection {
        if state.withLock({ $0.closed }) { throw ConnectionPoolError.closed }
        guard permits.wait(timeout: deadline(after: waitTimeout)) == .success else {
            throw ConnectionPoolError.timedOut(after: waitTimeout)
        }
        // From here on, every way out either lends a connection or gives the permit back.
        while true {
            let taken: Taken = state.withLock { state in
                if state.closed { return .closed }
                guard let idle = state.idle.popLast() else {
                    state.open += 1  // reserved for the connection about to be opened
                    return .openNew
                }
                return .idle(idle)
            }
            switch taken {
            case .closed:
                permits.signal()  // pass the wake-up on to the next waiter
                throw ConnectionPoolError.closed
            case .idle(let connection):
                if connection.isUsableAfterIdling { return connection }
                connection.close()
                state.withLock { $0.open -= 1 }
            case .openNew:
                do {
                    return try connect()
                } catch {
                    state.withLock { $0.open -= 1 }
                    permits.signal()
                    throw error
                }
            }
        }
    }

    private enum Taken {
        case idle(Connection)
        case openNew
        case closed
    }

    /// Gives a connection back: kept for the next caller when it is healthy, idle (rolled back if
    /// need be) and the pool is open; closed otherwise. Then gives the permit back.
    private func checkIn(_ connection: Connection, after error: (any Error)?) {
        var keep = connection.isOpen
        if let error = error as? PostgresError, error.isConnectivityFailure { keep = false }
        if keep {
            switch connection.transactionStatus {
            case .idle:
                break
            case .inTransaction, .failed:
                // The next caller must not find itself inside someone else's transaction.
                do {
                    try connection.executeScript("ROLLBACK")
                    keep = connection.transactionStatus == .idle
                } catch {
                    keep = false
                }
            case .active, .unknown:
                keep = false  // e.g. a COPY left unfinished: no simple way back to idle
            }
        }
        if keep {
            keep = state.withLock { state in
                guard !state.closed else { return false }
                state.idle.append(Self.handOver(connection))
                return true
            }
        }
        if !keep {
            connection.close()
            state.withLock { $0.open -= 1 }
        }
        permits.signal()
    }

    /// Lets a connection given back by its caller into the idle list. This is the pool's one
    /// escape from the compiler's region checking.
    ///
    /// Region isolation cannot see that the pool lends a connection to one caller at a time: a
    /// connection that was passed to `body` stays, for the compiler, in the caller's region for
    /// good, so storing it into the lock's `inout sending` state is refused ("'inout sending'
    /// parameter 'state' cannot be task-isolated at end of function"). (Taking one out of the idle
    /// list needs no escape.) The handover is sound because a connection is referenced from exactly
    /// one place at a time: the idle list, while the lock is held; or the one caller of
    /// `withConnection` it was lent to. The pool keeps no reference to a lent connection (only a
    /// count), calls this once per loan after `body` returned, and `body` is documented not to keep
    /// the connection beyond the call. `Connection` remains non-`Sendable` everywhere else.
    private static func handOver(_ connection: Connection) -> sending Connection {
        nonisolated(unsafe) let moved = connection
        return moved
    }
}

/// What the pool itself throws; errors from the database are `PostgresError`s.
///
/// For a service: `timedOut` is 503 with `Retry-After`; `closed` (shutting down) is 503; a
/// `PostgresError` whose `isConnectivityFailure` holds (the database is down or restarting) is 503.
public enum ConnectionPoolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No connection became free within the pool's wait timeout: the service is saturated, and a
    /// later try may succeed (HTTP 503 with `Retry-After`).
    case timedOut(after: Duration)
    /// The pool was closed.
    case closed

    public var description: String {
        switch self {
        case .timedOut(let waited): "no database connection became free within \(waited)"
        case .closed: "the database connection pool is closed"
        }
    }
}

/// The dispatch time `duration` from now, saturating far in the future.
private func deadline(after duration: Duration) -> DispatchTime {
    let (seconds, attoseconds) = duration.components
    guard seconds < Int64(Int.max / 1_000_000_000) - 1 else { return .distantFuture }
    let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    return .now() + .nanoseconds(nanoseconds)
}

extension Connection {
    /// Whether a connection that sat idle can be lent: open, and not closed by the server
    /// meanwhile. Reads, without blocking and without a round trip, what the server sent while
    /// the connection sat idle: after a restart or `pg_terminate_backend`, that is an error
    /// message and the end of the stream, which libpq then reports as `CONNECTION_BAD`.
    var isUsableAfterIdling: Bool {
        guard let handle = try? openHandle(), PQstatus(handle) == CONNECTION_OK else { return false }
        // libpq's socket is non-blocking: each call reads what has arrived and returns. The first
        // may read the server's farewell message, the second then sees the end of the stream.
        for _ in 0..<3 {
            if PQconsumeInput(handle) == 0 { break }
        }
        return PQstatus(handle) == CONNECTION_OK
    }
}
