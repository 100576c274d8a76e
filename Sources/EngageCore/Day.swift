import FoundationEssentials

/// A calendar date without a time: when an activity happened, when a follow-up is due.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day; nil when it does not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        guard (1900...9999).contains(year), let date = Self.calendar.date(from: components),
              Self.calendar.dateComponents([.year, .month, .day], from: date) == components else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Reads `YYYY-MM-DD`.
    /// - Parameter text: What the user typed.
    /// - Throws: `EngageError.invalid` naming the text and the expected form.
    public static func parse(_ text: String, what: String = "date") throws(EngageError) -> Day {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let value = Day(year: year, month: month, day: day) else {
            throw EngageError(.invalid, "the \(what) '\(text)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2014-03-31")
        }
        return value
    }

    /// Today in the local time zone (`TZ`), or in `timeZone`.
    public static func today(in timeZone: TimeZone = .current, now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day.epoch
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        let shifted = Self.calendar.date(byAdding: .day, value: count, to: startDate) ?? startDate
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: shifted)
        return Day(year: parts.year ?? year, month: parts.month ?? month, day: parts.day ?? day) ?? self
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int {
        Self.calendar.dateComponents([.day], from: startDate, to: other.startDate).day ?? 0
    }

    /// `YYYY-MM-DD`.
    public var description: String { "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))" }

    public static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try Day.parse(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static let epoch = Day(uncheckedYear: 1970, month: 1, day: 1)

    private init(uncheckedYear year: Int, month: Int, day: Int) { (self.year, self.month, self.day) = (year, month, day) }

    /// Calendar arithmetic in UTC, where every day has 24 hours.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }()

    private var startDate: Date {
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        return Self.calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }
}

extension Int {
    /// The number in decimal with leading zeros up to `width` digits (no locale, no `String(format:)`).
    public func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let padded = String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
        return self < 0 ? "-" + padded : padded
    }
}
