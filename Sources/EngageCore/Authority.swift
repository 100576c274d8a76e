import FoundationEssentials

/// A local authority the team works with, or may.
public struct Authority: Equatable, Sendable, Codable {
    public var id: Int64
    public var name: String
    public var region: Region
    public var status: AuthorityStatus
    /// The current stage; nil until it is assigned.
    public var stage: Stage?
    /// The lead officer's name, when it has one.
    public var leadOfficer: String?
    /// Where it was referred, when signposted.
    public var signpostedTo: String?
    /// Free text: what shapes engagement here.
    public var profile: String?
    public var statusChangedAt: Date
    /// When it entered its current stage; nil without a stage.
    public var stageChangedAt: Date?
    public var createdAt: Date

    /// Creates an authority value.
    public init(id: Int64, name: String, region: Region, status: AuthorityStatus, stage: Stage?,
                leadOfficer: String?, signpostedTo: String?, profile: String?, statusChangedAt: Date,
                stageChangedAt: Date? = nil, createdAt: Date) {
        self.id = id
        self.name = name
        self.region = region
        self.status = status
        self.stage = stage
        self.leadOfficer = leadOfficer
        self.signpostedTo = signpostedTo
        self.profile = profile
        self.statusChangedAt = statusChangedAt
        self.stageChangedAt = stageChangedAt
        self.createdAt = createdAt
    }
}

extension Authority {
    /// Whether it holds a place under the caps (only active authorities do).
    public var holdsPlace: Bool { status == .active }

    /// Whole days in its current stage up to `now`; nil without a stage.
    public func daysInStage(now: Date = Date()) -> Int? {
        stageChangedAt.map { Int(now.timeIntervalSince($0) / 86_400) }
    }
}
