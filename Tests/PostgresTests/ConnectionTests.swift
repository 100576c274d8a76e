import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Connections")
struct ConnectionTests {
    @Test("An unreachable server is a connectionFailed error, not a crash or a hang")
    func unreachable() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-socket-dir").path
        do {
            _ = try Connection(parameters: ["host": missing, "dbname": "x"])
            Issue.record("connecting to a missing socket should fail")
        } catch {
            guard case .connectionFailed(let message) = error else { Issue.record("wrong error: \(error)"); return }
            #expect(message.contains(missing))
            #expect(error.isConnectivityFailure)
        }
    }

    @Test("A conninfo URL works as well as separate parameters")
    func conninfoURL() throws {
        try TestDatabase.withEmpty { database in
            let host = TestServer.parameters["host"] ?? ProcessInfo.processInfo.environment["PGHOST"] ?? ""
            let encodedHost = host.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? host
            let user = TestServer.parameters["user"] ?? ProcessInfo.processInfo.environment["PGUSER"] ?? ""
            let connection = try Connection("postgresql://\(user)@\(encodedHost)/\(database.name)")
            defer { connection.close() }
            let name = try connection.execute("SELECT current_database() AS name").singleRow().decode("name", as: String.self)
            #expect(name == database.name)
        }
    }

    @Test("Session settings hold even when a conninfo brings its own options")
    func sessionSettings() throws {
        try TestDatabase.withEmpty { database in
            var parameters = TestServer.parameters
            parameters["dbname"] = database.name
            parameters["options"] = "-c TimeZone=America/New_York -c DateStyle=German"
            let connection = try Connection(parameters: parameters)
            defer { connection.close() }
            let row = try connection.execute("SELECT current_setting('TimeZone') AS zone, current_setting('DateStyle') AS style").singleRow()
            #expect(try row.decode("zone", as: String.self) == "UTC")
            #expect(try row.decode("style", as: String.self) == "ISO, YMD")
            let plain = try database.connect()
            defer { plain.close() }
            let zone = try plain.execute("SELECT current_setting('TimeZone') AS zone").singleRow().decode("zone", as: String.self)
            #expect(zone == "UTC")
        }
    }

    @Test("close() is idempotent and later use says the connection is closed")
    func closeTwice() throws {
        try withConnection { connection in
            connection.close()
            connection.close()
            #expect(!connection.isOpen)
            #expect(throws: PostgresError.connectionClosed) { try connection.execute("SELECT 1") }
        }
    }

    @Test("A connection terminated by the server reports connectionLost")
    func terminated() throws {
        try TestDatabase.withEmpty { database in
            let victim = try database.connect()
            let killer = try database.connect()
            defer { killer.close(); victim.close() }
            try killer.execute("SELECT pg_terminate_backend(\(victim.backendPID))")
            do {
                try victim.execute("SELECT 1")
                Issue.record("a terminated connection should not answer")
            } catch let error as PostgresError {
                #expect(error.isConnectivityFailure, "\(error)")
            }
        }
    }
}
