/// A mistake on the command line; the caller should print it and exit with code 64.
///
/// `message` is a single line such as
/// `unknown option '--regoin' for 'engage officer add'; did you mean '--region'?`.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The one-line description of the mistake.
    public let message: String
    /// The command path being parsed when the mistake was found, for example `["engage", "officer", "add"]`.
    public let commandPath: [String]

    /// Creates a usage error.
    /// - Parameters:
    ///   - message: The one-line description of the mistake.
    ///   - commandPath: The command path being parsed.
    public init(_ message: String, commandPath: [String]) {
        self.message = message
        self.commandPath = commandPath
    }

    /// The message, unchanged.
    public var description: String { message }

    /// The command path quoted for messages, for example `'engage officer add'`.
    static func quoted(_ commandPath: [String]) -> String {
        "'\(commandPath.joined(separator: " "))'"
    }
}
