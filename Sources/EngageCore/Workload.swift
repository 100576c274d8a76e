import FoundationEssentials

/// What a manager plans with: each officer's load against their cap, the team's, the waitlist.
public struct Workload: Equatable, Sendable, Codable {
    /// One active authority in an officer's load.
    public struct ActiveAuthority: Equatable, Sendable, Codable {
        public let name: String
        public let stage: Stage
        public let daysInStage: Int
        public let openFollowUps: Int

        /// Creates the value.
        public init(name: String, stage: Stage, daysInStage: Int, openFollowUps: Int) {
            self.name = name
            self.stage = stage
            self.daysInStage = daysInStage
            self.openFollowUps = openFollowUps
        }
    }

    /// One officer's load.
    public struct OfficerLoad: Equatable, Sendable, Codable {
        public let name: String
        public let region: Region
        public let cap: Int
        public let active: [ActiveAuthority]
        /// Open follow-ups on every authority the officer leads, active or not.
        public let openFollowUps: Int

        /// Creates the value.
        public init(name: String, region: Region, cap: Int, active: [ActiveAuthority], openFollowUps: Int) {
            self.name = name
            self.region = region
            self.cap = cap
            self.active = active
            self.openFollowUps = openFollowUps
        }

        /// Whether the officer can take on no more.
        public var isAtCap: Bool { active.count >= cap }
    }

    /// How many authorities wait in a region.
    public struct RegionWaitlist: Equatable, Sendable, Codable {
        public let region: Region
        public let waiting: Int

        /// Creates the value.
        public init(region: Region, waiting: Int) {
            self.region = region
            self.waiting = waiting
        }
    }

    public let officers: [OfficerLoad]
    public let team: TeamCapacity
    /// Regions with at least one waitlisted authority.
    public let waitlist: [RegionWaitlist]

    /// Creates the value.
    public init(officers: [OfficerLoad], team: TeamCapacity, waitlist: [RegionWaitlist]) {
        self.officers = officers
        self.team = team
        self.waitlist = waitlist
    }
}
