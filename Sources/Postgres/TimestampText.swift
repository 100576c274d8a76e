import FoundationEssentials

/// PostgreSQL's ISO text form of `timestamptz`, e.g. `2024-03-31 01:30:00.25+01`.
///
/// The wrapper sets `DateStyle` to ISO and `TimeZone` to UTC on every connection, so this is
/// the only form it reads; the offset is honoured all the same.
enum TimestampText {
    /// Parses the server's output; nil for anything else (including `infinity` and BC dates).
    static func parse(_ text: String) -> Date? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 22, scalars[10] == UInt8(ascii: " "),
              let date = PostgresDate(iso: String(decoding: scalars[0..<10], as: UTF8.self)) else { return nil }
        var cursor = 11
        guard let hour = number(scalars, &cursor, digits: 2), expect(scalars, &cursor, ":"),
              let minute = number(scalars, &cursor, digits: 2), expect(scalars, &cursor, ":"),
              let second = number(scalars, &cursor, digits: 2) else { return nil }
        var fraction = 0.0
        if cursor < scalars.count, scalars[cursor] == UInt8(ascii: ".") {
            cursor += 1
            var scale = 0.1
            while cursor < scalars.count, let digit = digitValue(scalars[cursor]) {
                fraction += Double(digit) * scale
                scale /= 10
                cursor += 1
            }
        }
        guard let offset = offsetSeconds(scalars, &cursor), cursor == scalars.count else { return nil }
        let days = daysSinceEpoch(date)
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 + second - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    /// Formats a date as the server accepts it for `timestamptz`: UTC, microseconds.
    static func format(_ date: Date) -> String {
        let micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        let totalSeconds = Int((micros / 1_000_000).rounded(.down))
        let fraction = Int(micros) - totalSeconds * 1_000_000
        let days = totalSeconds.floorDivided(by: 86_400)
        let secondOfDay = totalSeconds - days * 86_400
        let day = civilDate(daysSinceEpoch: days)
        let time = [secondOfDay / 3_600, (secondOfDay % 3_600) / 60, secondOfDay % 60]
            .map { String($0).leftPadded(to: 2) }.joined(separator: ":")
        return "\(day) \(time).\(String(fraction).leftPadded(to: 6))+00"
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func number(_ bytes: [UInt8], _ cursor: inout Int, digits: Int) -> Int? {
        guard cursor + digits <= bytes.count else { return nil }
        var value = 0
        for index in cursor..<(cursor + digits) {
            guard let digit = digitValue(bytes[index]) else { return nil }
            value = value * 10 + digit
        }
        cursor += digits
        return value
    }

    private static func expect(_ bytes: [UInt8], _ cursor: inout Int, _ character: Unicode.Scalar) -> Bool {
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: character) else { return false }
        cursor += 1
        return true
    }

    /// Reads `+HH`, `+HH:MM` or `+HH:MM:SS` (or `-`), returning the offset east of UTC in seconds.
    private static func offsetSeconds(_ bytes: [UInt8], _ cursor: inout Int) -> Int? {
        guard cursor < bytes.count else { return nil }
        let sign: Int
        switch bytes[cursor] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        cursor += 1
        guard let hours = number(bytes, &cursor, digits: 2) else { return nil }
        var seconds = hours * 3_600
        if expect(bytes, &cursor, ":") {
            guard let minutes = number(bytes, &cursor, digits: 2) else { return nil }
            seconds += minutes * 60
            if expect(bytes, &cursor, ":") {
                guard let extra = number(bytes, &cursor, digits: 2) else { return nil }
                seconds += extra
            }
        }
        return sign * seconds
    }

    /// Days from 1970-01-01 to `date` (Howard Hinnant's days_from_civil).
    static func daysSinceEpoch(_ date: PostgresDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = year.floorDivided(by: 400)
        let yearOfEra = year - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    static func civilDate(daysSinceEpoch days: Int) -> String {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(String(year).leftPadded(to: 4))-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
