import EngageCore
import Postgres

/// The engage database: every read and change the faces need.
///
/// Each public method is one transaction: it commits whole or changes nothing. Writes add a row
/// to the audit log naming `actor`. A store holds one connection and, like it, is used by one
/// thread at a time.
public struct Store {
    let connection: Connection
    /// Who is making changes, for the audit log (a login name, or a token's user).
    public let actor: String
    /// The officer this store records for, when it may change only the records of authorities
    /// that officer leads (an officer's token); nil for a manager or the command line. Each
    /// change checks it under the authority's row lock, in the change's own transaction, so a
    /// reassignment committed first always wins.
    public let recordingLead: String?

    /// Wraps an open connection.
    /// - Parameters:
    ///   - connection: A connection to a migrated engage database.
    ///   - actor: Who is making changes, for the audit log.
    ///   - recordingLead: The officer whose authorities alone it may change, or nil for all.
    public init(connection: Connection, actor: String, recordingLead: String? = nil) {
        self.connection = connection
        self.actor = actor
        self.recordingLead = recordingLead
    }

    /// Opens a connection and wraps it.
    /// - Parameters:
    ///   - conninfo: A conninfo string or URL; nil uses libpq's defaults and the `PG*` environment.
    ///   - actor: Who is making changes, for the audit log.
    /// - Throws: `DatabaseUnavailable` when the database cannot be reached.
    public static func open(_ conninfo: String?, actor: String) throws -> Store {
        try translatingErrors { Store(connection: try Connection(conninfo), actor: actor) }
    }

    /// The same store, on the same connection, acting as someone else: e.g. once a service has
    /// learnt whose token came with a request.
    /// - Parameters:
    ///   - actor: Who is making changes, for the audit log.
    ///   - recordingLead: The officer whose authorities alone it may change, or nil for all.
    public func acting(as actor: String, recordingLead: String? = nil) -> Store {
        Store(connection: connection, actor: actor, recordingLead: recordingLead)
    }

    /// Closes the connection. Calling it again does nothing.
    public func close() { connection.close() }

    /// How many times a write is tried when it meets a serialization failure or a deadlock.
    static let writeAttempts = 4

    /// Runs `body` in one transaction, turning refusals the database reports into `EngageError`s.
    /// A serialization failure or deadlock runs it again from the start, up to `writeAttempts`
    /// times with a short random pause, then gives `DatabaseBusy`.
    func write<Value>(_ body: (Connection) throws -> Value) throws -> Value {
        do {
            return try translatingErrors {
                try connection.retryingTransaction(.readCommitted, maxAttempts: Self.writeAttempts, body)
            }
        } catch let error as PostgresError where error.sqlState?.isTransient == true {
            throw DatabaseBusy(cause: .conflict(attempts: Self.writeAttempts))
        }
    }

    /// Runs a read, turning refusals the database reports into `EngageError`s.
    func read<Value>(_ body: (Connection) throws -> Value) throws -> Value {
        try translatingErrors { try body(connection) }
    }

    /// Runs a read of several queries against one snapshot of the database (a REPEATABLE READ
    /// transaction), so its queries agree with each other; inside a `snapshot` already, it joins
    /// that one.
    func consistentRead<Value>(_ body: (Connection) throws -> Value) throws -> Value {
        try translatingErrors {
            guard connection.transactionStatus == .idle else { return try body(connection) }
            return try connection.transaction(.repeatableRead, body)
        }
    }

    /// Runs several reads as of one moment: what another connection commits meanwhile is not
    /// seen, so a page or an export assembled from many reads is consistent (the board's counts
    /// agree with its cards).
    /// - Parameter body: The reads, on this store. Changes are refused: a write cannot start
    ///   inside the snapshot's transaction.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws; nothing is written either way.
    public func snapshot<Value>(_ body: (Store) throws -> Value) throws -> Value {
        try consistentRead { _ in try body(self) }
    }

    /// Records a change in the audit log, inside the caller's transaction, so that a change and
    /// its audit row commit or vanish together.
    /// - Parameters:
    ///   - action: What happened, `noun.verb`, e.g. `authority.assign`.
    ///   - entity: The kind of record, e.g. `authority`.
    ///   - id: The record's id.
    ///   - details: What changed, e.g. `AuditChange(before:after:)`; encoded as JSON.
    ///   - person: Who acted, when not the store's actor (a person signing in to the board).
    func audit(_ connection: Connection, action: String, entity: String, id: Int64?, details: some Encodable,
               by person: String? = nil) throws {
        try connection.execute("""
            INSERT INTO audit_log (actor, action, entity, entity_id, details)
            VALUES (\(person ?? actor), \(action), \(entity), \(id), \(try AuditJSON.encode(details))::jsonb)
            """)
    }
}

@available(*, unavailable)
extension Store: Sendable {}
