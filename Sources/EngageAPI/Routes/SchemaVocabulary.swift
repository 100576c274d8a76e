import EngageCore

/// Schemas and parameters several routes share, named once.
enum Vocabulary {
    static let region = Schema.enumeration(Region.allCases.map(\.rawValue))
    static let status = Schema.enumeration(AuthorityStatus.allCases.map(\.rawValue))
    static let stage = Schema.integer(minimum: 1, maximum: 4)
    static let activityKind = Schema.enumeration(ActivityKind.allCases.map(\.rawValue))
    static let agencyType = Schema.enumeration(AgencyType.allCases.map(\.rawValue))
    static let sector = Schema.enumeration(Sector.allCases.map(\.rawValue))
    static let followUpKind = Schema.enumeration(FollowUp.Kind.allCases.map(\.rawValue))
    static let briefingKind = Schema.enumeration(Briefing.Kind.allCases.map(\.rawValue))

    /// `{name}`: an authority, by name in any case.
    static let authorityName = Property("name", .name, required: true, "The authority's name, in any case.")
    /// `{id}`: a record's id.
    static let recordID = Property("id", .id, required: true, "The record's id.")
    /// A reason recorded in the history.
    static let reason = Property("reason", .text, "Why, recorded in the authority's history.")

    /// The region, in a query.
    static let regionFilter = Property("region", region, "Only authorities in this region.")
    /// The officer, in a query.
    static let officerFilter = Property("officer", .name, "Only what this officer leads or delivered.")
}

extension Region {
    /// The region from a checked field (the schema lists the raw values).
    static func field(_ text: String?) throws -> Region? { try text.map { text throws(EngageError) in try Region.parse(text) } }
}
