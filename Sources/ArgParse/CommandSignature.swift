/// What a leaf command accepts and how it documents itself.
public struct CommandSignature: Sendable {
    /// The command's own name, for example `add` in `engage officer add`.
    public var name: String
    /// A one-line summary shown after `OVERVIEW:` and in the parent's SUBCOMMANDS list.
    public var abstract: String
    /// Optional longer text shown under the overview; line breaks are kept, lines are wrapped.
    public var discussion: String?
    /// The positional arguments, in order.
    public var positionals: [Positional]
    /// The long options; `--help` and `-h` are built in and must not be declared.
    public var options: [Option]
    /// Worked examples for the EXAMPLES section.
    public var examples: [Example]

    /// Creates a signature.
    /// - Parameters:
    ///   - name: The command's own name.
    ///   - abstract: A one-line summary.
    ///   - discussion: Optional longer text for the help page.
    ///   - positionals: The positional arguments, in order.
    ///   - options: The long options.
    ///   - examples: Worked examples for the help page.
    public init(
        name: String,
        abstract: String,
        discussion: String? = nil,
        positionals: [Positional] = [],
        options: [Option] = [],
        examples: [Example] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
        self.examples = examples
    }

    /// The declared option with the given long name, if any.
    func option(named name: String) -> Option? {
        options.first { $0.name == name }
    }

    /// The declared positional with the given display name, if any.
    func positional(named name: String) -> Positional? {
        positionals.first { $0.name == name }
    }
}
