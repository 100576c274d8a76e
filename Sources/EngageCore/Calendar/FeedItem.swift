import FoundationEssentials

/// One thing due that a calendar feed shows, as the store reads it: an open follow-up with a
/// due date, an open plan action, or a planned activity; with when its record was made and
/// last changed (for the event's SEQUENCE and LAST-MODIFIED).
public struct FeedItem: Equatable, Sendable {
    /// Which kind of record, which names its UID.
    public enum Kind: String, Sendable {
        case followUp = "followup"
        case planAction = "plan-action"
        case activity
    }

    public let kind: Kind
    /// The record's id.
    public let id: Int64
    /// The day it is due (or, for an activity, booked).
    public let day: Day
    /// The authority's name; nil for a national activity.
    public let authority: String?
    /// What it is: the request, the action, the activity's title or kind.
    public let title: String
    /// A line or two more: kind, owner, statement, lead officer, notes.
    public let details: [String]
    public let createdAt: Date
    /// The later of the record's and its authority's last change (a renamed or reassigned
    /// authority changes what the event says).
    public let modifiedAt: Date

    /// Creates the value.
    public init(kind: Kind, id: Int64, day: Day, authority: String?, title: String, details: [String], createdAt: Date, modifiedAt: Date) {
        (self.kind, self.id, self.day, self.authority, self.title) = (kind, id, day, authority, title)
        (self.details, self.createdAt, self.modifiedAt) = (details, createdAt, modifiedAt)
    }

    /// The UID, stable for the record's life: `followup-12@engage`.
    public var uid: String { "\(kind.rawValue)-\(id)@engage" }

    /// The event's revision: whole seconds from the record's making to its last change, which
    /// only grows as the record changes (and fits iCalendar's 32-bit INTEGER for 68 years).
    public var sequence: Int {
        Int(max(0, min(modifiedAt.timeIntervalSince(createdAt), Double(Int32.max))).rounded(.down))
    }

    /// The one line a calendar shows: `Follow-up · Dorset: Send the slides`.
    public var summary: String {
        let label = switch kind {
        case .followUp: "Follow-up"
        case .planAction: "Plan action"
        case .activity: "Activity"
        }
        return "\(label) · \(authority ?? "national"): \(title)"
    }

    /// The event for this item; `url` is the board's page about it, when known.
    public func event(url: String?) -> CalendarEvent {
        let when = kind == .activity ? "Booked for" : "Due"
        let lines = [summary] + details + ["\(when) \(day) (engage \(kind.rawValue) \(id))."]
        return CalendarEvent(uid: uid, day: day, summary: summary, description: lines.joined(separator: "\n"), url: url,
                             sequence: sequence, lastModified: modifiedAt)
    }
}
