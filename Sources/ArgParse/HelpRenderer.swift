/// Renders help pages for leaf commands and groups.
///
/// Output is deterministic: sections separated by blank lines, help text wrapped to
/// `width`, the second column aligned at column 26, no trailing spaces, and a final newline.
public enum HelpRenderer {
    /// Renders the help page of a leaf command.
    /// - Parameters:
    ///   - leaf: The command's signature.
    ///   - path: The full command path, for example `["engage", "officer", "add"]`.
    ///   - width: The maximum line width for wrapped text.
    /// - Returns: The help page, ending in a newline.
    public static func render(leaf: CommandSignature, path: [String], width: Int = 80) -> String {
        var sections = [overview(leaf.abstract, discussion: leaf.discussion, width: width)]
        let tokens = leaf.positionals.map(\.usageToken) + leaf.options.map(\.usageToken)
        sections.append(usage(path: path, tokens: tokens, width: width))
        if !leaf.positionals.isEmpty {
            let rows = leaf.positionals.flatMap {
                TextWrapper.row(label: $0.name, help: $0.help, width: width)
            }
            sections.append(TextWrapper.section("ARGUMENTS:", rows))
        }
        sections.append(TextWrapper.section("OPTIONS:", optionRows(leaf.options, width: width)))
        if !leaf.examples.isEmpty {
            sections.append(TextWrapper.section("EXAMPLES:", exampleLines(leaf.examples, width: width)))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Renders the help page of a group, listing its subcommands; a leaf node renders as a leaf.
    /// - Parameters:
    ///   - group: The group node.
    ///   - path: The full path to the group, for example `["engage", "officer"]`; one element for the root.
    ///   - width: The maximum line width for wrapped text.
    /// - Returns: The help page, ending in a newline.
    public static func render<P>(group: CommandNode<P>, path: [String], width: Int = 80) -> String {
        switch group {
        case .leaf(let signature, _):
            render(leaf: signature, path: path, width: width)
        case .group(_, let abstract, let children):
            renderGroup(abstract: abstract, children: children, path: path, width: width)
        }
    }

    private static func renderGroup<P>(
        abstract: String, children: [CommandNode<P>], path: [String], width: Int
    ) -> String {
        let command = path.joined(separator: " ")
        var options = TextWrapper.row(label: "-h, --help", help: "Show help for this command.", width: width)
        if path.count == 1 {
            options += TextWrapper.row(label: "--version", help: "Show the version of \(command).", width: width)
        }
        let subcommands = children.flatMap { TextWrapper.row(label: $0.name, help: $0.abstract, width: width) }
        let sections = [
            overview(abstract, discussion: nil, width: width),
            usage(path: path, tokens: ["<subcommand>"], width: width),
            TextWrapper.section("SUBCOMMANDS:", subcommands),
            TextWrapper.section("OPTIONS:", options),
            "See '\(command) <subcommand> --help' for details.",
        ]
        return sections.joined(separator: "\n\n") + "\n"
    }

    private static func overview(_ abstract: String, discussion: String?, width: Int) -> String {
        var text = TextWrapper.wrap("OVERVIEW: " + abstract, width: width).joined(separator: "\n")
        if let discussion, !discussion.isEmpty {
            text += "\n\n" + TextWrapper.wrap(discussion, width: width).joined(separator: "\n")
        }
        return text
    }

    /// `USAGE: engage officer add NAME --region REGION [--cap N]`, wrapped with a hanging indent.
    private static func usage(path: [String], tokens: [String], width: Int) -> String {
        let head = "USAGE: " + path.joined(separator: " ")
        let hang = min(head.count + 1, width / 2)
        let lines = TextWrapper.wrapWords([head] + tokens, width: width, continuationWidth: width - hang)
        return ([lines[0]] + TextWrapper.indent(Array(lines.dropFirst()), by: hang)).joined(separator: "\n")
    }

    private static func optionRows(_ options: [Option], width: Int) -> [String] {
        let declared = options.flatMap { option in
            let help = option.kind == .repeated ? option.help + " (repeatable)" : option.help
            return TextWrapper.row(label: option.synopsis, help: help, width: width)
        }
        return declared + TextWrapper.row(label: "-h, --help", help: "Show help for this command.", width: width)
    }

    private static func exampleLines(_ examples: [Example], width: Int) -> [String] {
        examples.flatMap { example in
            ["  " + example.commandLine]
                + TextWrapper.indent(TextWrapper.wrap(example.explanation, width: width - 6), by: 6)
        }
    }
}
