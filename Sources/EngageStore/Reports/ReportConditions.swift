import EngageCore
import Postgres

/// The SQL conditions of a report's scope, with the officer resolved to an id: fragments to splice
/// into a report's query, every value a bound parameter.
struct ReportConditions {
    let scope: ReportScope
    /// The `--officer` officer's id, nil when not given.
    let officerID: Int64?

    /// Resolves the officer of `scope`.
    /// - Throws: `EngageError.notFound` for an unknown officer, suggesting the nearest names.
    init(_ scope: ReportScope, store: Store, connection: Connection) throws {
        self.scope = scope
        officerID = try scope.officer.map { try store.requireOfficer(named: $0, in: connection).id }
    }

    /// The date `column` lies within the period (both ends included).
    func inPeriod(_ column: Query) -> Query {
        "(\(column) BETWEEN coalesce(\(scope.from), '-infinity'::date) AND coalesce(\(scope.to), 'infinity'::date))"
    }

    /// The authority's region `column` is the scope's region, or no region was given. A NULL
    /// column (a national activity, a network) passes only when no region was given.
    func inRegion(_ column: Query) -> Query {
        "(\(scope.region)::text IS NULL OR \(column) = \(scope.region)::text)"
    }

    /// The officer id `column` is the scope's officer, or no officer was given.
    func byOfficer(_ column: Query) -> Query {
        "(\(officerID)::bigint IS NULL OR \(column) = \(officerID)::bigint)"
    }

    /// The calendar day of the timestamp `column` in the scope's time zone.
    func day(_ column: Query) -> Query {
        "(\(column) AT TIME ZONE \(scope.timeZone)::text)::date"
    }

    /// Today, as a bound date.
    var today: Query { "\(scope.today)::date" }
}

extension Store {
    /// Runs a report's queries as one read, resolving the scope's officer first.
    ///
    /// The read plans each statement for the values it is given (`plan_cache_mode` =
    /// `force_custom_plan`, for this transaction only). A report's statements stay in the
    /// connection's statement cache, but after five runs PostgreSQL would otherwise try a generic
    /// plan, one made without the period, region and officer; at national scale (scripts/bench-scale:
    /// 100,000 authorities, 1,000,000 activities) the follow-ups report's generic plan ran past the
    /// service's five-second statement timeout where the custom plan takes under one second.
    /// - Throws: `EngageError.notFound` for an unknown officer; `.invalid` for a time zone that
    ///   PostgreSQL does not know.
    func report<Value>(_ scope: ReportScope, _ body: (Connection, ReportConditions) throws -> Value) throws -> Value {
        do {
            return try consistentRead { connection in
                try connection.execute("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
                return try body(connection, try ReportConditions(scope, store: self, connection: connection))
            }
        } catch let error as PostgresError where error.serverError?.message.hasPrefix("time zone") == true {
            throw EngageError(.invalid, "PostgreSQL does not know the time zone '\(scope.timeZone)'",
                              hint: "set TZ to a zone name such as Europe/London")
        }
    }
}
