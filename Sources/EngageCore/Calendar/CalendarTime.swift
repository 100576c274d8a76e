import FoundationEssentials

/// Dates and times as iCalendar writes them, by integer arithmetic (no formatter, no locale).
enum CalendarTime {
    /// A DATE value: `20260131`.
    static func date(_ day: Day) -> String {
        day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2)
    }

    /// A DATE-TIME value in UTC: `20260131T091500Z` (whole seconds, rounded down).
    static func utc(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds.floorDivided(by: 86_400)
        let ofDay = seconds - days * 86_400
        return date(Day(daysSinceEpoch: days)) + "T" + (ofDay / 3_600).zeroPadded(2) + (ofDay % 3_600 / 60).zeroPadded(2)
            + (ofDay % 60).zeroPadded(2) + "Z"
    }
}
