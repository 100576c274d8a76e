import ArgParse
import EngageCore
import FoundationEssentials

/// The `engage` command line: resolves the arguments to a command, runs it, maps errors to
/// one line on standard error and a sysexits status.
public enum EngageCLI {
    /// The version `engage --version` prints.
    public static let version = "0.1.0"

    /// Runs one command line.
    /// - Parameters:
    ///   - arguments: The arguments without the program name.
    ///   - environment: The process environment.
    ///   - output: Receives standard output.
    ///   - errorOutput: Receives standard error.
    /// - Returns: The exit status.
    public static func run(
        _ arguments: [String], environment: [String: String],
        output: @escaping (String) -> Void, errorOutput: (String) -> Void
    ) -> Int32 {
        let context = Context(environment: environment, output: output)
        do {
            switch try Commands.tree.resolve(arguments) {
            case .version:
                context.print("engage \(version)")
            case .help(let path, let node):
                context.print(HelpRenderer.render(group: node, path: path))
            case .leaf(let path, let signature, let command, let parsed):
                if parsed.helpRequested {
                    context.print(HelpRenderer.render(leaf: signature, path: path))
                } else {
                    try checkCharacters(of: parsed)
                    try command.init(arguments: parsed).run(in: context)
                }
            }
            return ExitStatus.ok.rawValue
        } catch {
            let (status, line) = ExitStatus.of(error, debug: environment["ENGAGE_DEBUG"] == "1")
            errorOutput(line + "\n")
            return status.rawValue
        }
    }

    /// Refuses a value holding a control character before the command sees it (see `TextLayout`):
    /// free-text options may break lines, every other value is one line.
    /// - Throws: `EngageError.invalid` (exit 65) naming the option or argument.
    static func checkCharacters(of parsed: ParsedArguments) throws(EngageError) {
        for given in parsed.givenValues {
            try (given.allowsLineBreaks ? TextLayout.multiline : .singleLine).check(given.value, field: given.label)
        }
    }
}
