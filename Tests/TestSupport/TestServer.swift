import Foundation
import Postgres

/// Where the tests' PostgreSQL server is: the `PG*` environment that `scripts/test` exports,
/// or else the project-local cluster that `scripts/db start` runs.
public enum TestServer {
    /// libpq parameters for the server, without a database name.
    public static let parameters: [String: String] = {
        let environment = ProcessInfo.processInfo.environment
        var parameters: [String: String] = [:]
        if environment["PGHOST"] == nil, environment["DATABASE_URL"] == nil {
            parameters["host"] = repositoryRoot.appendingPathComponent(".local/pg/run").path
        }
        if environment["PGUSER"] == nil { parameters["user"] = "engage" }
        return parameters
    }()

    /// The repository's root folder, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Connects to a database on the test server.
    /// - Parameter database: The database's name.
    /// - Throws: `PostgresError.connectionFailed` with a hint to start the server.
    public static func connect(to database: String) throws -> Connection {
        var parameters = parameters
        parameters["dbname"] = database
        do {
            return try Connection(parameters: parameters, applicationName: "engage-tests")
        } catch {
            throw PostgresError.connectionFailed(
                message: "\(error) — the tests need a real PostgreSQL: run them with scripts/test, or start one with scripts/db start")
        }
    }

    /// The environment a child process needs to reach `database` on the test server.
    /// - Parameter database: The database's name.
    public static func environment(for database: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = nil
        environment["PGDATABASE"] = database
        if let host = parameters["host"] { environment["PGHOST"] = host }
        if let user = parameters["user"] { environment["PGUSER"] = user }
        return environment
    }

    /// Runs `body` with a connection to the server's maintenance database.
    static func withAdmin<Value>(_ body: (Connection) throws -> Value) throws -> Value {
        let admin = try connect(to: "postgres")
        defer { admin.close() }
        return try body(admin)
    }
}
