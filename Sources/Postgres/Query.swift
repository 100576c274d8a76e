/// A SQL statement with bound parameters.
///
/// Values interpolated into a `Query` literal never become SQL text: each becomes a
/// `$n` placeholder and travels separately, so the easy way to write a query is the safe one.
///
/// ```swift
/// let query: Query = "SELECT id FROM officers WHERE lower(name) = lower(\(name))"
/// var filtered: Query = "SELECT name FROM authorities WHERE true"
/// if let region { filtered.append(" AND region = \(region)") }
/// ```
public struct Query: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// One bound value: its text (nil for NULL) and the type sent to the server.
    public struct Binding: Sendable, Equatable {
        public let text: String?
        public let type: PostgresType
    }

    enum Segment: Sendable, Equatable {
        case sql(String)
        case parameter(Int)
    }

    private(set) var segments: [Segment] = []
    /// The bound values, in `$n` order.
    public private(set) var bindings: [Binding] = []
    /// Whether the statement runs unprepared and is not kept on the connection; see `oneOff`.
    public private(set) var isOneOff = false

    /// Creates a query from SQL text without parameters.
    /// - Parameter value: The SQL.
    public init(stringLiteral value: String) {
        if !value.isEmpty { segments = [.sql(value)] }
    }

    /// Creates a query from an interpolated literal.
    /// - Parameter stringInterpolation: The literal's parts.
    public init(stringInterpolation: StringInterpolation) {
        segments = stringInterpolation.query.segments
        bindings = stringInterpolation.query.bindings
    }

    /// The SQL text with `$1…$n` placeholders, as sent to the server.
    public var sql: String {
        segments.map { segment in
            switch segment {
            case .sql(let text): text
            case .parameter(let index): "$\(index + 1)"
            }
        }.joined()
    }

    /// This statement, run unprepared (`PQexecParams`) and not kept in the connection's cache of
    /// prepared statements.
    ///
    /// `Connection.execute(_:)` prepares a statement once per connection and keeps it, up to a
    /// bound, least recently used out first. Mark a statement one-off when its SQL text is built
    /// in so many shapes that the shapes would crowd the cache out, or when it runs once in a
    /// connection's life (a maintenance statement). Other statements bypass the cache on their
    /// own: `executeScript(_:)` (several statements, no parameters: a migration runs once),
    /// `copyIn`/`copyOut` (COPY runs once per transfer, and holds the connection long enough that
    /// parsing does not count), and statements naming `DISCARD` or `DEALLOCATE` (which empty the
    /// cache, as they may drop its statements on the server). In the store, an import's
    /// statements are one-off (each runs once per import, on temporary tables made afresh); the
    /// report queries are not: their text has one shape per report (every filter is a bound
    /// parameter that may be NULL), so they are few and worth keeping, as are the list queries
    /// whose optional filters give a handful of shapes each.
    public var oneOff: Query {
        var query = self
        query.isOneOff = true
        return query
    }

    /// The SQL text only: bound values are never printed, as they may be personal data.
    public var description: String { sql }

    /// Appends another query, renumbering its parameters after this one's.
    /// - Parameter other: The fragment to append, e.g. `" AND region = \(region)"`.
    public mutating func append(_ other: Query) {
        let offset = bindings.count
        for segment in other.segments {
            switch segment {
            case .sql(let text): segments.append(.sql(text))
            case .parameter(let index): segments.append(.parameter(index + offset))
            }
        }
        bindings.append(contentsOf: other.bindings)
        isOneOff = isOneOff || other.isOneOff
    }

    /// Joins two queries, renumbering the right one's parameters after the left one's.
    /// - Parameters:
    ///   - lhs: The first part, e.g. a shared `SELECT … FROM …`.
    ///   - rhs: The second part, e.g. `" WHERE id = \(id)"`.
    public static func + (lhs: Query, rhs: Query) -> Query {
        var joined = lhs
        joined.append(rhs)
        return joined
    }

    mutating func bind(_ binding: Binding) {
        segments.append(.parameter(bindings.count))
        bindings.append(binding)
    }

    /// Builds a `Query` from a literal: literal text stays SQL, every value becomes a parameter.
    public struct StringInterpolation: StringInterpolationProtocol {
        var query = Query(stringLiteral: "")

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { query.segments.append(.sql(literal)) }
        }

        /// Binds a value as the next `$n`.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            query.bind(Binding(text: value.postgresText, type: Value.postgresType))
        }

        /// Binds an optional value as the next `$n`; nil binds SQL NULL.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            query.bind(Binding(text: value?.postgresText, type: Value.postgresType))
        }

        /// Embeds another query (a fragment), renumbering its parameters.
        public mutating func appendInterpolation(_ fragment: Query) {
            query.append(fragment)
        }
    }
}
