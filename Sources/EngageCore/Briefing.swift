/// A sector briefing (Early Years, Health, …) or a locality briefing written for particular authorities.
public struct Briefing: Equatable, Sendable, Codable {
    /// Whether a briefing is for a sector or for localities.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case sector, locality

        /// Reads a kind by name, ignoring case.
        /// - Throws: `EngageError.invalid` listing the kinds.
        public static func parse(_ text: String) throws(EngageError) -> Kind {
            guard let kind = Kind(rawValue: text.lowercased().trimmingWhitespace()) else {
                throw EngageError(.invalid, "unknown briefing kind '\(text)'", hint: "use sector or locality")
            }
            return kind
        }
    }

    /// Who a briefing is sent to: exactly one authority, network, or agency of an authority.
    public enum Recipient: Equatable, Sendable {
        case authority(String)
        /// A network such as Clinks or Women in Prison; created on first use.
        case network(String)
        /// An agency, by name, in an authority.
        case agency(String, in: String)
    }

    public var id: Int64
    public var title: String
    public var kind: Kind
    /// The sector, for a sector briefing.
    public var sector: Sector?
    /// The authorities a locality briefing was written for, by name.
    public var authorities: [String]
    /// How many times it has been sent.
    public var timesSent: Int

    /// Creates a briefing value.
    public init(id: Int64, title: String, kind: Kind, sector: Sector?, authorities: [String], timesSent: Int) {
        self.id = id
        self.title = title
        self.kind = kind
        self.sector = sector
        self.authorities = authorities
        self.timesSent = timesSent
    }

    /// A briefing to add, checked against the domain's rules when made.
    public struct Draft: Equatable, Sendable {
        public let title: String
        public let kind: Kind
        public let sector: Sector?
        /// For a locality briefing, the authorities' names without repeats (ignoring case).
        public let authorities: [String]

        /// Validates a briefing: a sector briefing names its sector, a locality briefing one or more authorities.
        /// - Throws: `EngageError.invalid` for an unusable title or a mismatch of kind and what it names.
        public init(title: String, kind: Kind, sector: Sector? = nil, authorities: [String] = []) throws(EngageError) {
            self.title = try DisplayName.validated(title, of: "briefing", field: "title")
            var names: [String] = []
            for raw in authorities {
                let name = try DisplayName.validated(raw, of: "authority", field: "authorities")
                if !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
            }
            switch kind {
            case .sector:
                guard sector != nil, names.isEmpty else {
                    throw EngageError(.invalid, "a sector briefing names its sector and no authorities",
                                      hint: "give --sector, one of: " + Sector.allCases.map(\.rawValue).joined(separator: ", ")).about("sector")
                }
            case .locality:
                guard !names.isEmpty, sector == nil else {
                    throw EngageError(.invalid, "a locality briefing names the authorities it was written for, and no sector",
                                      hint: "give --authority NAME, once for each authority").about("authorities")
                }
            }
            (self.kind, self.sector, self.authorities) = (kind, sector, names)
        }
    }

    /// One sending of a briefing, checked when made.
    public struct Sending: Equatable, Sendable {
        public let title: String
        public let recipient: Recipient
        public let sentOn: Day

        /// Validates a sending: the names are usable and the date is not in the future.
        /// - Throws: `EngageError.invalid` saying what is wrong.
        public init(title: String, recipient: Recipient, sentOn: Day, today: Day) throws(EngageError) {
            self.title = try DisplayName.validated(title, of: "briefing")
            switch recipient {
            case .authority(let name): self.recipient = .authority(try DisplayName.validated(name, of: "authority", field: "recipient"))
            case .network(let name): self.recipient = .network(try DisplayName.validated(name, of: "network", field: "recipient"))
            case .agency(let name, let authority):
                self.recipient = .agency(try DisplayName.validated(name, of: "agency", field: "recipient"),
                                         in: try DisplayName.validated(authority, of: "authority", field: "recipientAuthority"))
            }
            guard sentOn <= today else {
                throw EngageError(.invalid, "the sending date \(sentOn) is in the future",
                                  hint: "record a briefing once it has gone out (today is \(today))").about("sentOn")
            }
            self.sentOn = sentOn
        }
    }

    /// A recorded sending of a briefing.
    public struct Dissemination: Equatable, Sendable, Codable {
        public var id: Int64
        /// The briefing's title.
        public var briefing: String
        /// What received it: `authority`, `network` or `agency`.
        public var recipientKind: String
        /// The recipient's name; for an agency, "AGENCY (AUTHORITY)".
        public var recipient: String
        public var sentOn: Day

        /// Creates a dissemination value.
        public init(id: Int64, briefing: String, recipientKind: String, recipient: String, sentOn: Day) {
            self.id = id
            self.briefing = briefing
            self.recipientKind = recipientKind
            self.recipient = recipient
            self.sentOn = sentOn
        }
    }
}
