import ArgParse

/// One leaf command of the CLI, such as `engage officer add`.
///
/// A command is a value: its signature documents it, `init(arguments:)` reads and validates
/// the arguments without touching the database, and `run(in:)` does the work.
protocol EngageCommand {
    /// The name, abstract, options and examples shown by `--help`.
    static var signature: CommandSignature { get }

    /// Reads the parsed arguments into typed fields.
    /// - Throws: `UsageError` (exit 64) for arguments of the wrong shape, `EngageError` (exit 65)
    ///   for values the domain refuses (an unknown region, a cap out of range).
    init(arguments: ParsedArguments) throws

    /// Does the work and writes its output.
    /// - Parameter context: The environment, the output streams and the way to the database.
    func run(in context: Context) throws
}
