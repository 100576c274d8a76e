import CLibPQ
import FoundationEssentials

/// One connection to a PostgreSQL server (a `PGconn`).
///
/// A connection is used by one thread at a time: the type is deliberately not `Sendable`, so the
/// compiler refuses to share it between concurrent tasks; hand it over (`sending`) or keep it on
/// one thread. Its calls block, so run them on threads of your own, never on Swift's cooperative
/// pool. `close()` is idempotent and `deinit` closes.
public final class Connection {
    private var handle: OpaquePointer?
    /// The statements prepared on this connection (see `execute(_:)`); emptied by `close()`.
    var statements = StatementCache()
    /// Set when a cached statement turned out invalid inside a transaction (see `execute(_:)`):
    /// the transaction failed only because of the cache, so `retryingTransaction` runs it again.
    var statementInvalidatedInTransaction = false

    /// Opens a connection from a conninfo string or URL given by a user or the environment.
    ///
    /// - Parameters:
    ///   - conninfo: A conninfo string (`host=/run/pg dbname=engage`) or URL
    ///     (`postgresql://user@host/db`). When nil or empty, libpq's defaults and the `PG*`
    ///     environment variables (`PGHOST`, `PGDATABASE`, …) apply.
    ///   - applicationName: Shown in `pg_stat_activity` unless the conninfo names one.
    ///   - sessionSettings: Server settings for the session, e.g. `["statement_timeout": "5000"]`.
    /// - Throws: `PostgresError.connectionFailed` with libpq's message.
    public convenience init(_ conninfo: String? = nil, applicationName: String = "engage",
                            sessionSettings: SessionSettings = [:]) throws(PostgresError) {
        var settings: [(String, String)] = []
        // dbname comes last so that a conninfo string or URL overrides the defaults.
        if let conninfo, !conninfo.isEmpty { settings.append(("dbname", conninfo)) }
        try self.init(settings: settings, expandDatabase: true, applicationName: applicationName, sessionSettings: sessionSettings)
    }

    /// Opens a connection from separate parameters assembled by the program, such as a database
    /// name chosen at run time. Values are passed to libpq as they are, never spliced into a
    /// conninfo string; parameters not given come from the `PG*` environment and libpq's defaults.
    ///
    /// - Parameters:
    ///   - parameters: libpq keywords and values, e.g. `["dbname": "engage_test_1"]`.
    ///   - applicationName: Shown in `pg_stat_activity` unless the parameters name one.
    ///   - sessionSettings: Server settings for the session, e.g. `["statement_timeout": "5000"]`.
    /// - Throws: `PostgresError.connectionFailed` with libpq's message.
    public convenience init(parameters: [String: String], applicationName: String = "engage",
                            sessionSettings: SessionSettings = [:]) throws(PostgresError) {
        let settings = parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        try self.init(settings: settings, expandDatabase: false, applicationName: applicationName, sessionSettings: sessionSettings)
    }

    private init(settings: [(String, String)], expandDatabase: Bool, applicationName: String,
                 sessionSettings: SessionSettings) throws(PostgresError) {
        let environment = ProcessInfo.processInfo.environment
        var all = [("fallback_application_name", applicationName), ("client_encoding", "UTF8")]
        if environment["PGCONNECT_TIMEOUT"] == nil { all.append(("connect_timeout", "10")) }
        // The session settings the decoder relies on travel in the startup packet: no extra round
        // trip. PGOPTIONS is kept (ours come after it); a conninfo naming its own options wins, and
        // is then corrected with SET below.
        let userOptions = environment["PGOPTIONS"].map { $0 + " " } ?? ""
        all.append(("options", userOptions + Self.sessionOptions + sessionSettings.startupOptions))
        all += settings
        let connection = CArrays.withStrings(all.map(\.0)) { keywords in
            CArrays.withStrings(all.map(\.1)) { values in PQconnectdbParams(keywords, values, expandDatabase ? 1 : 0) }
        }
        guard let connection else { throw .connectionFailed(message: "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.lastError(connection)
            PQfinish(connection)  // a failed PGconn must still be finished
            throw .connectionFailed(message: message)
        }
        // Notices (e.g. "relation already exists, skipping") would otherwise go to stderr.
        PQsetNoticeReceiver(connection, { _, _ in }, nil)
        handle = connection
        if !hasSessionSettings {
            // The conninfo's own options replaced ours: set them again, the caller's too.
            try executeScript("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET client_encoding = 'UTF8'")
            for (name, value) in sessionSettings.values { try execute("SELECT set_config(\(name), \(value), false)") }
        }
    }

    /// Fixed session settings make the text formats the decoder reads predictable.
    private static let sessionOptions = "-c TimeZone=UTC -c DateStyle=ISO,YMD"

    /// Whether the server reported the session settings the decoder needs (`PQparameterStatus`).
    private var hasSessionSettings: Bool {
        guard let handle else { return false }
        func status(_ name: String) -> String? { PQparameterStatus(handle, name).map { String(cString: $0) } }
        return status("TimeZone") == "UTC" && status("DateStyle")?.hasPrefix("ISO") == true && status("client_encoding") == "UTF8"
    }

    deinit { close() }

    /// Closes the connection. Calling it again does nothing.
    public func close() {
        guard let handle else { return }
        PQfinish(handle)
        self.handle = nil
        statements.removeAll()
    }

    /// Whether `close()` has not been called and the link is healthy.
    public var isOpen: Bool {
        guard let handle else { return false }
        return PQstatus(handle) == CONNECTION_OK
    }

    /// The server's version number, e.g. 150018 for 15.18.
    public var serverVersion: Int { handle.map { Int(PQserverVersion($0)) } ?? 0 }

    /// The server process serving this connection.
    public var backendPID: Int32 { handle.map { PQbackendPID($0) } ?? 0 }

    /// Where the connection stands with respect to transactions.
    public var transactionStatus: TransactionStatus {
        guard let handle else { return .unknown }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE: return .idle
        case PQTRANS_INTRANS: return .inTransaction
        case PQTRANS_INERROR: return .failed
        case PQTRANS_ACTIVE: return .active
        default: return .unknown
        }
    }

    /// Runs one statement with its parameters bound, and returns its rows.
    ///
    /// The statement is prepared on the connection the first time it runs (`PQprepare`) and
    /// executed by name from then on (`PQexecPrepared`): PostgreSQL parses and plans it once per
    /// connection, not once per call. See `StatementCache` for the bound and `Query.oneOff` for
    /// statements that are better not kept. When the server reports a cached statement invalid —
    /// `0A000` "cached plan must not change result type" after a schema change, or `26000`
    /// "prepared statement does not exist" — the statement is prepared again and run once more,
    /// outside a transaction. Inside one the failure has aborted the transaction, so no retry is
    /// possible: the cache entry is dropped and the error thrown; `retryingTransaction` runs the
    /// whole transaction once more, where the statement is prepared afresh.
    ///
    /// - Parameter query: The statement; interpolated values are sent as `$n` parameters.
    /// - Returns: The result, whose rows can be iterated and decoded.
    /// - Throws: `PostgresError.server` when the server refuses the statement,
    ///   `.connectionLost` when the link breaks, `.connectionClosed` after `close()`.
    @discardableResult
    public func execute(_ query: Query) throws(PostgresError) -> QueryResult {
        let sql = query.sql
        if query.isOneOff || StatementCache.mayDeallocate(sql) {
            let result = try check(try send(query), expecting: Self.statementResults)
            if StatementCache.mayDeallocate(sql) { statements.removeAll() }
            return result
        }
        return try executePrepared(sql: sql, bindings: try checkedBindings(query))
    }

    /// What a statement run by `execute(_:)` may return.
    static let statementResults = [PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY]

    /// Runs trusted SQL text that may hold several statements and no parameters (`PQexec`),
    /// such as a migration file. Inside a transaction, the statements join it.
    ///
    /// - Parameter sql: The statements. Never build this from user input: use `execute(_:)`.
    /// - Throws: `PostgresError.server` for the first statement that fails; its `position`
    ///   points into `sql`.
    public func executeScript(_ sql: String) throws(PostgresError) {
        let handle = try openHandle()
        defer { if StatementCache.mayDeallocate(sql) { statements.removeAll() } }
        try check(PQexec(handle, sql), expecting: Self.statementResults)
    }

    // MARK: - Internals shared with transactions and COPY

    func openHandle() throws(PostgresError) -> OpaquePointer {
        guard let handle else { throw .connectionClosed }
        return handle
    }

    /// Sends one statement unprepared (`PQexecParams`): COPY, and statements marked `oneOff`.
    func send(_ query: Query) throws(PostgresError) -> OpaquePointer? {
        let handle = try openHandle()
        let bindings = try checkedBindings(query)
        return CArrays.withStrings(bindings.map(\.text)) { values in
            CArrays.withOids(bindings.map(\.type)) { types in
                PQexecParams(handle, query.sql, Int32(bindings.count), types, values, nil, nil, 0)
            }
        }
    }

    /// The query's bindings, refused when one cannot travel as a C string.
    func checkedBindings(_ query: Query) throws(PostgresError) -> [Query.Binding] {
        let bindings = query.bindings
        // libpq takes parameters as C strings: a NUL would end one early and store less than given.
        if let index = bindings.firstIndex(where: { $0.text?.utf8.contains(0) == true }) {
            throw .nulInParameter(position: index + 1)
        }
        return bindings
    }

    /// Takes ownership of `result` and turns an error status into a thrown error.
    @discardableResult
    func check(_ result: OpaquePointer?, expecting accepted: [ExecStatusType]) throws(PostgresError) -> QueryResult {
        let handle = try openHandle()
        guard let result else {
            throw PQstatus(handle) == CONNECTION_BAD
                ? .connectionLost(message: Self.lastError(handle))
                : .unexpectedResult(Self.lastError(handle))
        }
        let owned = QueryResult(owning: result)
        let status = PQresultStatus(result)
        if accepted.contains(status) { return owned }
        if status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR {
            let broken = PQstatus(handle) == CONNECTION_BAD
            if let error = owned.serverError() {
                throw broken ? .connectionLost(message: error.message) : .server(error)
            }
            throw broken ? .connectionLost(message: Self.lastError(handle)) : .unexpectedResult(Self.lastError(handle))
        }
        throw .unexpectedResult(String(cString: PQresStatus(status)))
    }

    static func lastError(_ handle: OpaquePointer) -> String {
        // libpq's messages span lines with indented continuations; callers print one line.
        String(cString: PQerrorMessage(handle))
            .split(whereSeparator: \.isNewline)
            .map { $0.drop(while: \.isWhitespace) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

/// A connection is not safe for concurrent use; see `Connection`.
@available(*, unavailable)
extension Connection: Sendable {}

/// Where a connection stands with respect to transactions (`PQtransactionStatus`).
public enum TransactionStatus: Sendable {
    case idle, active, inTransaction, failed, unknown
}
