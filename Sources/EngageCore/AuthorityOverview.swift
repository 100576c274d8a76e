/// One authority with what has been recorded for it: what `engage authority show` prints.
public struct AuthorityOverview: Equatable, Sendable, Encodable {
    public let authority: Authority
    /// What the stage gates look at.
    public let evidence: StageEvidence
    /// Activities delivered or attended in the authority (planned ones excluded).
    public let activities: Int
    /// The date of the latest of them.
    public let lastActivity: Day?
    public let openFollowUps: Int
    public let contacts: Int
    /// What the current stage still needs before the authority can move on (active authorities only).
    public let missingForNextStage: [String]
    /// Its latest self-assessment against the Quality Statements; nil (and absent from JSON) when
    /// it has none.
    public let latestAssessment: Assessment?
    /// Its open work-plan actions by due date, each marked overdue or not.
    public let openPlanActions: [AwaitingAction]

    /// Creates the overview, working out what the current stage still needs.
    public init(authority: Authority, evidence: StageEvidence, activities: Int, lastActivity: Day?, openFollowUps: Int, contacts: Int,
                latestAssessment: Assessment? = nil, openPlanActions: [AwaitingAction] = []) {
        self.authority = authority
        self.evidence = evidence
        self.activities = activities
        self.lastActivity = lastActivity
        self.openFollowUps = openFollowUps
        self.contacts = contacts
        self.latestAssessment = latestAssessment
        self.openPlanActions = openPlanActions
        if authority.status == .active, let stage = authority.stage {
            missingForNextStage = Gates.missing(leaving: stage, evidence: evidence).map(\.need)
        } else {
            missingForNextStage = []
        }
    }
}

