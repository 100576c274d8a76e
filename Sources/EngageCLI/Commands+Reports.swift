import ArgParse

extension Commands {
    /// The report command group: the evaluation's tables, computed from the records for any period.
    static var reportGroups: [Node] {
        [
            .group(name: "report", abstract: "The evaluation's tables for any period: agencies, events, briefings, funnel, …", children: [
                reportLeaf(ReportSummaryCommand.self),
                reportLeaf(ReportAgenciesCommand.self),
                reportLeaf(ReportEventsCommand.self),
                reportLeaf(ReportBriefingsCommand.self),
                reportLeaf(ReportFunnelCommand.self),
                reportLeaf(ReportFollowUpsCommand.self),
                reportLeaf(ReportCapacityCommand.self),
                reportLeaf(ReportOutcomesCommand.self),
                reportLeaf(ReportPeriodCommand.self),
            ]),
        ]
    }

    private static func reportLeaf(_ command: any EngageCommand.Type) -> Node {
        .leaf(command.signature, command)
    }
}
