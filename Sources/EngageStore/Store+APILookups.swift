import EngageCore
import Postgres

extension Store {
    /// The title of a briefing, by id, for the calls that name a briefing by title.
    /// - Parameter id: The briefing's id.
    /// - Returns: Its title as stored.
    /// - Throws: `EngageError.notFound` for an unknown id.
    public func briefingTitle(id: Int64) throws -> String {
        try read { connection in
            guard let row = try connection.execute("SELECT title FROM briefings WHERE id = \(id)").first else {
                throw EngageError(.notFound, "no briefing with id \(id)", hint: "see 'engage briefing list' for the briefings")
            }
            return try row.decode("title", as: String.self)
        }
    }
}
