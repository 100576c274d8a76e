/// A contact to add, checked against the domain's rules when made.
public struct NewContact: Equatable, Sendable {
    /// The authority's name, as typed.
    public let authority: String
    public let name: String
    public let role: String
    public let organisation: String?
    public let email: String?
    public let phone: String?

    /// Validates a contact: a usable name and role, an email with one `@`, a phone of 6–20 digits,
    /// spaces and `+()-`.
    /// - Throws: `EngageError.invalid` saying which value is wrong.
    public init(authority: String, name: String, role: String, organisation: String? = nil,
                email: String? = nil, phone: String? = nil) throws(EngageError) {
        self.authority = authority
        self.name = try DisplayName.validated(name, of: "contact", field: "name")
        self.role = try DisplayName.validated(role, of: "role", field: "role")
        self.organisation = try Self.optional(organisation).map { text throws(EngageError) in
            try DisplayName.validated(text, of: "organisation", field: "organisation")
        }
        self.email = try Self.optional(email).map(Self.validatedEmail)
        self.phone = try Self.optional(phone).map(Self.validatedPhone)
    }

    private static func validatedEmail(_ email: String) throws(EngageError) -> String {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }),
              !email.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
            throw EngageError(.invalid, "the email '\(email)' is not an email address", hint: "write it as name@example.org").about("email")
        }
        return email
    }

    private static func validatedPhone(_ phone: String) throws(EngageError) -> String {
        let allowed = Set("0123456789 +()-")
        guard (6...20).contains(phone.count), phone.allSatisfy(allowed.contains) else {
            throw EngageError(.invalid, "the phone number '\(phone)' is not a phone number",
                              hint: "use 6 to 20 digits, spaces and + ( ) -, e.g. 01823 355 000").about("phone")
        }
        return phone
    }

    /// Trimmed text; blank means none.
    private static func optional(_ raw: String?) -> String? {
        let trimmed = raw?.trimmingWhitespace()
        return trimmed?.isEmpty == false ? trimmed : nil
    }
}
