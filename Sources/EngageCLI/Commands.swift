import ArgParse

/// Every command of the CLI, as a noun-verb tree.
enum Commands {
    typealias Node = CommandNode<any EngageCommand.Type>

    /// The tree `engage` resolves its arguments against.
    static var tree: CommandTree<any EngageCommand.Type> {
        CommandTree(root: .group(name: "engage", abstract: "Track local authorities through four engagement stages.", children: [
            leaf(MigrateCommand.self),
            leaf(SeedCommand.self),
            .group(name: "officer", abstract: "Engagement officers and their caps.", children: [
                leaf(OfficerAddCommand.self),
                leaf(OfficerListCommand.self),
                leaf(OfficerSetCapCommand.self),
            ]),
            .group(name: "authority", abstract: "Local authorities: status, stage, lead officer, history.", children: [
                leaf(AuthorityAddCommand.self),
                leaf(AuthorityListCommand.self),
                leaf(AuthorityShowCommand.self),
                leaf(AuthorityRequestCommand.self),
                leaf(AuthorityAssignCommand.self),
                leaf(AuthorityReassignCommand.self),
                leaf(AuthorityWaitlistCommand.self),
                leaf(AuthoritySignpostCommand.self),
                leaf(AuthorityAdvanceCommand.self),
                leaf(AuthorityResponseCommand.self),
                leaf(AuthorityCompleteCommand.self),
                leaf(AuthorityPauseCommand.self),
                leaf(AuthorityResumeCommand.self),
                leaf(AuthorityCloseCommand.self),
                leaf(AuthorityReopenCommand.self),
                leaf(AuthorityHistoryCommand.self),
            ]),
        ] + recordingGroups + outcomeGroups + reportGroups + transferGroups + [
            leaf(WaitlistCommand.self),
            leaf(WorkloadCommand.self),
            leaf(AuditCommand.self),
            .group(name: "token", abstract: "Tokens for the service, by user and role.", children: [
                leaf(TokenCreateCommand.self),
                leaf(TokenListCommand.self),
                leaf(TokenRevokeCommand.self),
            ]),
            .group(name: "user", abstract: "Accounts people sign in to the board with: name, role, password.", children: [
                leaf(UserAddCommand.self),
                leaf(UserListCommand.self),
                leaf(UserSetPasswordCommand.self),
                leaf(UserResetPasswordCommand.self),
                leaf(UserDisableCommand.self),
                leaf(UserEnableCommand.self),
                leaf(UserFeedResetCommand.self),
            ]),
            leaf(ServeCommand.self),
            .group(name: "settings", abstract: "Team settings: the team-wide cap.", children: [
                leaf(SettingsShowCommand.self),
                leaf(SettingsSetCommand.self),
            ]),
        ]))
    }

    private static func leaf(_ command: any EngageCommand.Type) -> Node {
        .leaf(command.signature, command)
    }
}
