import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

/// Runs `body` with a store on a new migrated database.
func withStore<Value>(actor: String = "tester", _ body: (Store, Connection) throws -> Value) throws -> Value {
    try TestDatabase.withMigrated { database in
        let store = Store(connection: try database.connect(), actor: actor)
        let probe = try database.connect()
        defer { store.close(); probe.close() }
        return try body(store, probe)
    }
}

/// The repository's migrations folder.
let migrationsFolder = TestServer.repositoryRoot.appendingPathComponent("migrations")

/// A scratch folder with copies of the repository's migrations, removed afterwards.
func withMigrationsCopy<Value>(_ body: (URL) throws -> Value) throws -> Value {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("engage-migrations-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: migrationsFolder, to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// A single integer from a query.
func count(_ connection: Connection, _ query: Query) throws -> Int {
    try connection.execute(query).singleRow().decode(at: 0, as: Int.self)
}

/// The EngageError a call threw, or nil (recording an issue when it threw something else).
func engageError(_ body: () throws -> Void) -> EngageError? {
    do { try body() } catch let error as EngageError { return error } catch { Issue.record("unexpected error: \(error)") }
    return nil
}
