extension Store {
    /// Applies every pending migration; see `Migrator.migrate`.
    /// - Parameters:
    ///   - migrations: All known migrations, in version order.
    ///   - onApplied: Called after each migration commits, with how long it took.
    /// - Returns: The migrations applied now.
    /// - Throws: `EngageError.refused` for a changed, unknown or failing migration; `DatabaseUnavailable`.
    @discardableResult
    public func migrate(_ migrations: [Migration], onApplied: (Migration, Duration) -> Void = { _, _ in }) throws -> [Migration] {
        try translatingErrors { try Migrator(connection: connection).migrate(migrations, onApplied: onApplied) }
    }

    /// Compares the migrations with what the database has applied; see `Migrator.status`.
    /// - Parameter migrations: All known migrations.
    /// - Throws: `DatabaseUnavailable`.
    public func migrationStatus(of migrations: [Migration]) throws -> MigrationStatus {
        try translatingErrors { try Migrator(connection: connection).status(of: migrations) }
    }
}
