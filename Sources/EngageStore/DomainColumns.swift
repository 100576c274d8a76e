import EngageCore
import Postgres

// The domain's enumerations travel as their raw values: text keys and small integers.

extension PostgresDecodable where Self: RawRepresentable, RawValue == String {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Self {
        guard let value = Self(rawValue: try String.decode(text: text, type: type)) else { throw .malformed }
        return value
    }
}

extension PostgresEncodable where Self: RawRepresentable, RawValue == String {
    public var postgresText: String { rawValue }
}

extension Region: PostgresDecodable, PostgresEncodable {}
extension AuthorityStatus: PostgresDecodable, PostgresEncodable {}

extension Stage: PostgresDecodable, PostgresEncodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Stage {
        guard let value = Stage(rawValue: try Int.decode(text: text, type: type)) else { throw .malformed }
        return value
    }

    public var postgresText: String { String(rawValue) }
    public static var postgresType: PostgresType { .int2 }
}

extension AgencyType: PostgresDecodable, PostgresEncodable {}
extension ActivityKind: PostgresDecodable, PostgresEncodable {}
extension Sector: PostgresDecodable, PostgresEncodable {}

/// A domain `Day` travels as a PostgreSQL `date`.
extension Day: PostgresDecodable, PostgresEncodable {
    public static func decode(text: String, type: PostgresType) throws(DecodingFailure.Reason) -> Day {
        let date = try PostgresDate.decode(text: text, type: type)
        guard let day = Day(year: date.year, month: date.month, day: date.day) else { throw .malformed }
        return day
    }

    public var postgresText: String { description }
    public static var postgresType: PostgresType { .date }
}
