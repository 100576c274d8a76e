/// A PostgreSQL data type, identified by its OID, with the built-in types the wrapper knows by name.
public struct PostgresType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The type's OID in `pg_type`.
    public let rawValue: UInt32

    /// Creates a type from its OID.
    /// - Parameter rawValue: The OID.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Let the server infer the type from the statement.
    public static let unspecified = PostgresType(rawValue: 0)
    public static let bool = PostgresType(rawValue: 16)
    public static let bytea = PostgresType(rawValue: 17)
    public static let name = PostgresType(rawValue: 19)
    public static let int8 = PostgresType(rawValue: 20)
    public static let int2 = PostgresType(rawValue: 21)
    public static let int4 = PostgresType(rawValue: 23)
    public static let text = PostgresType(rawValue: 25)
    public static let oid = PostgresType(rawValue: 26)
    public static let json = PostgresType(rawValue: 114)
    public static let float4 = PostgresType(rawValue: 700)
    public static let float8 = PostgresType(rawValue: 701)
    public static let unknown = PostgresType(rawValue: 705)
    public static let bpchar = PostgresType(rawValue: 1042)
    public static let varchar = PostgresType(rawValue: 1043)
    public static let date = PostgresType(rawValue: 1082)
    public static let timestamp = PostgresType(rawValue: 1114)
    public static let timestamptz = PostgresType(rawValue: 1184)
    public static let interval = PostgresType(rawValue: 1186)
    public static let numeric = PostgresType(rawValue: 1700)
    public static let uuid = PostgresType(rawValue: 2950)
    public static let jsonb = PostgresType(rawValue: 3802)

    private static let names: [UInt32: String] = [
        16: "boolean", 17: "bytea", 19: "name", 20: "bigint", 21: "smallint", 23: "integer", 25: "text",
        26: "oid", 114: "json", 700: "real", 701: "double precision", 705: "unknown", 1042: "character",
        1043: "character varying", 1082: "date", 1114: "timestamp without time zone",
        1184: "timestamp with time zone", 1186: "interval", 1700: "numeric", 2950: "uuid", 3802: "jsonb",
    ]

    /// The SQL name of a built-in type, or `oid N` for others.
    public var description: String { Self.names[rawValue] ?? "oid \(rawValue)" }

    // The types each Swift type reads, as short lists: a decoder checks one of them per cell, and
    // a scan of a handful of integers costs less than hashing into a set.
    /// Types whose text form is plain text.
    static let textual: [PostgresType] = [.text, .varchar, .bpchar, .name, .unknown, .json, .jsonb]
    /// Integer types.
    static let integers: [PostgresType] = [.int2, .int4, .int8, .oid]
    /// Types a `Double` reads: integers and floating-point, and numeric (possibly rounding).
    static let floatingPoint: [PostgresType] = integers + [.float4, .float8, .numeric]
    /// Types a `Decimal` reads exactly.
    static let exactNumbers: [PostgresType] = integers + [.numeric]
    static let booleans: [PostgresType] = [.bool]
    static let uuids: [PostgresType] = [.uuid]
    static let instants: [PostgresType] = [.timestamptz]
    static let dates: [PostgresType] = [.date]
}
