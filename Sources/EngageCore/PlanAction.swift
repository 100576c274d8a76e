/// One action of an authority's work plan, tied to one Quality Statement: what, who owns it (an
/// officer or a contact of the authority), when it is due, and whether it is open, done or dropped.
public struct PlanAction: Equatable, Sendable, Codable {
    /// Whether the owner is one of the team's officers or a contact in the authority.
    public enum OwnerKind: String, Sendable, Codable {
        case officer, contact
    }

    public var id: Int64
    /// The authority's name.
    public var authority: String
    public var region: Region
    /// The authority's lead officer, when it has one.
    public var leadOfficer: String?
    /// The Quality Statement's key, e.g. `multi-agency`.
    public var statement: String
    /// What is to be done.
    public var action: String
    /// The owner's name as it was when the action was planned.
    public var owner: String
    public var ownerKind: OwnerKind
    /// The owning contact's id; nil for an officer, or once the contact was erased.
    public var ownerContactId: Int64?
    public var dueOn: Day
    public var status: PlanStatus
    /// When it was done or dropped; nil while open.
    public var closedOn: Day?
    /// Why it was dropped; nil unless dropped.
    public var dropReason: String?

    /// Creates an action value.
    public init(id: Int64, authority: String, region: Region, leadOfficer: String?, statement: String, action: String,
                owner: String, ownerKind: OwnerKind, ownerContactId: Int64?, dueOn: Day, status: PlanStatus,
                closedOn: Day?, dropReason: String?) {
        (self.id, self.authority, self.region, self.leadOfficer) = (id, authority, region, leadOfficer)
        (self.statement, self.action, self.owner, self.ownerKind, self.ownerContactId) = (statement, action, owner, ownerKind, ownerContactId)
        (self.dueOn, self.status, self.closedOn, self.dropReason) = (dueOn, status, closedOn, dropReason)
    }

    /// Whether it is still open.
    public var isOpen: Bool { status == .open }

    /// Open, with a due date before `today`.
    public func isOverdue(today: Day) -> Bool { isOpen && dueOn < today }

    /// Checks that it may be marked done on `date`.
    /// - Throws: `EngageError.refused` when it is not open, `.invalid` for a date after today.
    public func checkDone(on date: Day, today: Day) throws(EngageError) {
        try checkOpen()
        try checkClosingDate(date, today: today, verb: "done")
    }

    /// Checks that it may be dropped on `date` for `reason`.
    /// - Returns: The trimmed reason.
    /// - Throws: `EngageError.refused` when it is not open, `.invalid` for a blank reason or a date after today.
    public func checkDrop(reason: String, on date: Day, today: Day) throws(EngageError) -> String {
        try checkOpen()
        let text = reason.trimmingWhitespace()
        guard !text.isEmpty else {
            throw EngageError(.invalid, "the reason for dropping action \(id) is empty", hint: "say why with --reason \"…\"").about("reason")
        }
        guard text.count <= NewPlanAction.maximumTextLength else {
            throw EngageError(.invalid, "the reason for dropping action \(id) is \(text.count) characters long",
                              hint: "keep it to \(NewPlanAction.maximumTextLength)").about("reason")
        }
        try checkClosingDate(date, today: today, verb: "dropped")
        return text
    }

    private func checkOpen() throws(EngageError) {
        guard isOpen else {
            throw EngageError(.refused, "action \(id) for \(authority) is already \(status.rawValue)"
                                  + (closedOn.map { " (on \($0))" } ?? ""),
                              hint: "see 'engage plan list --open' for the open ones", code: "status_conflict")
        }
    }

    private func checkClosingDate(_ date: Day, today: Day, verb: String) throws(EngageError) {
        guard date <= today else {
            throw EngageError(.invalid, "action \(id) cannot be \(verb) on \(date), which is in the future",
                              hint: "give today (\(today)) or an earlier date with --date").about("date")
        }
    }

    /// Which actions a list shows; filters combine (all must hold).
    public struct Filter: Equatable, Sendable {
        /// Only this authority's actions (by name, any case).
        public var authority: String?
        /// Only open actions.
        public var openOnly: Bool
        /// Only open actions due before `today`.
        public var overdueOnly: Bool
        /// Only actions of authorities this officer leads.
        public var officer: String?
        public var region: Region?
        /// The day that decides what is overdue.
        public var today: Day

        /// Creates a filter; nil means "any".
        public init(authority: String? = nil, openOnly: Bool = false, overdueOnly: Bool = false, officer: String? = nil,
                    region: Region? = nil, today: Day) {
            (self.authority, self.openOnly, self.overdueOnly) = (authority, openOnly, overdueOnly)
            (self.officer, self.region, self.today) = (officer, region, today)
        }
    }
}
