import EngageStore
import Foundation
import Postgres

extension TestDatabase {
    /// Runs `body` with a new database holding the current schema, dropped afterwards.
    ///
    /// The schema comes from a template database migrated once with the repository's
    /// `migrations/` and named after their content, so a changed migration gets a new template.
    public static func withMigrated<Value>(_ body: (TestDatabase) throws -> Value) throws -> Value {
        try with(template: MigratedTemplate.ensure(), body)
    }
}

/// The migrated template database the tests copy.
enum MigratedTemplate {
    /// Advisory lock key that serialises template creation across test processes.
    private static let lockKey: Int64 = 0x656E_6761_6765_5454

    /// The repository's migrations.
    static func migrations() throws -> [Migration] {
        try MigrationSource.directory(TestServer.repositoryRoot.appendingPathComponent("migrations")).load()
    }

    /// Creates the template when missing and returns its name.
    static func ensure() throws -> String {
        let migrations = try migrations()
        let name = "engage_tpl_" + String(fingerprint(migrations), radix: 16)
        try TestServer.withAdmin { admin in
            try admin.execute("SELECT pg_advisory_lock(\(lockKey))")
            defer { _ = try? admin.execute("SELECT pg_advisory_unlock(\(lockKey))") }
            let exists = try admin.execute("SELECT count(*) AS n FROM pg_database WHERE datname = \(name)")
                .singleRow().decode("n", as: Int.self) == 1
            guard !exists else { return }
            let building = name + "_building"
            try admin.executeScript("DROP DATABASE IF EXISTS \(TestDatabase.quoted(building)) WITH (FORCE)")
            try admin.executeScript("CREATE DATABASE \(TestDatabase.quoted(building)) TEMPLATE template0")
            let connection = try TestServer.connect(to: building)
            try Migrator(connection: connection).migrate(migrations)
            connection.close()
            try admin.executeScript("ALTER DATABASE \(TestDatabase.quoted(building)) RENAME TO \(TestDatabase.quoted(name))")
        }
        return name
    }

    /// FNV-1a over the migrations' names and content: stable across processes, unlike `Hasher`.
    private static func fingerprint(_ migrations: [Migration]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in migrations.flatMap({ Array(($0.fileName + "\u{0}" + $0.sql).utf8) }) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
