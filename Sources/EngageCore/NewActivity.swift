/// An activity to record, checked against the domain's rules when made.
public struct NewActivity: Equatable, Sendable {
    /// Where an activity took place.
    public enum Scope: Equatable, Sendable {
        /// In an authority, by name.
        case authority(String)
        /// Nationally, for an audience from a sector.
        case national
    }

    /// The attendee counts accepted.
    public static let attendeesRange = 0...100_000

    public let scope: Scope
    public let kind: ActivityKind
    public let date: Day
    public let sector: Sector?
    /// The agencies it reached, by name, without repeats (ignoring case).
    public let agencies: [String]
    /// The type to record agencies with when a name is not yet known in the authority; nil refuses unknown names.
    public let newAgencyType: AgencyType?
    public let attendees: Int?
    /// The officer, by name; nil means the authority's lead officer.
    public let officer: String?
    public let title: String?
    public let notes: String?
    public let planned: Bool
    /// When agencies first named by this activity count as identified: its date, or today for a planned one.
    public let newAgenciesIdentifiedOn: Day

    /// Validates an activity to record.
    /// - Parameters:
    ///   - scope: An authority, or national (which needs a sector and an officer, and reaches no agencies).
    ///   - today: Today: an activity that happened is not after it; a planned one is not before it.
    /// - Throws: `EngageError.invalid` saying which rule the values break.
    public init(scope: Scope, kind: ActivityKind, date: Day, sector: Sector? = nil, agencies: [String] = [],
                newAgencyType: AgencyType? = nil, attendees: Int? = nil, officer: String? = nil,
                title: String? = nil, notes: String? = nil, planned: Bool = false, today: Day) throws(EngageError) {
        try Self.check(date: date, planned: planned, today: today)
        if let attendees, !Self.attendeesRange.contains(attendees) {
            throw EngageError(.invalid, "\(attendees) attendees is out of range",
                              hint: "give a number from \(Self.attendeesRange.lowerBound) to \(Self.attendeesRange.upperBound), or leave --attendees out when unknown").about("attendees")
        }
        var names: [String] = []
        for raw in agencies {
            let name: String
            do { name = try DisplayName.validated(raw, of: "agency") } catch { throw error.about("agencies") }
            if !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
        }
        if scope == .national {
            try Self.checkNational(sector: sector, agencies: names, officer: officer)
        }
        (self.scope, self.kind, self.date, self.sector, self.agencies) = (scope, kind, date, sector, names)
        (self.newAgencyType, self.attendees, self.planned) = (newAgencyType, attendees, planned)
        self.newAgenciesIdentifiedOn = min(date, today)
        self.officer = try officer.map { name throws(EngageError) in try DisplayName.validated(name, of: "officer") }
        self.title = Self.text(title)
        self.notes = Self.text(notes)
    }

    /// Refuses a past date for a planned activity, and a future one for an activity that happened.
    private static func check(date: Day, planned: Bool, today: Day) throws(EngageError) {
        if planned, date < today {
            throw EngageError(.invalid, "a planned activity's date \(date) is in the past",
                              hint: "record it without --planned, as one that happened").about("date")
        }
        if !planned, date > today {
            throw EngageError(.invalid, "the activity's date \(date) is in the future",
                              hint: "add --planned to book it, or give the date it happened (today is \(today))").about("date")
        }
    }

    private static func checkNational(sector: Sector?, agencies: [String], officer: String?) throws(EngageError) {
        guard sector != nil else {
            throw EngageError(.invalid, "a national activity needs the sector of its audience",
                              hint: "add --sector, one of: " + Sector.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard agencies.isEmpty else {
            throw EngageError(.invalid, "a national activity reaches no agencies of an authority",
                              hint: "leave out --agency, or record it in the authority instead of --national")
        }
        guard officer != nil else {
            throw EngageError(.invalid, "a national activity has no lead officer to default to",
                              hint: "say who it was with --officer NAME")
        }
    }

    /// Trimmed text; blank means none.
    private static func text(_ raw: String?) -> String? {
        let trimmed = raw?.trimmingWhitespace()
        return trimmed?.isEmpty == false ? trimmed : nil
    }
}
