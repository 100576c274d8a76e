import FoundationEssentials

/// A calendar date without a time: when an activity happened, when a follow-up is due.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day; nil when it does not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The years a date given by a user may fall in. Wider than any record's life, narrow enough
    /// that no report or list reckons over thousands of years (stored dates outside it still read).
    public static let supportedYears = 1900...2200

    /// Reads `YYYY-MM-DD`, in `supportedYears`.
    /// - Parameter text: What the user typed.
    /// - Throws: `EngageError.invalid` naming the text and the expected form, or the bounds.
    public static func parse(_ text: String, what: String = "date") throws(EngageError) -> Day {
        if let value = digits(text), supportedYears.contains(value.year) { return value }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let value = Day(year: year, month: month, day: day) else {
            throw EngageError(.invalid, "the \(what) '\(text)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2014-03-31")
        }
        guard supportedYears.contains(value.year) else {
            throw EngageError(.invalid, "the \(what) '\(text)' is outside the years \(supportedYears.lowerBound)–\(supportedYears.upperBound)",
                              hint: "give a date from \(supportedYears.lowerBound)-01-01 to \(supportedYears.upperBound)-12-31")
        }
        return value
    }

    /// `YYYY-MM-DD` in ASCII digits, read from the bytes (an import reads dates by the hundred
    /// thousand); nil for anything else, which `parse` reads, or refuses, the general way.
    private static func digits(_ text: String) -> Day? {
        guard text.utf8.count == 10 else { return nil }
        var (year, month, day) = (0, 0, 0)
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case ..<4: year = year * 10 + digit
            case ..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        return Day(year: year, month: month, day: day)
    }

    /// Today in the local time zone (`TZ`), or in `timeZone`.
    public static func today(in timeZone: TimeZone = .current, now: Date = Date()) -> Day {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: now)
        return Day(daysSinceEpoch: seconds.floorDivided(by: 86_400))
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + count) }

    /// The same day `count` years later (29 February becomes 28 February in a common year).
    public func adding(years count: Int) -> Day {
        let year = self.year + count
        return Day(unchecked: year, month, Swift.min(day, Self.daysIn(month: month, year: year)))
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

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

    // Whole-day arithmetic on integers (Howard Hinnant's civil-date algorithms): exact, and far
    // cheaper than a Calendar, which matters when a list decodes hundreds of dates.

    /// Days from 1970-01-01.
    var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear.floorDivided(by: 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01.
    init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// A day from parts known to form a date, in any year.
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
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

extension Int {
    /// Division rounding towards negative infinity, for dates before 1970.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
