import FoundationEssentials

/// What the team's weekly work-plan review needs, read at one moment: what changed in the last
/// `Review.lookBack` days, what is overdue, capacity and the waitlist, and what falls due in the
/// next `Review.lookAhead` days. Lists only: every count a reader sees is the length of a list.
public struct Review: Sendable {
    /// How far back "what changed" looks, in days.
    public static let lookBack = 7
    /// How far ahead "what is coming" looks, in days.
    public static let lookAhead = 14

    /// A change of status or stage, with its authority.
    public struct Move: Sendable, Equatable {
        public let authority: String
        public let change: StageChange

        public init(authority: String, change: StageChange) {
            (self.authority, self.change) = (authority, change)
        }
    }

    /// A self-assessment recorded, without its ratings.
    public struct Assessed: Sendable, Equatable {
        public let authority: String
        public let assessedOn: Day
        public let ratedCount: Int
        public let leadOfficer: String?

        public init(authority: String, assessedOn: Day, ratedCount: Int, leadOfficer: String?) {
            (self.authority, self.assessedOn, self.ratedCount, self.leadOfficer) = (authority, assessedOn, ratedCount, leadOfficer)
        }
    }

    /// Today, the day the review is read.
    public let today: Day
    /// Status and stage changes since `since`, oldest first.
    public var moves: [Move] = []
    /// Activities that happened since `since` (not the planned ones), oldest first.
    public var activities: [Activity] = []
    /// Follow-ups asked for since `since`, oldest first.
    public var followUpsOpened: [FollowUp] = []
    /// Follow-ups done since `since`, oldest first.
    public var followUpsClosed: [FollowUp] = []
    /// Self-assessments dated since `since`, oldest first.
    public var assessments: [Assessed] = []
    /// Work-plan actions done since `since`, oldest first.
    public var actionsDone: [PlanAction] = []
    /// Open follow-ups past their due date, oldest due first.
    public var overdueFollowUps: [FollowUp] = []
    /// Open actions past their due date, oldest due first.
    public var overdueActions: [PlanAction] = []
    /// Each officer's active authorities against their cap.
    public var workload: Workload
    /// The authorities waiting for a place, longest waiting first.
    public var waitlist: [WaitlistEntry] = []
    /// Open follow-ups due from today to `horizon`, by due date.
    public var dueFollowUps: [FollowUp] = []
    /// Open actions due from today to `horizon`, by due date.
    public var dueActions: [PlanAction] = []
    /// Planned activities dated from today to `horizon`, by date.
    public var plannedActivities: [Activity] = []

    /// An empty review of `today` around `workload`.
    public init(today: Day, workload: Workload) {
        (self.today, self.workload) = (today, workload)
    }

    /// The first day of "what changed".
    public var since: Day { today.adding(days: -Self.lookBack) }
    /// The last day of "what is coming".
    public var horizon: Day { today.adding(days: Self.lookAhead) }

    /// What falls to `officer` in the next fortnight: follow-ups and actions of the authorities
    /// they lead, and the activities they are booked for.
    public func coming(for officer: String) -> (followUps: [FollowUp], actions: [PlanAction], activities: [Activity]) {
        (dueFollowUps.filter { $0.leadOfficer == officer }, dueActions.filter { $0.leadOfficer == officer },
         plannedActivities.filter { $0.officer == officer })
    }

    /// Officers in the order a reader wants them: `first` (the reader, when an officer), then
    /// the others by name.
    public func officers(first: String?) -> [String] {
        let names = workload.officers.map(\.name).sorted { $0.lowercased() < $1.lowercased() }
        guard let first, names.contains(first) else { return names }
        return [first] + names.filter { $0 != first }
    }
}
