import Foundation
import TestSupport

/// What one run of the `engage` binary produced.
struct EngageRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard error's lines.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the built `engage` binary as a user would, against `database` (or none).
enum EngageRunner {
    /// The binary next to the test bundle (`swift test` builds it, the test target depends on it).
    static let binary: URL = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = bundleFolder.appendingPathComponent("engage")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestServer.repositoryRoot.appendingPathComponent(".build/debug/engage")
    }()

    /// Runs `engage` with `arguments`.
    /// - Parameters:
    ///   - arguments: The command line after `engage`.
    ///   - database: The database to use through `PG*` variables; nil leaves the environment as it is.
    ///   - environment: Extra variables, overriding the others.
    ///   - directory: The working directory; a neutral temporary folder by default.
    ///   - input: What standard input holds; nil gives it nothing (`/dev/null`), never the
    ///     terminal the tests may run on.
    static func run(_ arguments: [String], database: TestDatabase? = nil, environment extra: [String: String] = [:],
                    directory: URL = FileManager.default.temporaryDirectory, input: String? = nil) throws -> EngageRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = database?.environment ?? ProcessInfo.processInfo.environment
        environment["ENGAGE_USER"] = "cli-tests"
        environment["COLUMNS"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.currentDirectoryURL = directory
        // Files, not pipes: a chatty child can never block on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("engage-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        try Data().write(to: out)
        try Data().write(to: err)
        if let input {
            let file = scratch.appendingPathComponent("in")
            try Data(input.utf8).write(to: file)
            process.standardInput = try FileHandle(forReadingFrom: file)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return EngageRun(status: process.terminationStatus,
                         stdout: try String(contentsOf: out, encoding: .utf8),
                         stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
