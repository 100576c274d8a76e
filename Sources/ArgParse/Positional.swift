/// A positional argument such as `NAME`.
public struct Positional: Sendable, Hashable {
    /// The display name, for example `NAME`; also the key for ``ParsedArguments/value(_:)``.
    public let name: String
    /// The help text shown in the ARGUMENTS section.
    public let help: String
    /// Whether the argument may be left out. Optional positionals should follow required ones.
    public let isOptional: Bool

    /// Creates a positional argument.
    /// - Parameters:
    ///   - name: The display name, for example `NAME`.
    ///   - help: The help text shown in the ARGUMENTS section.
    ///   - optional: Whether the argument may be left out.
    public init(_ name: String, help: String, optional: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = optional
    }

    /// How the argument appears in a usage line, for example `NAME` or `[NAME]`.
    var usageToken: String { isOptional ? "[\(name)]" : name }
}
