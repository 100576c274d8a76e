/// An agency to record in an authority, checked against the domain's rules when made.
public struct NewAgency: Equatable, Sendable {
    /// The authority's name, as typed.
    public let authority: String
    public let name: String
    public let type: AgencyType
    /// Whether it is a multi-agency forum: its type is one, or the user said so.
    public let isForum: Bool
    public let identifiedOn: Day

    /// Validates an agency to add.
    /// - Parameters:
    ///   - authority: The authority's name.
    ///   - name: The agency's name, e.g. "Somerset LSCB"; trimmed.
    ///   - type: Its type.
    ///   - forum: Whether to count it as a multi-agency forum although its type is not one.
    ///   - identifiedOn: When it was identified.
    ///   - today: Today, which `identifiedOn` may not be after.
    /// - Throws: `EngageError.invalid` for an unusable name or a date in the future.
    public init(authority: String, name: String, type: AgencyType, forum: Bool = false,
                identifiedOn: Day, today: Day) throws(EngageError) {
        self.authority = authority
        self.name = try DisplayName.validated(name, of: "agency", field: "name")
        self.type = type
        self.isForum = forum || type.isForum
        guard identifiedOn <= today else {
            throw EngageError(.invalid, "the agency's date \(identifiedOn) is in the future",
                              hint: "give the date it was identified, today (\(today)) or earlier").about("identifiedOn")
        }
        self.identifiedOn = identifiedOn
    }
}
