import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage authority show NAME`.
struct AuthorityShowCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "show",
        abstract: "Show one authority: status, stage and what the next stage needs, lead officer, profile, what is recorded, its latest assessment and open plan actions.",
        positionals: [Positional("NAME", help: "The authority's name, in any case.")],
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage authority show somerset", "Show Somerset."),
            Example("engage authority show Bury --json", "Show Bury, for a script."),
        ])

    let name: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let overview = try context.withStore(common) { try $0.overview(of: name) }
        if common.json { return context.print(try JSONOutput.render(overview)) }
        let authority = overview.authority
        var block = KeyValueBlock()
        block.append("Authority", authority.name)
        block.append("Region", authority.region.name)
        block.append("Status", "\(authority.status.rawValue) since \(DateText.day(authority.statusChangedAt))")
        if let stage = authority.stage {
            let days = authority.daysInStage().map { ", \($0) days" } ?? ""
            block.append("Stage", "\(stage.rawValue) of 4: \(stage.title)\(days)")
        }
        if !overview.missingForNextStage.isEmpty {
            block.append("Next stage needs", overview.missingForNextStage.joined(separator: "\n"))
        }
        if let lead = authority.leadOfficer { block.append("Lead officer", lead) }
        if let place = authority.signpostedTo { block.append("Signposted to", place) }
        if let profile = authority.profile { block.append("Profile", profile) }
        append(record: overview, to: &block)
        block.append("Added", DateText.day(authority.createdAt))
        context.print(block.render())
    }

    /// What has been recorded: agencies, deliveries, briefings, activities, follow-ups, contacts.
    private func append(record overview: AuthorityOverview, to block: inout KeyValueBlock) {
        let evidence = overview.evidence
        block.append("Agencies", "\(evidence.agenciesIdentified) identified; locality briefings \(evidence.localityBriefings)")
        block.append("Delivered to", "\(evidence.forumDeliveries) forum, \(evidence.keyAgencyDeliveries) key-agency presentations or workshops")
        let last = overview.lastActivity.map { ", the latest on \($0)" } ?? ""
        block.append("Activities", "\(overview.activities)\(last)")
        block.append("Follow-ups", "\(overview.openFollowUps) open; contacts \(overview.contacts)")
        if let assessment = overview.latestAssessment {
            let mean = assessment.meanRating.map { ", mean \(AssessmentText.mean($0))" } ?? ""
            block.append("Assessed", "\(assessment.assessedOn) (assessment \(assessment.id)): \(assessment.ratedCount) of 8 statements rated\(mean)")
            block.append("Ratings", assessment.ratings.map { "\($0.statement) \($0.rating.rawValue) \($0.rating.label)" }.joined(separator: "\n"))
        }
        if !overview.openPlanActions.isEmpty {
            block.append("Plan actions", overview.openPlanActions.map { awaiting in
                let action = awaiting.action
                return "A\(action.id) \(action.statement): \(action.action) (\(action.owner)), due \(action.dueOn)"
                    + (awaiting.overdue ? ", OVERDUE" : "")
            }.joined(separator: "\n"))
        }
    }
}
