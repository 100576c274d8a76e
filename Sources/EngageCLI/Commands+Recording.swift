import ArgParse

extension Commands {
    /// The groups for recording the work: agencies, activities, briefings, contacts, follow-ups.
    static var recordingGroups: [Node] {
        [
            .group(name: "agency", abstract: "Agencies and forums identified and reached in an authority.", children: [
                recordingLeaf(AgencyAddCommand.self),
                recordingLeaf(AgencyListCommand.self),
            ]),
            .group(name: "activity", abstract: "Presentations, workshops and other events, local or national.", children: [
                recordingLeaf(ActivityAddCommand.self),
                recordingLeaf(ActivityListCommand.self),
            ]),
            .group(name: "briefing", abstract: "Sector and locality briefings, and where they were sent.", children: [
                recordingLeaf(BriefingAddCommand.self),
                recordingLeaf(BriefingSendCommand.self),
                recordingLeaf(BriefingListCommand.self),
            ]),
            .group(name: "contact", abstract: "People in an authority the team works with (erasable).", children: [
                recordingLeaf(ContactAddCommand.self),
                recordingLeaf(ContactListCommand.self),
                recordingLeaf(ContactEraseCommand.self),
            ]),
            .group(name: "followup", abstract: "Requests for more, awaiting follow-up, oldest first.", children: [
                recordingLeaf(FollowUpAddCommand.self),
                recordingLeaf(FollowUpListCommand.self),
                recordingLeaf(FollowUpDoneCommand.self),
            ]),
            .group(name: "plan", abstract: "Work plans: actions per Quality Statement, with an owner and a due date.", children: [
                recordingLeaf(PlanAddCommand.self),
                recordingLeaf(PlanListCommand.self),
                recordingLeaf(PlanDoneCommand.self),
                recordingLeaf(PlanDropCommand.self),
            ]),
        ]
    }

    private static func recordingLeaf(_ command: any EngageCommand.Type) -> Node {
        .leaf(command.signature, command)
    }
}
