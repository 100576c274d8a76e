import EngageCore
import EngageStore

/// What the team page shows, read in one snapshot: each officer's load against their cap, the
/// officers (for the forms' selects), the team cap, and the waitlist in order.
struct TeamData {
    /// Each officer's active authorities against their cap, and the team's.
    let workload: Workload
    /// Every officer with their load, by region then name.
    let officers: [Officer]
    /// The team-wide cap and how many authorities are active.
    let team: TeamCapacity
    /// The authorities waiting for a place, oldest first.
    let waitlist: [WaitlistEntry]

    /// Reads the team from `store`.
    static func load(from store: Store) throws -> TeamData {
        TeamData(workload: try store.workload(), officers: try store.officers(), team: try store.teamCap(),
                 waitlist: try store.waitlistEntries())
    }
}
