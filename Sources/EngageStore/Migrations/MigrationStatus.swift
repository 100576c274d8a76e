import EngageCore
import FoundationEssentials

/// How a list of migrations compares with what a database has applied.
public struct MigrationStatus: Sendable {
    /// One migration's state.
    public enum State: Equatable, Sendable {
        case applied(Date)
        case pending
        /// Applied, but the file has changed since: its checksum differs.
        case changed(Date)
    }

    /// A migration and its state.
    public struct Entry: Sendable {
        public let migration: Migration
        public let state: State
    }

    /// Every known migration, in version order.
    public let entries: [Entry]
    /// Applied migrations that the list does not know (the database is newer than this binary).
    public let unknown: [String]

    /// The highest applied version, 0 when none.
    public var currentVersion: Int {
        entries.filter { $0.state != .pending }.map(\.migration.version).max() ?? 0
    }

    /// Migrations not applied yet.
    public var pending: [Migration] { entries.filter { $0.state == .pending }.map(\.migration) }

    /// Refuses to go on when an applied file changed or the database knows migrations this binary does not.
    /// - Throws: `EngageError.refused` naming the file.
    public func verify() throws(EngageError) {
        for case let entry in entries {
            guard case .changed = entry.state else { continue }
            throw EngageError(.refused, "migration \(entry.migration.fileName) was edited after it was applied (its checksum differs)",
                              hint: "restore the applied version (e.g. from git) and put the change in a new migration file")
        }
        if let first = unknown.first {
            throw EngageError(.refused, "the database has migration \(first), which this engage does not know",
                              hint: "upgrade engage to the version that wrote it")
        }
    }
}
