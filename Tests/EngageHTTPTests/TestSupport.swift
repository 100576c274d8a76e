import Dispatch
import EngageHTTP
import Synchronization
import Testing

/// Collects values from any thread.
final class Seen: Sendable {
    private let storage = Mutex<[String]>([])

    func record(_ value: String) { storage.withLock { $0.append(value) } }

    var values: [String] { storage.withLock { $0 } }
}

/// Collects access-log entries from any thread.
final class AccessLog: Sendable {
    private let storage = Mutex<[HTTPAccessLogEntry]>([])

    func record(_ entry: HTTPAccessLogEntry) { storage.withLock { $0.append(entry) } }

    var entries: [HTTPAccessLogEntry] { storage.withLock { $0 } }
}

/// Runs `body` against a started server on 127.0.0.1 with a port the system picked, then stops
/// it.
func withServer(
    _ configure: (inout HTTPConfiguration) -> Void = { _ in }, router: Router, log: AccessLog = AccessLog(),
    _ body: (HTTPServer, Int) throws -> Void
) throws {
    var configuration = HTTPConfiguration(host: "127.0.0.1", port: 0)
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, responder: router) { log.record($0) }
    try server.start()
    defer { server.stop(grace: .seconds(5)) }
    let port = try #require(server.port)
    try body(server, port)
}

/// Runs `work` on another thread; the returned semaphore is signalled when it ends.
func inBackground(_ work: @escaping @Sendable () -> Void) -> DispatchSemaphore {
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        work()
        done.signal()
    }
    return done
}

/// Whether `semaphore` is signalled within `seconds`.
func waits(_ semaphore: DispatchSemaphore, seconds: Int = 10) -> Bool {
    semaphore.wait(timeout: .now() + .seconds(seconds)) == .success
}
