/// An authority's self-assessment against the Quality Statements on a date: who took part and
/// its ratings (a statement may be unrated, none rated twice).
public struct Assessment: Equatable, Sendable, Codable {
    /// Someone who took part: a contact of the authority (by id, with their current name), or a
    /// name in free text.
    public struct Participant: Equatable, Sendable, Codable {
        /// The contact's id, when a contact took part.
        public var contactId: Int64?
        /// The contact's name, or the free-text name.
        public var name: String?

        /// Creates a participant.
        public init(contactId: Int64?, name: String?) {
            self.contactId = contactId
            self.name = name
        }

        /// How a list shows them: the name, else "contact N" (an erased contact keeps no name).
        public var displayName: String { name ?? contactId.map { "contact \($0)" } ?? "someone" }
    }

    /// One statement's rating, with the evidence noted for it.
    public struct Rated: Equatable, Sendable, Codable {
        /// The statement's key.
        public var statement: String
        public var rating: Rating
        public var evidence: String?

        /// Creates a rating value.
        public init(statement: String, rating: Rating, evidence: String?) {
            self.statement = statement
            self.rating = rating
            self.evidence = evidence
        }
    }

    public var id: Int64
    /// The authority's name.
    public var authority: String
    public var assessedOn: Day
    public var participants: [Participant]
    /// The ratings, in the statements' order.
    public var ratings: [Rated]

    /// Creates an assessment value.
    public init(id: Int64, authority: String, assessedOn: Day, participants: [Participant], ratings: [Rated]) {
        (self.id, self.authority, self.assessedOn, self.participants, self.ratings) = (id, authority, assessedOn, participants, ratings)
    }

    /// How many statements it rates.
    public var ratedCount: Int { ratings.count }

    /// The mean of its ratings, to two decimals; nil when it rates none.
    public var meanRating: Double? {
        guard !ratings.isEmpty else { return nil }
        let mean = Double(ratings.map(\.rating.rawValue).reduce(0, +)) / Double(ratings.count)
        return (mean * 100).rounded() / 100
    }

    /// The rating of the statement `key`, when rated.
    public func rating(of key: String) -> Rated? { ratings.first { $0.statement == key } }

    private enum CodingKeys: String, CodingKey {
        case id, authority, assessedOn, participants, ratings, ratedCount, meanRating
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(Int64.self, forKey: .id), authority: try container.decode(String.self, forKey: .authority),
                  assessedOn: try container.decode(Day.self, forKey: .assessedOn),
                  participants: try container.decode([Participant].self, forKey: .participants),
                  ratings: try container.decode([Rated].self, forKey: .ratings))
    }

    /// Encodes its members and, for scripts, `rated_count` and `mean_rating` (null when none).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(authority, forKey: .authority)
        try container.encode(assessedOn, forKey: .assessedOn)
        try container.encode(participants, forKey: .participants)
        try container.encode(ratings, forKey: .ratings)
        try container.encode(ratedCount, forKey: .ratedCount)
        try container.encode(meanRating, forKey: .meanRating)
    }
}
