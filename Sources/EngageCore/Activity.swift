/// An event the team delivered or attended, in an authority or nationally.
public struct Activity: Equatable, Sendable, Codable {
    public var id: Int64
    public var kind: ActivityKind
    public var occurredOn: Day
    /// The authority it was in; nil for a national activity.
    public var authority: String?
    /// The sector of its audience, when recorded (always for a national activity).
    public var sector: Sector?
    public var title: String?
    /// How many attended, when known.
    public var attendees: Int?
    /// The officer who delivered or attended it.
    public var officer: String
    public var notes: String?
    /// Booked for a future date; it counts for nothing until it has happened.
    public var planned: Bool
    /// The names of the agencies it reached, by name.
    public var agencies: [String]

    /// Creates an activity value.
    public init(id: Int64, kind: ActivityKind, occurredOn: Day, authority: String?, sector: Sector?, title: String?,
                attendees: Int?, officer: String, notes: String?, planned: Bool, agencies: [String]) {
        self.id = id
        self.kind = kind
        self.occurredOn = occurredOn
        self.authority = authority
        self.sector = sector
        self.title = title
        self.attendees = attendees
        self.officer = officer
        self.notes = notes
        self.planned = planned
        self.agencies = agencies
    }

    /// Which activities a list shows; filters combine (all must hold).
    public struct Filter: Equatable, Sendable {
        /// Only this authority's activities (its name).
        public var authority: String?
        /// Only on or after this day.
        public var from: Day?
        /// Only on or before this day.
        public var to: Day?
        public var kind: ActivityKind?

        /// Creates a filter; nil means "any".
        /// - Throws: `EngageError.invalid` when `from` is after `to`.
        public init(authority: String? = nil, from: Day? = nil, to: Day? = nil, kind: ActivityKind? = nil) throws(EngageError) {
            if let from, let to, from > to {
                throw EngageError(.invalid, "the period from \(from) to \(to) ends before it starts",
                                  hint: "give --from on or before --to")
            }
            self.authority = authority
            self.from = from
            self.to = to
            self.kind = kind
        }
    }
}
