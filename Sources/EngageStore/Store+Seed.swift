import EngageCore
import Postgres

/// What a loaded seed put in the database.
public struct SeedSummary: Equatable, Sendable, Codable {
    public let officers: Int
    public let authorities: Int
    public let activities: Int
    public let openFollowUps: Int
}

extension Store {
    /// Loads a seed into an empty database, in one transaction: all of it, or nothing.
    /// - Throws: `EngageError.refused` when the database already holds officers or authorities,
    ///   or when the seed's SQL fails (naming the server's message).
    public func load(_ seed: Seed) throws -> SeedSummary {
        try write { connection in
            let existing = try counts(in: connection)
            guard existing.officers == 0, existing.authorities == 0 else {
                throw EngageError(.refused, "the database already holds \(existing.officers) officers and \(existing.authorities) authorities",
                                  hint: "a seed loads into an empty database: create a new one and run 'engage migrate' first")
            }
            do throws(PostgresError) {
                try connection.executeScript(seed.sql)
            } catch {
                guard let server = error.serverError else { throw error }
                throw EngageError(.refused, "the seed \(seed.origin) failed: \(server.message)", hint: "nothing was loaded")
            }
            return try counts(in: connection)
        }
    }

    private func counts(in connection: Connection) throws -> SeedSummary {
        let row = try connection.execute("""
            SELECT (SELECT count(*) FROM officers) AS officers, (SELECT count(*) FROM authorities) AS authorities,
                   (SELECT count(*) FROM activities) AS activities,
                   (SELECT count(*) FROM followups WHERE closed_on IS NULL) AS open_followups
            """).singleRow()
        return SeedSummary(officers: try row.decode("officers"), authorities: try row.decode("authorities"),
                           activities: try row.decode("activities"), openFollowUps: try row.decode("open_followups"))
    }
}
