import Postgres

/// Stores for a service: each call borrows a connection from a bounded pool, wraps it in a
/// `Store` for one piece of work, and gives it back.
///
/// The pool holds no state of the application, only connections: two services with a pool each
/// behave as one against the same database. Its calls block; call it from threads of your own
/// (the HTTP server's workers), never from Swift's cooperative pool.
///
/// ```swift
/// let stores = StorePool(conninfo: environment["DATABASE_URL"], size: 8)
/// let list = try stores.withStore(actor: token.user) { try $0.openFollowUps(filter) }
/// ```
public final class StorePool: Sendable {
    private let connections: ConnectionPool

    /// How many connections the pool opens at most.
    public var size: Int { connections.size }

    /// Makes a pool; no connection is opened until one is needed.
    /// - Parameters:
    ///   - conninfo: A conninfo string or URL; nil or empty uses the `PG*` environment.
    ///   - size: The most connections open at once; at least 1.
    ///   - waitTimeout: How long a call waits for a free connection before `StoreBusy`.
    ///   - applicationName: Shown in `pg_stat_activity`.
    ///   - statementTimeout: The longest any one statement may run before the server cancels it
    ///     (`DatabaseBusy`); nil for no limit. A whole milliseconds count.
    public init(conninfo: String?, size: Int = ConnectionPool.defaultSize, waitTimeout: Duration = .seconds(5),
                applicationName: String = "engage serve", statementTimeout: Duration? = nil) {
        let settings: SessionSettings = statementTimeout.map { ["statement_timeout": String(Self.milliseconds($0))] } ?? [:]
        connections = ConnectionPool(conninfo: conninfo, size: size, waitTimeout: waitTimeout,
                                     applicationName: applicationName, sessionSettings: settings)
    }

    /// The default per-statement limit for a service.
    public static let defaultStatementTimeout: Duration = .seconds(5)

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return max(1, seconds * 1_000 + attoseconds / 1_000_000_000_000_000)
    }

    /// The default size: twice the number of active processors.
    public static var defaultSize: Int { ConnectionPool.defaultSize }

    /// Runs `body` with a store on a connection lent to it alone for the call.
    /// - Parameters:
    ///   - actor: Who is making changes, for the audit log.
    ///   - body: The work; it must not keep the store beyond the call.
    /// - Returns: What `body` returns.
    /// - Throws: `StoreBusy` when every connection stayed lent for the wait timeout;
    ///   `DatabaseUnavailable` when the database cannot be reached or the pool is closed; or what
    ///   `body` throws.
    public func withStore<Value>(actor: String, _ body: (Store) throws -> Value) throws -> Value {
        do {
            return try connections.withConnection { connection in
                try body(Store(connection: connection, actor: actor))
            }
        } catch ConnectionPoolError.timedOut(let waited) {
            throw StoreBusy(waited: waited)
        } catch ConnectionPoolError.closed {
            throw DatabaseUnavailable(reason: "the service is shutting down")
        } catch let error as PostgresError where error.isConnectivityFailure {
            throw DatabaseUnavailable(reason: error.description)
        }
    }

    /// Closes the idle connections and refuses further calls. Calling it again does nothing.
    public func close() { connections.close() }

    deinit { close() }
}

/// Every connection of a `StorePool` stayed busy for its wait timeout: nothing was done, and a
/// later try may succeed (a service answers 503 with `Retry-After`).
public struct StoreBusy: Error, Sendable, CustomStringConvertible {
    /// How long the call waited.
    public let waited: Duration

    public var description: String { "every database connection stayed busy for \(waited)" }
}
