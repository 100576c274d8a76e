import EngageCore
import Glibc

/// A line typed at the terminal without echo, for passwords.
///
/// Echo is turned off (ECHO cleared with `tcsetattr`) only while the line is read, and the
/// terminal is put back as it was on every way out: on return, on a thrown error, and on
/// SIGINT (Ctrl-C), SIGTERM, SIGHUP or SIGQUIT, whose handlers restore it, end the line and then
/// let the signal do what it would have done. The line typed never reaches any output.
enum HiddenInput {
    /// The terminal's settings before echo was turned off, for the signal handlers (which can
    /// capture nothing); written before they are installed, read only by them.
    private nonisolated(unsafe) static let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)

    /// The signals after which the terminal must not be left without echo.
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Writes `prompt` to standard error, reads one line from standard input (a terminal) without
    /// echo, then ends the line on standard error (the typed newline was not echoed either).
    /// - Returns: The line's bytes; nil when the input ended first (Ctrl-D).
    /// - Throws: `EngageError.invalid` when the terminal's echo cannot be turned off.
    static func readLine(prompt: String) throws(EngageError) -> [UInt8]? {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { throw cannotHide() }
        var hidden = original
        hidden.c_lflag &= ~tcflag_t(ECHO)
        saved.pointee = original
        let previous = installHandlers()
        defer { restoreHandlers(previous) }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0 else { throw cannotHide() }
        defer {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &original)
            Console.error("\n")
        }
        Console.error(prompt)
        return LineReader.readLine(from: STDIN_FILENO)
    }

    private static func cannotHide() -> EngageError {
        EngageError(.invalid, "cannot turn off the terminal's echo to read a password",
                    hint: "nothing was changed; pipe the password in with --password-stdin")
    }

    /// Installs the handlers that restore the terminal; returns the handlers they replace.
    private static func installHandlers() -> [(signal: Int32, handler: __sighandler_t?)] {
        signals.map { number in
            (number, signal(number) { received in
                _ = tcsetattr(STDIN_FILENO, TCSANOW, HiddenInput.saved)
                var newline = UInt8(ascii: "\n")
                _ = write(STDERR_FILENO, &newline, 1)
                _ = signal(received, SIG_DFL)
                _ = raise(received)
            })
        }
    }

    private static func restoreHandlers(_ previous: [(signal: Int32, handler: __sighandler_t?)]) {
        for (number, handler) in previous { _ = signal(number, handler) }
    }
}
