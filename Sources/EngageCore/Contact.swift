/// A person in an authority the team works with. Personal data: erasable on request.
public struct Contact: Equatable, Sendable, Codable {
    public var id: Int64
    /// The authority's name.
    public var authority: String
    public var name: String
    /// E.g. "LSCB Manager".
    public var role: String?
    public var organisation: String?
    public var email: String?
    public var phone: String?

    /// Creates a contact value.
    public init(id: Int64, authority: String, name: String, role: String?, organisation: String?, email: String?, phone: String?) {
        self.id = id
        self.authority = authority
        self.name = name
        self.role = role
        self.organisation = organisation
        self.email = email
        self.phone = phone
    }

    /// What an erasure did, holding no personal data: the contact's id, its authority, what was blanked.
    public struct Erasure: Equatable, Sendable, Codable {
        /// The erased contact's id.
        public var contactId: Int64
        /// The authority it belonged to.
        public var authority: String
        /// Earlier audit rows whose details were blanked.
        public var auditRowsBlanked: Int
        /// Follow-ups that no longer name a contact.
        public var followUpsUnlinked: Int

        /// Creates an erasure summary.
        public init(contactId: Int64, authority: String, auditRowsBlanked: Int, followUpsUnlinked: Int) {
            self.contactId = contactId
            self.authority = authority
            self.auditRowsBlanked = auditRowsBlanked
            self.followUpsUnlinked = followUpsUnlinked
        }
    }
}
