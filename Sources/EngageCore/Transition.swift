/// What a lifecycle command did to an authority.
public struct Transition: Equatable, Sendable, Codable {
    /// The authority before and after.
    public let before: Authority
    public let after: Authority
    /// When the change freed a place: the oldest waitlisted authority in the freed officer's region,
    /// else the oldest anywhere, as a suggestion (assigning stays explicit).
    public let nextOnWaitlist: WaitlistEntry?
    /// Set when a full cap sent the authority to the waitlist instead of assigning it.
    public let waitlistedBecause: String?

    /// Creates a transition.
    public init(before: Authority, after: Authority, nextOnWaitlist: WaitlistEntry? = nil, waitlistedBecause: String? = nil) {
        self.before = before
        self.after = after
        self.nextOnWaitlist = nextOnWaitlist
        self.waitlistedBecause = waitlistedBecause
    }

    /// Whether the change gave up a place under the caps.
    public var freedPlace: Bool {
        before.holdsPlace && (!after.holdsPlace || before.leadOfficer != after.leadOfficer)
    }

    /// One line for people: "Somerset: requested → active, stage 1, led by Alex Morgan".
    public var summary: String {
        var line = "\(after.name): \(Self.describe(before)) → \(Self.describe(after))"
        if let place = after.signpostedTo, after.status == .signposted { line += " (to \(place))" }
        return line
    }

    private static func describe(_ authority: Authority) -> String {
        var text = authority.status.rawValue
        if let stage = authority.stage, authority.status == .active || authority.status == .paused {
            text += ", stage \(stage.rawValue)"
        }
        if let lead = authority.leadOfficer, authority.status == .active { text += ", led by \(lead)" }
        return text
    }
}
