import EngageCore
import FoundationEssentials

/// Dates as `JSONEncoder.DateEncodingStrategy.iso8601` writes them: UTC, whole seconds,
/// `2025-12-03T10:00:00Z`.
enum ISO8601Text {
    static func text(for date: Date, path: [any CodingKey]) throws -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        guard let epoch = Day(year: 1970, month: 1, day: 1) else {
            throw EncodingError.invalidValue(date, .init(codingPath: path, debugDescription: "the calendar has no 1970-01-01"))
        }
        let day = epoch.adding(days: days)
        return "\(day)T\((secondOfDay / 3_600).zeroPadded(2)):\((secondOfDay / 60 % 60).zeroPadded(2)):\((secondOfDay % 60).zeroPadded(2))Z"
    }
}
