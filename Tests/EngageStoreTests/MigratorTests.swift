import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Migrations")
struct MigratorTests {
    @Test("An empty database gets every migration, recorded with its checksum; running again changes nothing")
    func applyThenNoOp() throws {
        try TestDatabase.withEmpty { database in
            let connection = try database.connect()
            defer { connection.close() }
            let migrations = try MigrationSource.directory(migrationsFolder).load()
            let migrator = Migrator(connection: connection)
            #expect(try migrator.status(of: migrations).pending.count == migrations.count)

            var reported: [String] = []
            let applied = try migrator.migrate(migrations) { migration, _ in reported.append(migration.fileName) }
            #expect(applied.map(\.fileName) == migrations.map(\.fileName))
            #expect(reported == migrations.map(\.fileName))
            #expect(try count(connection, "SELECT count(*) FROM schema_migrations WHERE checksum ~ '^[0-9a-f]{64}$'") == migrations.count)
            #expect(try count(connection, "SELECT count(*) FROM regions") == 9)

            #expect(try migrator.migrate(migrations).isEmpty)
            let status = try migrator.status(of: migrations)
            #expect(status.pending.isEmpty)
            #expect(status.currentVersion == migrations.last?.version)
        }
    }

    @Test("An applied file that was edited is refused, naming the file")
    func checksumMismatch() throws {
        try withMigrationsCopy { folder in
            try TestDatabase.withEmpty { database in
                let connection = try database.connect()
                defer { connection.close() }
                let migrator = Migrator(connection: connection)
                try migrator.migrate(try MigrationSource.directory(folder).load())
                let file = folder.appendingPathComponent("0001_initial.sql")
                try (String(contentsOf: file, encoding: .utf8) + "\n-- an afterthought\n").write(to: file, atomically: true, encoding: .utf8)

                let error = engageError { try migrator.migrate(try MigrationSource.directory(folder).load()) }
                #expect(error?.kind == .refused)
                #expect(error?.message == "migration 0001_initial.sql was edited after it was applied (its checksum differs)")
                let status = try migrator.status(of: try MigrationSource.directory(folder).load())
                guard case .changed = status.entries.first?.state else { Issue.record("expected a changed entry"); return }
            }
        }
    }

    @Test("A failing migration is rolled back whole and names its file, line and statement")
    func failingMigration() throws {
        try withMigrationsCopy { folder in
            let broken = """
                -- adds widgets
                CREATE TABLE widgets (id int PRIMARY KEY);

                INSERT INTO widgets VALUES (1);
                SELECT id,
                    no_such_column FROM widgets;
                """
            try broken.write(to: folder.appendingPathComponent("0900_broken.sql"), atomically: true, encoding: .utf8)
            try TestDatabase.withEmpty { database in
                let connection = try database.connect()
                defer { connection.close() }
                let migrations = try MigrationSource.directory(folder).load()
                let error = engageError { try Migrator(connection: connection).migrate(migrations) }
                #expect(error?.message == #"migration 0900_broken.sql failed at line 6 (SELECT id,): column "no_such_column" does not exist"#)
                let before = migrations.dropLast().last?.version ?? 0
                #expect(error?.hint?.contains("stays at version \(before)") == true)
                #expect(try count(connection, "SELECT count(*) FROM schema_migrations WHERE version = 900") == 0)
                #expect(try count(connection, "SELECT count(*) FROM pg_class WHERE relname = 'widgets'") == 0)
                #expect(try count(connection, "SELECT max(version) FROM schema_migrations") == before)
            }
        }
    }

    @Test("Migrators racing on one database all succeed and apply each file once")
    func concurrentMigrators() throws {
        try TestDatabase.withEmpty { database in
            let migrations = try MigrationSource.directory(migrationsFolder).load()
            let results = runConcurrently(6) { _ in
                let connection = try database.connect()
                defer { connection.close() }
                return try Migrator(connection: connection).migrate(migrations).count
            }
            let applied = try results.map { try $0.get() }
            #expect(applied.reduce(0, +) == migrations.count, "exactly one migrator applies each file")
            let connection = try database.connect()
            defer { connection.close() }
            #expect(try count(connection, "SELECT count(*) FROM schema_migrations") == migrations.count)
        }
    }

    @Test("A database with a migration this binary does not know is refused")
    func unknownApplied() throws {
        try TestDatabase.withMigrated { database in
            let connection = try database.connect()
            defer { connection.close() }
            try connection.execute("""
                INSERT INTO schema_migrations (version, name, checksum, duration_ms) VALUES (9999, '9999_future', repeat('0', 64), 0)
                """)
            let error = engageError { try Migrator(connection: connection).migrate(try MigrationSource.directory(migrationsFolder).load()) }
            #expect(error?.message == "the database has migration 9999_future (version 9999), which this engage does not know")
        }
    }

    @Test("The SQL embedded in the binary is the migrations folder, file for file")
    func embeddedMatchesFolder() throws {
        let embedded = try MigrationSource.embedded.load()
        let folder = try MigrationSource.directory(migrationsFolder).load()
        #expect(embedded.map(\.fileName) == folder.map(\.fileName), "run scripts/embed-migrations")
        for (copy, file) in zip(embedded, folder) {
            let same = copy.sql == file.sql
            #expect(same, "\(file.fileName) differs from its embedded copy: run scripts/embed-migrations")
        }
    }

    @Test("Badly named files and repeated versions are refused")
    func badNames() throws {
        #expect(engageError { _ = try Migration(fileName: "1_initial.sql", sql: "") }?.kind == .invalid)
        #expect(engageError { _ = try Migration(fileName: "0002-Add Things.sql", sql: "") }?.kind == .invalid)
        try withMigrationsCopy { folder in
            try "SELECT 1;".write(to: folder.appendingPathComponent("0001_again.sql"), atomically: true, encoding: .utf8)
            let error = engageError { _ = try MigrationSource.directory(folder).load() }
            #expect(error?.message.contains("share version 1") == true)
        }
    }

    @Test("Migrations are found in the repository from any folder inside it, else the embedded copy is used")
    func discovery() {
        let inside = TestServer.repositoryRoot.appendingPathComponent("Sources/EngageCore")
        #expect(MigrationSource.discover(environment: [:], workingDirectory: inside) == .directory(migrationsFolder))
        #expect(MigrationSource.discover(environment: [:], workingDirectory: URL(fileURLWithPath: "/")) == .embedded)
        #expect(MigrationSource.discover(environment: ["ENGAGE_MIGRATIONS": "/srv/m"], workingDirectory: inside)
                == .directory(URL(fileURLWithPath: "/srv/m", isDirectory: true)))
    }
}
