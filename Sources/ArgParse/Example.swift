/// A worked example shown in the EXAMPLES section of a command's help.
public struct Example: Sendable, Hashable {
    /// The full command line, for example `engage officer add "Sam Jones" --region "North West"`.
    public let commandLine: String
    /// What the command line does.
    public let explanation: String

    /// Creates an example.
    /// - Parameters:
    ///   - commandLine: The full command line.
    ///   - explanation: What the command line does.
    public init(_ commandLine: String, _ explanation: String) {
        self.commandLine = commandLine
        self.explanation = explanation
    }
}
