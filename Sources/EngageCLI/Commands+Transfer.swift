import ArgParse

extension Commands {
    /// The import and export command groups.
    static var transferGroups: [Node] {
        [
            .group(name: "import", abstract: "Add records from CSV files (the columns 'engage export' writes).", children: [
                transferLeaf(ImportAuthoritiesCommand.self),
                transferLeaf(ImportAgenciesCommand.self),
                transferLeaf(ImportActivitiesCommand.self),
                transferLeaf(ImportFollowUpsCommand.self),
            ]),
            .group(name: "export", abstract: "Write records as CSV (for import) or JSON lines.", children: [
                transferLeaf(ExportAuthoritiesCommand.self),
                transferLeaf(ExportAgenciesCommand.self),
                transferLeaf(ExportActivitiesCommand.self),
                transferLeaf(ExportFollowUpsCommand.self),
            ]),
        ]
    }

    private static func transferLeaf(_ command: any EngageCommand.Type) -> Node {
        .leaf(command.signature, command)
    }
}
