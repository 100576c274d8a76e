/// An account to add, checked against the domain's rules when made.
public struct NewUser: Equatable, Sendable {
    public let name: String
    public let role: Role
    /// The officer the account acts as: given for an officer's account (the account's own name
    /// unless said otherwise), nil for the others.
    public let officer: String?

    /// Validates an account to add.
    /// - Parameters:
    ///   - name: The person's name, as they will type it to sign in; trimmed.
    ///   - role: What they may do.
    ///   - officer: For an officer's account, the officer it acts as; the account's name when nil.
    /// - Throws: `EngageError.invalid` for an unusable name, or an officer named for another role.
    public init(name: String, role: Role, officer: String? = nil) throws(EngageError) {
        self.name = try DisplayName.validated(name, of: "user")
        self.role = role
        let officer = officer.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        guard role == .officer || officer == nil else {
            throw EngageError(.invalid, "only an officer's account acts as an officer; \(self.name) is to be a \(role.rawValue)",
                              hint: "leave out the officer, or make the role officer")
        }
        self.officer = role == .officer ? try DisplayName.validated(officer ?? self.name, of: "officer") : nil
    }
}
