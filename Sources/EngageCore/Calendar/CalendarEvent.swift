import FoundationEssentials

/// One all-day event of a published calendar (a VEVENT): something due on a day.
public struct CalendarEvent: Equatable, Sendable {
    /// Stable for the record's whole life, e.g. `followup-12@engage`, so that a calendar
    /// updates the event it already has instead of adding another.
    public let uid: String
    /// The day it falls on (`DTSTART;VALUE=DATE`; it ends the next day, exclusive).
    public let day: Day
    public let summary: String
    public let description: String
    /// The board's page about it, when the service's public address is known.
    public let url: String?
    /// Which revision of the record this is: grows whenever the record changes.
    public let sequence: Int
    /// When the record last changed.
    public let lastModified: Date

    /// Creates the value.
    public init(uid: String, day: Day, summary: String, description: String, url: String?, sequence: Int, lastModified: Date) {
        (self.uid, self.day, self.summary, self.description) = (uid, day, summary, description)
        (self.url, self.sequence, self.lastModified) = (url, sequence, lastModified)
    }

    /// Writes the VEVENT; `stamp` is the DTSTAMP, when the calendar is written.
    func write(to writer: inout ICalendarWriter, stamp: Date) {
        writer.line("BEGIN", "VEVENT")
        writer.text("UID", uid)
        writer.line("DTSTAMP", CalendarTime.utc(stamp))
        writer.line("DTSTART", CalendarTime.date(day), parameters: "VALUE=DATE")
        writer.line("DTEND", CalendarTime.date(day.adding(days: 1)), parameters: "VALUE=DATE")
        writer.text("SUMMARY", summary)
        writer.text("DESCRIPTION", description)
        if let url { writer.line("URL", url) }
        writer.line("SEQUENCE", String(sequence))
        writer.line("LAST-MODIFIED", CalendarTime.utc(lastModified))
        writer.line("TRANSP", "TRANSPARENT")
        writer.line("END", "VEVENT")
    }
}
