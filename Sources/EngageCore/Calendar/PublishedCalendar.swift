import FoundationEssentials

/// A calendar published for subscription (a VCALENDAR with `METHOD:PUBLISH`): its name and its
/// all-day events, written as RFC 5545 text.
public struct PublishedCalendar: Equatable, Sendable {
    /// `PRODID`: who wrote it.
    public static let productID = "-//engage//calendar feed//EN"

    /// The name calendar programs show for the subscription (`X-WR-CALNAME`).
    public let name: String
    public let events: [CalendarEvent]

    /// Creates the value.
    public init(name: String, events: [CalendarEvent]) {
        (self.name, self.events) = (name, events)
    }

    /// The calendar as iCalendar text, CRLF line ends, folded; `stamp` (now, when served) is
    /// every event's DTSTAMP, which with a METHOD is when the object was made (§3.8.7.2).
    public func text(stamp: Date) -> String {
        var writer = ICalendarWriter()
        writer.line("BEGIN", "VCALENDAR")
        writer.line("VERSION", "2.0")
        writer.text("PRODID", Self.productID)
        writer.line("CALSCALE", "GREGORIAN")
        writer.line("METHOD", "PUBLISH")
        writer.text("X-WR-CALNAME", name)
        // How often to look again: RFC 7986 and the older Outlook/Apple name.
        writer.line("REFRESH-INTERVAL", "PT1H", parameters: "VALUE=DURATION")
        writer.line("X-PUBLISHED-TTL", "PT1H")
        for event in events { event.write(to: &writer, stamp: stamp) }
        writer.line("END", "VCALENDAR")
        return writer.output
    }
}
