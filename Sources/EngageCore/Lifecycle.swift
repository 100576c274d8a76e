/// What can happen to an authority, and from which statuses.
///
/// A table, not a tangle of ifs: `allowedFrom` says where each action may start, and `check`
/// turns a disallowed one into a sentence that says what to do instead.
public enum LifecycleAction: String, CaseIterable, Sendable, Codable {
    case request, assign, reassign, waitlist, signpost, pause, resume, complete, close, reopen, advance, stepBack = "step-back"

    /// The statuses this action may start from.
    public var allowedFrom: Set<AuthorityStatus> {
        switch self {
        case .request: [.prospect]
        case .assign: [.prospect, .requested, .waitlisted]
        case .reassign: [.active, .paused]
        case .waitlist: [.prospect, .requested]
        case .signpost: [.prospect, .requested, .waitlisted]
        case .pause: [.active]
        case .resume: [.paused]
        case .complete, .advance, .stepBack: [.active]
        case .close: Set(AuthorityStatus.allCases).subtracting([.closed])
        case .reopen: [.completed, .closed, .signposted]
        }
    }

    /// The status after the action (advance from stage 4 completes instead; see `Gates`).
    public var resultingStatus: AuthorityStatus? {
        switch self {
        case .request: .requested
        case .assign, .resume, .reopen: .active
        case .waitlist: .waitlisted
        case .signpost: .signposted
        case .pause: .paused
        case .complete: .completed
        case .close: .closed
        case .reassign, .advance, .stepBack: nil
        }
    }

    /// Whether the action takes a place under the caps (and so is refused when they are full).
    public var takesPlace: Bool { self == .assign || self == .resume || self == .reopen || self == .reassign }

    /// Refuses the action when `authority` is in a status it cannot start from.
    /// - Parameters:
    ///   - authority: The authority as it stands.
    /// - Throws: `EngageError.refused` saying what would work instead.
    public func check(_ authority: Authority) throws(EngageError) {
        guard !allowedFrom.contains(authority.status) else { return }
        let name = authority.name
        let now = authority.status == .active
            ? "\(name) is active at stage \(authority.stage?.rawValue ?? 1), led by \(authority.leadOfficer ?? "nobody")"
            : "\(name) is \(authority.status.rawValue)"
        throw EngageError(.refused, "\(now), so it cannot be \(pastParticiple)", hint: remedy(for: authority),
                          code: "status_conflict",
                          details: ["authority": .text(name), "status": .text(authority.status.rawValue)])
    }

    private var pastParticiple: String {
        switch self {
        case .request: "marked as requested"
        case .assign: "assigned"
        case .reassign: "reassigned"
        case .waitlist: "waitlisted"
        case .signpost: "signposted"
        case .pause: "paused"
        case .resume: "resumed"
        case .complete: "completed"
        case .close: "closed"
        case .reopen: "reopened"
        case .advance: "advanced"
        case .stepBack: "moved back a stage"
        }
    }

    private func remedy(for authority: Authority) -> String {
        let name = authority.name
        switch (self, authority.status) {
        case (.assign, .active), (.assign, .paused):
            return "use 'engage authority reassign \(name) --officer NAME' to change its lead"
        case (.assign, _), (.resume, .completed), (.resume, .closed), (.resume, .signposted):
            return "use 'engage authority reopen \(name) --officer NAME' to take it on again"
        case (.resume, _), (.advance, .paused), (.complete, .paused), (.stepBack, .paused):
            return authority.status == .paused ? "resume it first with 'engage authority resume \(name)'"
                : "assign it first with 'engage authority assign \(name) --officer NAME'"
        case (.reopen, .active), (.reopen, .paused):
            return "it is still open; see 'engage authority show \(name)'"
        default:
            return "see 'engage authority show \(name)' for where it stands"
        }
    }
}
