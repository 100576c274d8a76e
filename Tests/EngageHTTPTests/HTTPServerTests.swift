import Dispatch
import EngageHTTP
import TestSupport
import Glibc
import Testing

@Suite("Serving over sockets")
struct HTTPServerTests {
    private static let get = "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"

    private func router(gate: Gate? = nil) -> Router {
        var router = Router()
        router.get("/hello") { _ in .text("hello") }
        router.post("/echo") { request in .json(request.body) }
        router.get("/slow") { _ in
            gate?.started.signal()
            _ = gate?.release.wait(timeout: .now() + .seconds(20))
            return .text("slow done")
        }
        return router
    }

    @Test("Port 0 picks a free port; starting twice is refused")
    func port() throws {
        try withServer(router: router()) { server, port in
            #expect(port > 0)
            #expect(throws: HTTPServerError.alreadyStarted) { try server.start() }
        }
    }

    @Test("Keep-alive: two requests on one connection, each with its own request id")
    func keepAlive() throws {
        try withServer(router: router()) { _, port in
            let client = try #require(RawClient(port: port))
            client.send(Self.get)
            let first = try #require(client.readResponse())
            client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
            let second = try #require(client.readResponse())
            #expect(first.status == 200 && first.body == "hello")
            #expect(first.header("Connection") == "keep-alive")
            #expect(second.status == 200 && second.body == #"{"a":1}"#)
            #expect(first.header("X-Request-ID") != second.header("X-Request-ID"))
        }
    }

    @Test("Pipelined requests are answered in order")
    func pipelining() throws {
        try withServer(router: router()) { _, port in
            let client = try #require(RawClient(port: port))
            client.send("GET /nowhere HTTP/1.1\r\nHost: t\r\n\r\n" + Self.get + "HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n" + Self.get)
            #expect(client.readResponse()?.status == 404)
            #expect(client.readResponse()?.body == "hello")
            let head = try #require(client.readResponse(bodyless: true))
            #expect(head.status == 200 && head.header("Content-Length") == "5")
            #expect(client.readResponse()?.body == "hello")
        }
    }

    @Test("Connection: close is honoured; HTTP/1.0 closes unless it asks for keep-alive")
    func connectionClose() throws {
        try withServer(router: router()) { _, port in
            let closing = try #require(RawClient(port: port))
            closing.send("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            #expect(closing.readResponse()?.header("Connection") == "close")
            #expect(closing.isClosedByServer())

            let old = try #require(RawClient(port: port))
            old.send("GET /hello HTTP/1.0\r\n\r\n")
            #expect(old.readResponse()?.body == "hello")
            #expect(old.isClosedByServer())

            let oldKept = try #require(RawClient(port: port))
            oldKept.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(oldKept.readResponse()?.header("Connection") == "keep-alive")
            oldKept.send("GET /hello HTTP/1.0\r\n\r\n")
            #expect(oldKept.readResponse()?.body == "hello")
        }
    }

    @Test("Limits over the wire: 431, 413, 411, 501, 400, each closing the connection", arguments: [
        ("GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: \(String(repeating: "a", count: 2000))\r\n\r\n", 431),
        ("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2000\r\n\r\n", 413),
        ("POST /echo HTTP/1.1\r\nHost: t\r\n\r\n", 411),
        ("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 501),
        ("NOT A REQUEST\r\n\r\n", 400),
    ])
    func limits(request: String, status: Int) throws {
        try withServer({ $0.maxHeaderBytes = 1024; $0.maxBodyBytes = 1000 }, router: router()) { _, port in
            let client = try #require(RawClient(port: port))
            client.send(request)
            let response = try #require(client.readResponse())
            #expect(response.status == status)
            #expect(response.header("Connection") == "close")
            #expect(response.body.hasPrefix(#"{"error":{"code":"#))
            #expect(client.isClosedByServer())
        }
    }

    @Test("A slow head is answered 408; a silent keep-alive connection is closed quietly")
    func timeouts() throws {
        try withServer({ $0.headerTimeout = .milliseconds(300); $0.idleTimeout = .milliseconds(300) }, router: router()) { _, port in
            let slow = try #require(RawClient(port: port))
            slow.send("GET /hello HTTP/1.1\r\nHost: t\r\n")
            #expect(slow.readResponse()?.status == 408)
            #expect(slow.isClosedByServer())

            let idle = try #require(RawClient(port: port))
            idle.send(Self.get)
            #expect(idle.readResponse()?.status == 200)
            #expect(idle.isClosedByServer())
        }
    }

    @Test("Beyond the connection cap: 503 and close, while the others are still served")
    func connectionCap() throws {
        try withServer({ $0.maxConnections = 2 }, router: router()) { _, port in
            let first = try #require(RawClient(port: port))
            let second = try #require(RawClient(port: port))
            for client in [first, second] {
                client.send(Self.get)
                #expect(client.readResponse()?.status == 200)
            }
            let third = try #require(RawClient(port: port))
            let refused = try #require(third.readResponse())
            #expect(refused.status == 503)
            #expect(refused.body.contains("service_unavailable"))
            #expect(third.isClosedByServer())
            for client in [first, second] {
                client.send(Self.get)
                #expect(client.readResponse()?.body == "hello")
            }
            first.send("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            #expect(first.readResponse()?.status == 200)
            #expect(first.isClosedByServer())
            let fourth = try #require(RawClient(port: port))
            fourth.send(Self.get)
            #expect(fourth.readResponse()?.status == 200)
        }
    }

    @Test("One access-log line per request, without the query string or header values")
    func accessLog() throws {
        let log = AccessLog()
        var id: String?
        try withServer(router: router(), log: log) { _, port in
            let client = try #require(RawClient(port: port))
            client.send("GET /hello?token=sekrit HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer sekrit\r\n\r\n")
            id = client.readResponse()?.header("X-Request-ID")
            client.send("GET /nowhere HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = client.readResponse()
        }
        do {  // the server has stopped, so every line is written
            let entries = log.entries
            #expect(entries.count == 2)
            let entry = try #require(entries.first)
            #expect(entry.method == "GET" && entry.path == "/hello" && entry.status == 200)
            #expect(entry.requestID == id)
            #expect(entry.description.hasPrefix("GET /hello 200 "))
            #expect(entries.allSatisfy { !$0.description.contains("sekrit") })
            #expect(entries.last?.status == 404)
        }
    }

    @Test("stop(deadline:) stops accepting and lets an in-flight request finish")
    func gracefulStop() throws {
        let gate = Gate()
        var configuration = HTTPConfiguration(host: "127.0.0.1", port: 0)
        configuration.workerThreads = 2
        let server = HTTPServer(configuration: configuration, responder: router(gate: gate))
        try server.start()
        let port = try #require(server.port)
        let client = try #require(RawClient(port: port))
        client.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(waits(gate.started))
        let stopped = inBackground { server.stop(deadline: .now + .seconds(20)) }
        var refused = false
        for _ in 0..<200 where !refused {
            refused = RawClient(port: port) == nil
            if !refused { Thread.sleep(milliseconds: 50) }
        }
        #expect(refused, "no longer accepting")
        gate.release.signal()
        let response = try #require(client.readResponse())
        #expect(response.body == "slow done")
        #expect(response.header("Connection") == "close")
        #expect(waits(stopped))
        #expect(server.port == nil)
    }

    @Test("At the deadline, stop closes a request still running")
    func forcedStop() throws {
        let gate = Gate()
        let server = HTTPServer(configuration: HTTPConfiguration(host: "127.0.0.1", port: 0), responder: router(gate: gate))
        try server.start()
        let port = try #require(server.port)
        let client = try #require(RawClient(port: port))
        client.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(waits(gate.started))
        let stopped = inBackground { server.stop(deadline: .now + .milliseconds(200)) }
        #expect(waits(stopped))
        #expect(client.readResponse() == nil)
        gate.release.signal()
    }

    @Test("A signal stops the server through stopOnSignals")
    func signals() throws {
        let server = HTTPServer(configuration: HTTPConfiguration(host: "127.0.0.1", port: 0), responder: router())
        try server.start()
        server.stopOnSignals([SIGUSR2], grace: .seconds(1))
        // Dispatch registers the source asynchronously, and a signal before that is ignored:
        // signal until the server stops (or ten seconds pass).
        let stopped = inBackground { server.waitUntilStopped() }
        var attempts = 0
        while stopped.wait(timeout: .now() + .milliseconds(100)) == .timedOut && attempts < 100 {
            kill(getpid(), SIGUSR2)
            attempts += 1
        }
        #expect(attempts < 100)
        #expect(server.port == nil)
    }
}

/// Lets a test know a handler started, and lets the handler go on.
final class Gate: Sendable {
    let started = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
}

enum Thread {
    static func sleep(milliseconds: Int) {
        usleep(UInt32(milliseconds * 1000))
    }
}
