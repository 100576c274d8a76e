import Foundation
import Glibc
import TestSupport

/// Runs the `engage` binary on a pseudo-terminal, as a person at a terminal would: its standard
/// input, output and error are the terminal, and the test reads what the screen shows, types
/// lines, or interrupts it.
///
/// What the screen shows includes the terminal's own echo of what is typed, so a line typed
/// while echo is on appears in `screen`: that is how a test sees that echo was off.
final class TerminalRunner {
    /// The controlling side of the pseudo-terminal (what a terminal emulator holds).
    private let master: Int32
    private let process = Process()
    /// Everything the terminal has shown so far.
    private(set) var screen = ""

    /// Starts `engage` with `arguments` against `database`.
    init(_ arguments: [String], database: TestDatabase) throws {
        let pseudoTerminal = try PseudoTerminalCalls()
        master = pseudoTerminal.open(O_RDWR | O_NOCTTY)
        guard master >= 0, pseudoTerminal.grant(master) == 0, pseudoTerminal.unlock(master) == 0 else {
            throw Self.failure("posix_openpt")
        }
        var name = [CChar](repeating: 0, count: 128)
        guard pseudoTerminal.name(master, &name, name.count) == 0 else { throw Self.failure("ptsname_r") }
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let terminal = open(path, O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { throw Self.failure("open the terminal") }
        defer { close(terminal) }
        let handle = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        process.executableURL = EngageRunner.binary
        process.arguments = arguments
        var environment = database.environment
        environment["ENGAGE_USER"] = "cli-tests"
        process.environment = environment
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try Self.withSignalsUnblocked { try process.run() }
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Whether the terminal echoes what is typed, now.
    var echoes: Bool {
        var settings = termios()
        return tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Reads what the terminal shows until `text` is on the screen, or `seconds` pass.
    /// - Returns: Whether `text` appeared.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !screen.contains(text) && Date() < deadline {
            guard readAvailable(waitingMilliseconds: 100) else { break }
        }
        return screen.contains(text)
    }

    /// Types `line` and Enter.
    func type(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Sends SIGINT, as Ctrl-C would.
    func interrupt() {
        kill(process.processIdentifier, SIGINT)
    }

    /// Waits for the process to end and reads the rest of the screen.
    /// - Returns: The exit status, or the signal that ended it.
    func finish() -> (status: Int32, signalled: Bool) {
        process.waitUntilExit()
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline && readAvailable(waitingMilliseconds: 100) {}
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
    }

    /// Appends what the terminal shows within `waitingMilliseconds` to `screen`.
    /// - Returns: False once the terminal is closed (the process ended and all was read).
    private func readAvailable(waitingMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, waitingMilliseconds)
        guard ready > 0 else { return ready == 0 || errno == EINTR }
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        screen += String(decoding: buffer[..<count], as: UTF8.self)
        return true
    }

    /// Runs `body` with no signal blocked in this thread, so that a child started in it can be
    /// interrupted as from a shell: the test runner's worker threads block signals, and a
    /// child inherits its parent thread's mask.
    private static func withSignalsUnblocked<Value>(_ body: () throws -> Value) rethrows -> Value {
        var none = sigset_t(), previous = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    private static func failure(_ what: String) -> any Error {
        CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what) failed: errno \(errno)"])
    }
}
