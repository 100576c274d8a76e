/// What `engage import` and `engage export` move: one kind of record, as CSV with fixed columns.
public enum ImportKind: String, CaseIterable, Sendable, Codable {
    case authorities, agencies, activities, followups

    /// The columns, in the order `engage export` writes them. An import's header names them in
    /// any order; optional ones may be left out.
    public var columns: [ImportColumn] {
        switch self {
        case .authorities:
            [.init("name", required: true, help: "The authority's name; unique ignoring case."),
             .init("region", required: true, help: "Its region: a key (north-west), a name (North West) or a short form (NW)."),
             .init("profile", layout: .multiline, help: "Free text on what shapes engagement there.")]
        case .agencies:
            [.init("authority", help: "The authority's name; blank for a national body."),
             .init("name", required: true, help: "The agency's name; unique per authority ignoring case."),
             .init("type", required: true, help: "Its type: " + AgencyType.allCases.map(\.rawValue).joined(separator: ", ") + "."),
             .init("forum", help: "true when it counts as a multi-agency forum; blank: as its type says."),
             .init("identified_on", help: "When it was identified, YYYY-MM-DD; blank: today."),
             .init("reached_on", help: "When an activity first reached it, YYYY-MM-DD; blank: not yet."),
             .init("notes", layout: .multiline, help: "A note.")]
        case .activities: Self.activityColumns
        case .followups:
            [.ref(of: "follow-up"),
             .init("authority", required: true, help: "The authority that asked."),
             .init("request", required: true, help: "What was asked for."),
             .init("kind", help: "One of " + FollowUp.Kind.allCases.map(\.rawValue).joined(separator: ", ") + "; blank: other."),
             .init("opened_on", required: true, help: "When it was asked for, YYYY-MM-DD; not in the future."),
             .init("due_on", help: "When it is due; blank: no due date (never overdue); column left out: \(FollowUp.defaultDueDays) days after opened_on."),
             .init("closed_on", help: "When it was done; blank while open."),
             .init("outcome", layout: .multiline, help: "What was done; given exactly when closed_on is.")]
        }
    }

    private static let activityColumns: [ImportColumn] = [
        .ref(of: "activity"),
        .init("authority", help: "The authority it took place in; blank for a national activity."),
        .init("kind", required: true, help: "One of " + ActivityKind.allCases.map(\.rawValue).joined(separator: ", ") + "."),
        .init("date", required: true, help: "When it happened, YYYY-MM-DD; a future date needs planned=true."),
        .init("sector", help: "The audience's sector (required when national): " + Sector.allCases.map(\.rawValue).joined(separator: ", ") + "."),
        .init("title", help: "A title; tells apart activities of one kind on one day."),
        .init("attendees", help: "How many attended (0–100000); blank when unknown."),
        .init("officer", required: true, help: "Who delivered or attended it, by name."),
        .init("planned", help: "true for an activity booked but not yet happened; blank: false."),
        .init("agencies", listsNames: true, help: "The agencies it reached, by name, one per line within the field (already recorded)."),
        .init("notes", layout: .multiline, help: "A note."),
    ]

    /// Whether the kind's first column is `ref`, the stable key that tells apart records agreeing
    /// in their natural key (activities, follow-ups; see `RecordRef`).
    public var hasRef: Bool { columns.first?.name == "ref" }

    /// The header line `engage export` writes, e.g. `name,region,profile`.
    public var header: String { columns.map(\.name).joined(separator: ",") }

    /// The record's noun in messages, e.g. "authority".
    public var noun: String {
        switch self {
        case .authorities: "authority"
        case .agencies: "agency"
        case .activities: "activity"
        case .followups: "follow-up"
        }
    }
}
