/// A work-plan action to record, checked against the domain's rules when made. Whether the
/// statement, the authority and the owner exist is for the store to check.
public struct NewPlanAction: Equatable, Sendable {
    /// The longest action text (or drop reason) accepted, in characters.
    public static let maximumTextLength = 2_000

    /// The authority's name, as typed.
    public let authority: String
    /// The Quality Statement's key, lowercased, e.g. `voice`.
    public let statement: String
    /// What is to be done, trimmed.
    public let action: String
    /// The owner: an officer's name, or else a contact's in the authority.
    public let owner: String
    /// When it is due; any date, since a plan looks ahead (or records what was late).
    public let dueOn: Day

    /// Validates an action.
    /// - Throws: `EngageError.invalid` saying which value is wrong.
    public init(authority: String, statement: String, action: String, owner: String, dueOn: Day) throws(EngageError) {
        let key = statement.trimmingWhitespace().lowercased()
        guard !key.isEmpty else {
            throw EngageError(.invalid, "the statement key is empty",
                              hint: "give one with --statement KEY; 'engage plan add --help' lists them").about("statement")
        }
        let text = action.trimmingWhitespace()
        guard !text.isEmpty else {
            throw EngageError(.invalid, "the action is empty", hint: "say what is to be done with --action \"…\"").about("action")
        }
        guard text.count <= Self.maximumTextLength else {
            throw EngageError(.invalid, "the action is \(text.count) characters long", hint: "keep it to \(Self.maximumTextLength)").about("action")
        }
        self.authority = authority
        self.statement = key
        self.action = text
        self.owner = try DisplayName.validated(owner, of: "owner", field: "owner")
        self.dueOn = dueOn
    }
}
