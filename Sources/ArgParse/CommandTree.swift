/// A whole command-line interface: a root group named after the tool, its groups and leaves.
public struct CommandTree<Payload> {
    /// The root group, named after the tool, for example `engage`.
    public let root: CommandNode<Payload>

    /// Creates a tree.
    /// - Parameter root: The root group, named after the tool.
    public init(root: CommandNode<Payload>) {
        self.root = root
    }

    /// What a command line asks for.
    public enum Resolution {
        /// Show help for a group, for example after `engage`, `engage officer --help`, or `engage help officer`.
        case help(path: [String], node: CommandNode<Payload>)
        /// Show the tool's version (`engage --version`, top level only).
        case version
        /// Run a leaf command; help on a leaf arrives here with `arguments.helpRequested` set.
        case leaf(path: [String], signature: CommandSignature, payload: Payload, arguments: ParsedArguments)
    }

    /// Resolves a command line to help, the version, or a leaf with its parsed arguments.
    /// - Parameter arguments: The command line without the program name.
    /// - Returns: What the command line asks for.
    /// - Throws: ``UsageError`` for an unknown command or option, or a mistake in the leaf's arguments.
    public func resolve(_ arguments: [String]) throws(UsageError) -> Resolution {
        try resolve(arguments[...], at: root, path: [root.name])
    }

    private func resolve(
        _ arguments: ArraySlice<String>, at node: CommandNode<Payload>, path: [String]
    ) throws(UsageError) -> Resolution {
        if case .leaf(let signature, let payload) = node {
            let parsed = try ArgumentParser.parse(Array(arguments), for: signature, commandPath: path)
            return .leaf(path: path, signature: signature, payload: payload, arguments: parsed)
        }
        guard let token = arguments.first else { return .help(path: path, node: node) }
        let rest = arguments.dropFirst()
        if ArgumentScanner.isHelp(token) { return .help(path: path, node: node) }
        if token == "--version", path.count == 1 { return .version }
        if let child = node.child(named: token) {
            return try resolve(rest, at: child, path: path + [token])
        }
        if token == "help" {
            return try resolve(rest + ["--help"], at: node, path: path)
        }
        throw unknown(token, at: node, path: path)
    }

    /// The error for a token a group does not recognise.
    private func unknown(_ token: String, at node: CommandNode<Payload>, path: [String]) -> UsageError {
        let place = UsageError.quoted(path)
        if token.hasPrefix("-") {
            let options = path.count == 1 ? ["--help", "--version"] : ["--help"]
            var message = "unknown option '\(token)' for \(place)"
            if let near = Suggestion.nearest(to: token, among: options) {
                message += "; did you mean '\(near)'?"
            }
            return UsageError(message, commandPath: path)
        }
        var message = "unknown command '\(token)' for \(place)"
        if let near = Suggestion.nearest(to: token, among: node.childNames) {
            message += "; did you mean '\(near)'?"
        } else {
            message += "; run '\(path.joined(separator: " ")) --help' for the list"
        }
        return UsageError(message, commandPath: path)
    }
}

extension CommandTree: Sendable where Payload: Sendable {}
extension CommandTree.Resolution: Sendable where Payload: Sendable {}
