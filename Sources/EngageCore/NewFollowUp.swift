/// A follow-up request to record, checked against the domain's rules when made.
public struct NewFollowUp: Equatable, Sendable {
    /// The longest summary accepted, in characters.
    public static let maximumSummaryLength = 2_000

    /// The authority's name, as typed.
    public let authority: String
    public let summary: String
    public let kind: FollowUp.Kind
    /// The contact who asked, by name in the authority.
    public let contact: String?
    public let openedOn: Day
    /// Given, or `FollowUp.defaultDueDays` after opening.
    public let dueOn: Day

    /// Validates a request.
    /// - Parameters:
    ///   - openedOn: When it was asked for; not after `today`.
    ///   - dueOn: When it is due; not before `openedOn`. Nil means `FollowUp.defaultDueDays` later.
    /// - Throws: `EngageError.invalid` saying which value is wrong.
    public init(authority: String, summary: String, kind: FollowUp.Kind = .other, contact: String? = nil,
                openedOn: Day, dueOn: Day? = nil, today: Day) throws(EngageError) {
        let text = summary.trimmingWhitespace()
        guard !text.isEmpty else {
            throw EngageError(.invalid, "the follow-up summary is empty", hint: "say what was asked for with --summary \"…\"").about("summary")
        }
        guard text.count <= Self.maximumSummaryLength else {
            throw EngageError(.invalid, "the follow-up summary is \(text.count) characters long",
                              hint: "keep it to \(Self.maximumSummaryLength)").about("summary")
        }
        guard openedOn <= today else {
            throw EngageError(.invalid, "the follow-up's date \(openedOn) is in the future",
                              hint: "give the date it was asked for, today (\(today)) or earlier").about("openedOn")
        }
        let due = dueOn ?? FollowUp.defaultDue(openedOn: openedOn)
        guard due >= openedOn else {
            throw EngageError(.invalid, "the due date \(due) is before the request was opened on \(openedOn)",
                              hint: "give a due date on or after \(openedOn)").about("dueOn")
        }
        self.authority = authority
        self.summary = text
        self.kind = kind
        do {
            self.contact = try contact.map { name throws(EngageError) in try DisplayName.validated(name, of: "contact") }
        } catch {
            throw error.about("contact")
        }
        self.openedOn = openedOn
        self.dueOn = due
    }
}
