import Foundation
import Glibc
import Postgres
import Synchronization
import Testing
import TestSupport

/// `engage serve` as a process: real sockets, a real database, signals.
@Suite("engage serve: processes, outages, shutdown", .serialized)
struct ServiceTests {
    /// Runs a CLI command on `database`, failing the test when it fails.
    private func engage(_ arguments: [String], on database: TestDatabase) throws -> String {
        let run = try EngageRunner.run(arguments, database: database)
        #expect(run.status == 0, "engage \(arguments.joined(separator: " ")): \(run.stderr)")
        return run.stdout
    }

    /// A new token's secret.
    private func token(_ user: String, role: String, on database: TestDatabase) throws -> String {
        let output = try engage(["token", "create", "--user", user, "--role", role, "--json"], on: database)
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        return try #require(object?["secret"] as? String)
    }

    @Test("A capacity race split across two service processes still admits exactly the cap")
    func capacityRaceAcrossProcesses() throws {
        try TestDatabase.withMigrated { database in
            _ = try engage(["officer", "add", "Sam Jones", "--region", "london", "--cap", "2"], on: database)
            let names = (1...10).map { "Borough \($0)" }
            for name in names { _ = try engage(["authority", "add", name, "--region", "london"], on: database) }
            let manager = try token("Maria", role: "manager", on: database)
            let services = [try ServiceProcess(database: database), try ServiceProcess(database: database)]
            let ports = services.map(\.port)
            let results = runConcurrently(names.count) { index in
                let name = names[index].replacingOccurrences(of: " ", with: "%20")
                return ServiceProcess.request(port: ports[index % 2], "POST", "/api/authorities/\(name)/assign", token: manager,
                                                    json: #"{"officer": "Sam Jones"}"#)?.status ?? 0
            }
            let statuses = try results.map { try $0.get() }
            #expect(statuses.filter { $0 == 200 }.count == 2, "\(statuses)")
            #expect(statuses.filter { $0 == 409 }.count == 8, "\(statuses)")
            let active = try engage(["authority", "list", "--status", "active", "--json"], on: database)
            let list = try JSONSerialization.jsonObject(with: Data(active.utf8)) as? [[String: Any]]
            #expect(list?.count == 2)
            for service in services { #expect(service.stop() == 0) }
        }
    }

    @Test("A revoked token stops working at once on every service; audit rows name the token's user")
    func revocationAcrossProcesses() throws {
        try TestDatabase.withMigrated { database in
            _ = try engage(["authority", "add", "Bury", "--region", "north-west"], on: database)
            let manager = try token("Maria", role: "manager", on: database)
            let services = [try ServiceProcess(database: database), try ServiceProcess(database: database)]
            #expect(services[0].request("POST", "/api/authorities/Bury/request", token: manager, json: "{}")?.status == 200)
            for service in services { #expect(service.request("GET", "/api/authorities", token: manager)?.status == 200) }
            let audit = try engage(["audit", "--authority", "Bury", "--json"], on: database)
            #expect(audit.contains(#""actor" : "Maria""#) || audit.contains(#""actor": "Maria""#), "\(audit)")
            _ = try engage(["token", "revoke", "1"], on: database)
            for service in services { #expect(service.request("GET", "/api/authorities", token: manager)?.status == 401) }
            for service in services { #expect(service.stop() == 0) }
        }
    }

    @Test("SIGTERM lets a request in flight finish, then the service exits 0")
    func gracefulShutdown() throws {
        try TestDatabase.withMigrated { database in
            let viewer = try token("Vic", role: "viewer", on: database)
            let service = try ServiceProcess(database: database)
            let blocker = try database.connect()
            defer { blocker.close() }
            try blocker.execute("BEGIN")
            try blocker.execute("LOCK TABLE authorities IN ACCESS EXCLUSIVE MODE")
            let port = service.port
            let inFlight = Thread.detachedResult { ServiceProcess.request(port: port, "GET", "/api/authorities", token: viewer)?.status }
            usleep(400_000)
            kill(service.process.processIdentifier, SIGTERM)
            usleep(400_000)
            #expect(service.process.isRunning, "the service waits for its request")
            try blocker.execute("COMMIT")
            #expect(inFlight.wait() == 200)
            service.process.waitUntilExit()
            #expect(service.process.terminationStatus == 0)
            #expect(service.log.contains("GET /api/authorities 200"))
            #expect(RawClient(port: service.port) == nil, "nothing listens any more")
        }
    }

    @Test("A database outage gets 503 with Retry-After; the service recovers by itself")
    func outageAndRecovery() throws {
        try TestDatabase.withMigrated { database in
            let viewer = try token("Vic", role: "viewer", on: database)
            let service = try ServiceProcess(database: database)
            #expect(service.request("GET", "/api/authorities", token: viewer)?.status == 200)
            let admin = try TestServer.connect(to: "postgres")
            defer { admin.close() }
            try admin.executeScript("ALTER DATABASE \"\(database.name)\" ALLOW_CONNECTIONS false")
            try admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = \(database.name) AND application_name = 'engage serve'")
            let during = service.request("GET", "/api/authorities", token: viewer)
            #expect(during?.status == 503)
            #expect(during?.header("Retry-After") != nil)
            #expect(during?.body.contains("database_unavailable") == true)
            #expect(service.request("GET", "/health")?.status == 503)
            try admin.executeScript("ALTER DATABASE \"\(database.name)\" ALLOW_CONNECTIONS true")
            #expect(service.request("GET", "/api/authorities", token: viewer)?.status == 200)
            #expect(service.request("GET", "/health")?.status == 200)
            #expect(service.stop() == 0)
        }
    }

    @Test("One access-log line per request, without tokens or query strings")
    func accessLog() throws {
        try TestDatabase.withMigrated { database in
            let viewer = try token("Vic", role: "viewer", on: database)
            let service = try ServiceProcess(database: database)
            #expect(service.request("GET", "/api/authorities?region=london", token: viewer)?.status == 200)
            #expect(service.request("GET", "/api/nowhere", token: viewer)?.status == 404)
            #expect(service.stop() == 0)
            let lines = service.log.split(separator: "\n").filter { $0.hasPrefix("GET ") }
            #expect(lines.count == 2)
            // Workers write their line after answering, so two quick requests may log in either order.
            #expect(lines.contains { $0.hasPrefix("GET /api/authorities 200 ") })
            #expect(lines.contains { $0.hasPrefix("GET /api/nowhere 404 ") })
            #expect(!service.log.contains(viewer))
            #expect(!service.log.contains("london"))
        }
    }

    @Test("Every answer carries the production headers; behind TLS (ENGAGE_PUBLIC_URL) cookies are Secure and redirects name the address")
    func productionHeaders() throws {
        try TestDatabase.withMigrated { database in
            let viewer = try token("Vic", role: "viewer", on: database)
            let service = try ServiceProcess(database: database, environment: ["ENGAGE_PUBLIC_URL": "https://engage.example.org"])
            let api = try #require(service.request("GET", "/api/authorities", token: viewer))
            #expect(api.header("X-Content-Type-Options") == "nosniff")
            #expect(api.header("Cache-Control") == "no-store")
            let page = try #require(service.request("GET", "/", token: viewer))
            #expect(page.status == 200)
            #expect(page.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(page.header("Referrer-Policy") == "same-origin")
            #expect(page.header("Cache-Control") == "no-store")

            let setup = try database.connect()
            defer { setup.close() }
            try setup.execute("INSERT INTO users (name, role, password_hash) VALUES ('Vic', 'viewer', crypt('a long enough passphrase', gen_salt('bf', 12)))")
            let client = try #require(RawClient(port: service.port, timeout: 30))
            let form = "name=Vic&password=a+long+enough+passphrase"
            client.send("POST /signin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n" + form)
            let signedIn = try #require(client.readResponse())
            #expect(signedIn.status == 303)
            #expect(signedIn.header("Location") == "https://engage.example.org/")
            #expect(signedIn.header("Set-Cookie")?.hasSuffix("; Secure") == true)
            #expect(service.stop() == 0)
            #expect(service.log.contains("people reach it at https://engage.example.org (cookies Secure)"))
        }
    }

    @Test("Sign-in throttling holds across two service processes: five failures split between them lock the name on both")
    func throttleAcrossProcesses() throws {
        try TestDatabase.withMigrated { database in
            let setup = try database.connect()
            defer { setup.close() }
            try setup.execute("INSERT INTO users (name, role, password_hash) VALUES ('Vic', 'viewer', crypt('a long enough passphrase', gen_salt('bf', 12)))")
            let services = [try ServiceProcess(database: database), try ServiceProcess(database: database)]
            func signIn(_ service: ServiceProcess, _ password: String) throws -> RawResponse {
                let client = try #require(RawClient(port: service.port, timeout: 30))
                let form = "name=Vic&password=" + password.replacingOccurrences(of: " ", with: "+")
                client.send("POST /signin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n" + form)
                return try #require(client.readResponse())
            }
            let statuses = try (1...5).map { try signIn(services[$0 % 2], "wrong password \($0)").status }
            #expect(statuses == [401, 401, 401, 401, 429])
            for service in services {
                #expect(try signIn(service, "a long enough passphrase").status == 429, "locked on every process, even for the right password")
            }
            let audit = try setup.execute("SELECT action, details::text AS details FROM audit_log WHERE action LIKE 'signin.%'")
            #expect(audit.count == 8)
            #expect(try audit.allSatisfy { row in !(try row.decode("details", as: String.self)).contains("password") })
            let hash = try setup.execute("SELECT password_hash FROM users").singleRow().decode("password_hash", as: String.self)
            #expect(try setup.execute("SELECT count(*) FROM audit_log WHERE strpos(details::text, \(hash)) > 0")
                .singleRow().decode(at: 0, as: Int.self) == 0, "no hash in the audit log")
            for service in services {
                #expect(service.stop() == 0)
                for secret in ["wrong password", "a long enough passphrase", "passphrase", hash] {
                    #expect(!service.log.contains(secret), "the service's log holds no password or hash")
                }
            }
        }
    }

    @Test("A public address that is not one is a usage error (64) naming where it came from", arguments: [
        (["--public-url", "engage.example.org"], [:], "option '--public-url'"),
        ([], ["ENGAGE_PUBLIC_URL": "https://engage.example.org/board"], "ENGAGE_PUBLIC_URL"),
    ])
    func badPublicAddress(arguments: [String], environment: [String: String], source: String) throws {
        let run = try EngageRunner.run(["serve", "--port", "0"] + arguments, environment: environment)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("error: \(source): "), "\(run.stderr)")
    }
}

extension Thread {
    /// Runs `body` on a new thread; `wait()` gives its result.
    static func detachedResult<Value: Sendable>(_ body: @escaping @Sendable () -> Value) -> PendingResult<Value> {
        let pending = PendingResult<Value>()
        Thread { pending.fulfil(body()) }.start()
        return pending
    }
}

/// A value another thread will provide.
final class PendingResult<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func fulfil(_ value: Value) {
        self.value.withLock { $0 = value }
        done.signal()
    }

    func wait() -> Value? {
        done.wait()
        return value.withLock { $0 }
    }
}
