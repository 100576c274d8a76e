import Foundation
import EngageStore
import Postgres

/// A database made for one test and dropped after it.
///
/// ```swift
/// try TestDatabase.withEmpty { database in
///     let connection = try database.connect()
///     …
/// }
/// ```
public struct TestDatabase: Sendable {
    /// The database's name, `engage_t_` and random hex.
    public let name: String

    /// Opens a new connection to this database.
    /// - Throws: `PostgresError.connectionFailed`.
    public func connect() throws -> Connection { try TestServer.connect(to: name) }

    /// A libpq conninfo string for this database, e.g. for a connection pool.
    public var conninfo: String {
        var parameters = TestServer.parameters
        parameters["dbname"] = name
        return parameters.sorted { $0.key < $1.key }.map { key, value in
            "\(key)='" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }.joined(separator: " ")
    }

    /// The repository's migrations, as the tests' template database has them.
    public static func migrations() throws -> [Migration] { try MigratedTemplate.migrations() }

    /// The environment under which a child process (the `engage` binary) uses this database.
    public var environment: [String: String] { TestServer.environment(for: name) }

    /// Runs `body` with a new, empty database, dropped afterwards whatever happens.
    /// - Parameter body: The test.
    public static func withEmpty<Value>(_ body: (TestDatabase) throws -> Value) throws -> Value {
        try with(template: "template0", body)
    }

    /// Runs `body` with a new database copied from `template`, dropped afterwards.
    static func with<Value>(template: String, _ body: (TestDatabase) throws -> Value) throws -> Value {
        let database = TestDatabase(name: "engage_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())
        try TestServer.withAdmin { admin in
            try admin.executeScript("CREATE DATABASE \(quoted(database.name)) TEMPLATE \(quoted(template))")
        }
        defer {
            _ = try? TestServer.withAdmin { admin in
                try admin.executeScript("DROP DATABASE IF EXISTS \(quoted(database.name)) WITH (FORCE)")
            }
        }
        return try body(database)
    }

    /// Quotes a name the tests generated themselves; refuses anything else.
    static func quoted(_ identifier: String) -> String {
        precondition(identifier.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") },
                     "test database names are generated, never taken from input")
        return "\"\(identifier)\""
    }
}
