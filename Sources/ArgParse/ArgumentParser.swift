/// Parses the arguments of one leaf command against its ``CommandSignature``.
public enum ArgumentParser {
    /// Parses a leaf command's arguments (everything after the command path).
    ///
    /// Accepts `--name value`, `--name=value`, flags, repeated options, `--` to end
    /// options, and positionals interleaved with options in any order. When `-h` or
    /// `--help` appears before any `--`, parsing is best-effort: mistakes and missing
    /// required values are ignored and the result has ``ParsedArguments/helpRequested`` set.
    /// - Parameters:
    ///   - arguments: The tokens after the command path.
    ///   - signature: What the command accepts.
    ///   - commandPath: The full command path, for example `["engage", "officer", "add"]`, used in messages.
    /// - Returns: The parsed options and positionals.
    /// - Throws: ``UsageError`` describing the first mistake found.
    public static func parse(
        _ arguments: [String], for signature: CommandSignature, commandPath: [String]
    ) throws(UsageError) -> ParsedArguments {
        var scanner = ArgumentScanner(signature: signature, commandPath: commandPath)
        guard !requestsHelp(arguments) else {
            try? scanner.scan(arguments)
            var parsed = scanner.result
            parsed.helpRequested = true
            return parsed
        }
        try scanner.scan(arguments)
        try scanner.checkRequired()
        return scanner.result
    }

    /// Whether `-h` or `--help` appears before the first `--`.
    static func requestsHelp(_ arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains(where: ArgumentScanner.isHelp)
    }
}
