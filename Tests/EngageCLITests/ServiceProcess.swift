import Foundation
import Glibc
import TestSupport

/// An `engage serve` process on a free port, for tests over real sockets; stopped with SIGTERM.
final class ServiceProcess {
    let process = Process()
    let port: Int
    private let logFile: URL

    /// Starts `engage serve --port 0 …` against `database`, with `extra` in its environment, and
    /// waits until it listens.
    /// - Throws: when it exits or does not say where it listens within 20 seconds.
    init(database: TestDatabase, arguments: [String] = [], environment extra: [String: String] = [:]) throws {
        logFile = FileManager.default.temporaryDirectory.appendingPathComponent("engage-serve-\(UUID().uuidString).log")
        try Data().write(to: logFile)
        process.executableURL = EngageRunner.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.environment = database.environment.merging(extra) { _, given in given }
        process.currentDirectoryURL = TestServer.repositoryRoot
        process.standardError = try FileHandle(forWritingTo: logFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        port = try Self.waitForPort(in: logFile, of: process)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: logFile)
    }

    /// What the service wrote to standard error so far.
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// Sends SIGTERM and waits for the exit status.
    func stop() -> Int32 {
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// One request on a new connection; the body is JSON.
    func request(_ method: String, _ path: String, token: String? = nil, json: String? = nil) -> RawResponse? {
        Self.request(port: port, method, path, token: token, json: json)
    }

    /// One request to the service on `port`, on a new connection; the body is JSON.
    static func request(port: Int, _ method: String, _ path: String, token: String? = nil, json: String? = nil) -> RawResponse? {
        guard let client = RawClient(port: port, timeout: 30) else { return nil }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        let body = json ?? ""
        if method != "GET" { head += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
        client.send(head + "\r\n" + body)
        return client.readResponse()
    }

    private static func waitForPort(in file: URL, of process: Process) throws -> Int {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let log = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if let range = log.range(of: "listening on http://127.0.0.1:") {
                let digits = log[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return port }
            }
            guard process.isRunning else { throw ServiceFailed(log: log) }
            usleep(20_000)
        }
        throw ServiceFailed(log: (try? String(contentsOf: file, encoding: .utf8)) ?? "")
    }
}

/// `engage serve` exited, or never said where it listens.
struct ServiceFailed: Error, CustomStringConvertible {
    let log: String
    var description: String { "engage serve did not start: \(log)" }
}
