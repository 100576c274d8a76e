import ArgParse

/// Every command of the CLI, as a noun-verb tree.
enum Commands {
    typealias Node = CommandNode<any EngageCommand.Type>

    /// The tree `engage` resolves its arguments against.
    static var tree: CommandTree<any EngageCommand.Type> {
        CommandTree(root: .group(name: "engage", abstract: "Track local authorities through four engagement stages.", children: [
            leaf(MigrateCommand.self),
            .group(name: "officer", abstract: "Engagement officers and their caps.", children: [
                leaf(OfficerAddCommand.self),
                leaf(OfficerListCommand.self),
            ]),
            .group(name: "authority", abstract: "Local authorities, their status and stage.", children: [
                leaf(AuthorityAddCommand.self),
                leaf(AuthorityListCommand.self),
                leaf(AuthorityShowCommand.self),
            ]),
        ] + recordingGroups))
    }

    private static func leaf(_ command: any EngageCommand.Type) -> Node {
        .leaf(command.signature, command)
    }
}
