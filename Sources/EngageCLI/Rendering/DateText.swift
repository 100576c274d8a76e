import EngageCore
import FoundationEssentials

/// Dates as people read them in tables: the local calendar date, `2014-03-31`.
enum DateText {
    /// The calendar date of `date` in the local time zone (`TZ`).
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\((parts.year ?? 0).zeroPadded(4))-\((parts.month ?? 0).zeroPadded(2))-\((parts.day ?? 0).zeroPadded(2))"
    }
}
