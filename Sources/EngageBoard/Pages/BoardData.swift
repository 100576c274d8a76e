import EngageCore
import FoundationEssentials

/// What the board shows, read in a few queries, with the filters from the page's links.
struct BoardData {
    /// Every authority.
    let authorities: [Authority]
    /// The officers' loads and the team's cap.
    let workload: Workload
    /// Every open follow-up, oldest first.
    let followUps: [FollowUp]
    /// Every overdue work-plan action, by due date; empty on pages that do not list them.
    let overdueActions: [PlanAction]
    /// Only this region's authorities (and follow-ups), when set.
    let region: Region?
    /// Only authorities this officer leads (and their follow-ups), when set.
    let officer: String?
    /// Today, for ages and what is overdue.
    let today: Day
    /// Now, for days in a stage.
    let now: Date

    /// The authorities that pass the filters.
    var shownAuthorities: [Authority] {
        authorities.filter { authority in
            (region == nil || authority.region == region) && (officer == nil || authority.leadOfficer == officer)
        }
    }

    /// The open follow-ups that pass the filters, oldest first.
    var shownFollowUps: [FollowUp] {
        followUps.filter { followUp in
            (region == nil || followUp.region == region) && (officer == nil || followUp.leadOfficer == officer)
        }
    }

    /// The overdue work-plan actions whose authority passes the filters, by due date.
    var shownOverdueActions: [PlanAction] {
        overdueActions.filter { action in
            (region == nil || action.region == region) && (officer == nil || action.leadOfficer == officer)
        }
    }

    /// Open follow-ups per authority name.
    var openFollowUpCounts: [String: Int] {
        followUps.reduce(into: [:]) { counts, followUp in counts[followUp.authority, default: 0] += 1 }
    }

    /// Whole days since `date`.
    func days(since date: Date) -> Int { max(0, Int(now.timeIntervalSince(date) / 86_400)) }
}
