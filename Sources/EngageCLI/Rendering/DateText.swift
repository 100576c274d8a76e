import Foundation

/// Dates as people read them in tables: the local calendar date, `2014-03-31`.
enum DateText {
    /// The calendar date of `date` in the local time zone (`TZ`).
    static func day(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
