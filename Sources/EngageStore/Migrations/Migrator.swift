import EngageCore
import FoundationEssentials
import Postgres

/// Applies migrations: each pending file in its own transaction, in version order, under a
/// PostgreSQL advisory lock so that two `engage migrate` at once are safe.
///
/// Applied files are recorded in `schema_migrations` with their SHA-256 checksum; a file edited
/// after it was applied is refused, naming the file.
public struct Migrator {
    private let connection: Connection
    /// The advisory lock key: "engage" in ASCII.
    private static let lockKey: Int64 = 0x656E_6761_6765

    /// Creates a migrator working through `connection`.
    /// - Parameter connection: A connection to the database to migrate.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// Applies every pending migration.
    /// - Parameters:
    ///   - migrations: All known migrations, in version order.
    ///   - onApplied: Called after each migration commits, with how long it took.
    /// - Returns: The migrations applied now (empty when the database was current).
    /// - Throws: `EngageError.refused` for a changed or unknown applied migration, or a failing
    ///   statement (naming file and line; that file's changes are rolled back); `PostgresError`
    ///   when the database cannot be reached.
    @discardableResult
    public func migrate(_ migrations: [Migration], onApplied: (Migration, Duration) -> Void = { _, _ in }) throws -> [Migration] {
        try connection.execute("SELECT pg_advisory_lock(\(Self.lockKey))")
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock(\(Self.lockKey))") }
        try connection.executeScript("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     integer PRIMARY KEY CHECK (version > 0),
                name        text NOT NULL,
                checksum    text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
                applied_at  timestamptz NOT NULL DEFAULT now(),
                duration_ms integer NOT NULL CHECK (duration_ms >= 0)
            )
            """)
        let status = try status(of: migrations)
        try status.verify()
        var applied: [Migration] = []
        for entry in status.entries where entry.state == .pending {
            let started = ContinuousClock.now
            try apply(entry.migration, currentVersion: applied.last?.version ?? status.currentVersion, started: started)
            onApplied(entry.migration, ContinuousClock.now - started)
            applied.append(entry.migration)
        }
        return applied
    }

    /// Compares the migrations with what the database has applied, changing nothing.
    /// - Parameter migrations: All known migrations.
    /// - Returns: Each migration's state, and any applied version the list does not know.
    /// - Throws: `PostgresError` when the database cannot be reached.
    public func status(of migrations: [Migration]) throws -> MigrationStatus {
        let exists = try connection.execute("SELECT to_regclass('schema_migrations') IS NOT NULL AS present")
            .singleRow().decode("present", as: Bool.self)
        guard exists else {
            return MigrationStatus(entries: migrations.map { .init(migration: $0, state: .pending) }, unknown: [])
        }
        var recorded: [Int: (name: String, appliedAt: Date, matches: Bool)] = [:]
        for migration in migrations {
            let rows = try connection.execute("""
                SELECT name, applied_at, checksum = encode(sha256(convert_to(\(migration.sql), 'UTF8')), 'hex') AS matches
                FROM schema_migrations WHERE version = \(migration.version)
                """)
            if let row = rows.first {
                recorded[migration.version] = (try row.decode("name"), try row.decode("applied_at"), try row.decode("matches"))
            }
        }
        let known = migrations.map(\.version)
        let unknown = try connection.execute(
            "SELECT version, name FROM schema_migrations WHERE NOT (version = ANY(\(known.map(Int64.init))::int[])) ORDER BY version"
        ).map { row in "\(try row.decode("name", as: String.self)) (version \(try row.decode("version", as: Int.self)))" }
        let entries = migrations.map { migration -> MigrationStatus.Entry in
            guard let record = recorded[migration.version] else { return .init(migration: migration, state: .pending) }
            return .init(migration: migration, state: record.matches ? .applied(record.appliedAt) : .changed(record.appliedAt))
        }
        return MigrationStatus(entries: entries, unknown: unknown)
    }

    private func apply(_ migration: Migration, currentVersion: Int, started: ContinuousClock.Instant) throws {
        try connection.transaction { connection in
            for statement in SQLScript(migration.sql).statements {
                do throws(PostgresError) {
                    try connection.executeScript(statement.text)
                } catch {
                    guard let server = error.serverError else { throw error }
                    throw Self.failure(of: migration, at: statement, error: server, currentVersion: currentVersion)
                }
            }
            let elapsed = ContinuousClock.now - started
            let milliseconds = Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            try connection.execute("""
                INSERT INTO schema_migrations (version, name, checksum, duration_ms)
                VALUES (\(migration.version), \(migration.name), encode(sha256(convert_to(\(migration.sql), 'UTF8')), 'hex'), \(milliseconds))
                """)
        }
    }

    private static func failure(of migration: Migration, at statement: SQLScript.Statement,
                                error server: ServerError, currentVersion: Int) -> EngageError {
        var line = statement.line
        if let position = server.position {
            line += statement.text.unicodeScalars.prefix(position - 1).filter { $0 == "\n" }.count
        }
        let firstLine = statement.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let excerpt = firstLine.count > 60 ? firstLine.prefix(59) + "…" : Substring(firstLine)
        return EngageError(
            .refused,
            "migration \(migration.fileName) failed at line \(line) (\(excerpt)): \(server.message)",
            hint: "nothing of it was applied; the database stays at version \(currentVersion) — fix the file and run 'engage migrate' again")
    }
}
