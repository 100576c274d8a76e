/// A node in a noun-verb command tree like git's or kubectl's.
///
/// Groups (`engage officer`) hold children; leaves (`engage officer add`) carry a
/// ``CommandSignature`` and a caller-defined payload, typically the handler to run.
public indirect enum CommandNode<Payload> {
    /// A command that only groups subcommands.
    case group(name: String, abstract: String, children: [CommandNode<Payload>])
    /// A runnable command with its signature and payload.
    case leaf(CommandSignature, Payload)

    /// The node's own name, for example `officer` or `add`.
    public var name: String {
        switch self {
        case .group(let name, _, _): name
        case .leaf(let signature, _): signature.name
        }
    }

    /// The node's one-line summary.
    public var abstract: String {
        switch self {
        case .group(_, let abstract, _): abstract
        case .leaf(let signature, _): signature.abstract
        }
    }

    /// The child with the given name; `nil` for leaves or when there is none.
    func child(named name: String) -> CommandNode<Payload>? {
        guard case .group(_, _, let children) = self else { return nil }
        return children.first { $0.name == name }
    }

    /// The names of the node's children; empty for leaves.
    var childNames: [String] {
        guard case .group(_, _, let children) = self else { return [] }
        return children.map(\.name)
    }
}

extension CommandNode: Sendable where Payload: Sendable {}
