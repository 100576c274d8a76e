import ArgParse
import EngageCore
import Glibc

/// Where `engage user set-password` reads the new password: typed twice at the terminal without
/// echo, or the first line of standard input (`--password-stdin`, for scripts).
///
/// The text goes straight into a `Password`, checked against the rules; it is never printed,
/// and no refusal quotes it.
enum PasswordSource {
    /// The first line of standard input.
    case standardInput
    /// Typed twice at the terminal, without echo.
    case terminal

    /// The source for a run: standard input when asked, else the terminal.
    /// - Parameters:
    ///   - fromStandardInput: Whether `--password-stdin` was given.
    ///   - command: The command's path, for the usage error.
    /// - Throws: `UsageError` (exit 64) when standard input is not a terminal and
    ///   `--password-stdin` was not given: nothing could ask without echo.
    static func choose(fromStandardInput: Bool, command: [String]) throws(UsageError) -> PasswordSource {
        if fromStandardInput { return .standardInput }
        guard isatty(STDIN_FILENO) == 1 else {
            throw UsageError("standard input is not a terminal, so the password cannot be typed without echo; give --password-stdin to read it from standard input",
                             commandPath: command)
        }
        return .terminal
    }

    /// Reads the new password for the account `name`.
    /// - Throws: `EngageError.invalid` (exit 65) when the rules refuse it, when nothing was given,
    ///   or when the two typed at the terminal differ.
    func read(for name: String) throws(EngageError) -> Password {
        switch self {
        case .standardInput:
            guard let line = LineReader.readLine(from: STDIN_FILENO) else {
                throw EngageError(.invalid, "standard input is empty",
                                  hint: "nothing was changed; --password-stdin reads the password from its first line")
            }
            return try Password(try Self.text(line))
        case .terminal:
            let first = try Password(try Self.text(try HiddenInput.readLine(prompt: "New password for \(name): ") ?? []))
            let again = try Self.text(try HiddenInput.readLine(prompt: "The same password again: ") ?? [])
            guard again == first.text else {
                throw EngageError(.invalid, "the two passwords typed differ", hint: "nothing was changed; type the same password twice")
            }
            return first
        }
    }

    /// The line as text, refused (without quoting it) when it is not UTF-8.
    private static func text(_ line: [UInt8]) throws(EngageError) -> String {
        guard let text = String(validating: line, as: UTF8.self) else {
            throw EngageError(.invalid, "the password is not valid UTF-8 text", hint: "nothing was changed; use a UTF-8 terminal or file")
        }
        return text
    }
}
