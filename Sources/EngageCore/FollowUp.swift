/// A request from an authority (or one of its contacts) for more: a workshop, materials, a conference.
public struct FollowUp: Equatable, Sendable, Codable {
    /// What sort of help was asked for.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case workshop, materials, conference, briefing, other

        /// Reads a kind by name, ignoring case.
        /// - Throws: `EngageError.invalid` listing the kinds.
        public static func parse(_ text: String) throws(EngageError) -> Kind {
            guard let kind = Kind(rawValue: text.lowercased().trimmingWhitespace()) else {
                throw EngageError(.invalid, "unknown follow-up kind '\(text)'",
                                  hint: "use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
    }

    /// Days from opening to the due date when none is given.
    public static let defaultDueDays = 30

    /// The due date of a request opened on `openedOn` when none is given.
    public static func defaultDue(openedOn: Day) -> Day { openedOn.adding(days: defaultDueDays) }

    public var id: Int64
    /// The authority's name.
    public var authority: String
    public var region: Region
    /// The authority's status, to tell when a request needs the authority taken on again.
    public var authorityStatus: AuthorityStatus
    /// The authority's lead officer, when it has one.
    public var leadOfficer: String?
    /// What was asked for.
    public var summary: String
    public var kind: Kind
    /// The contact who asked, by id only: a contact's personal data stays in the contact's own records.
    public var contactId: Int64?
    public var openedOn: Day
    public var dueOn: Day?
    /// When it was done; nil while open.
    public var closedOn: Day?
    public var outcome: String?

    /// Creates a follow-up value.
    public init(id: Int64, authority: String, region: Region, authorityStatus: AuthorityStatus, leadOfficer: String?,
                summary: String, kind: Kind, contactId: Int64?, openedOn: Day, dueOn: Day?, closedOn: Day?, outcome: String?) {
        (self.id, self.authority, self.region, self.authorityStatus) = (id, authority, region, authorityStatus)
        (self.leadOfficer, self.summary, self.kind, self.contactId) = (leadOfficer, summary, kind, contactId)
        (self.openedOn, self.dueOn, self.closedOn, self.outcome) = (openedOn, dueOn, closedOn, outcome)
    }

    /// Whether it is still open.
    public var isOpen: Bool { closedOn == nil }

    /// Open, with a due date before `today`.
    public func isOverdue(today: Day) -> Bool {
        guard isOpen, let dueOn else { return false }
        return dueOn < today
    }

    /// Whole days since it was opened.
    public func age(today: Day) -> Int { openedOn.days(until: today) }

    /// Whether the authority's work is finished, so the request needs it taken on again.
    public var needsNewWork: Bool { authorityStatus == .completed || authorityStatus == .closed }

    /// Checks the outcome and date of marking it done.
    /// - Parameters:
    ///   - outcome: What was done; trimmed, required.
    ///   - date: When; not before it was opened, not after today.
    ///   - today: Today.
    /// - Returns: The trimmed outcome.
    /// - Throws: `EngageError.refused` when already done, `.invalid` for a blank outcome or a bad date.
    public func checkCompletion(outcome: String, on date: Day, today: Day) throws(EngageError) -> String {
        guard isOpen else {
            throw EngageError(.refused, "follow-up \(id) for \(authority) was already done on \(closedOn.map(\.description) ?? "")",
                              hint: "see 'engage followup list' for the open ones")
        }
        let text = outcome.trimmingWhitespace()
        guard !text.isEmpty else {
            throw EngageError(.invalid, "the outcome of follow-up \(id) is empty", hint: "say what was done with --outcome \"…\"").about("outcome")
        }
        guard date >= openedOn, date <= today else {
            throw EngageError(.invalid, "follow-up \(id) cannot be done on \(date)",
                              hint: "give a date from when it was opened (\(openedOn)) to today (\(today))").about("date")
        }
        return text
    }

    /// Which open follow-ups a list shows; filters combine (all must hold).
    public struct Filter: Equatable, Sendable {
        /// Only overdue ones.
        public var overdueOnly: Bool
        /// Only authorities this officer leads.
        public var officer: String?
        public var region: Region?
        /// The day that decides what is overdue.
        public var today: Day

        /// Creates a filter; nil means "any".
        public init(overdueOnly: Bool = false, officer: String? = nil, region: Region? = nil, today: Day) {
            self.overdueOnly = overdueOnly
            self.officer = officer
            self.region = region
            self.today = today
        }
    }
}
