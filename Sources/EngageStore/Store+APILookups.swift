import EngageCore
import Postgres

extension Store {
    /// The name of the authority a follow-up belongs to, for deciding who may change it.
    /// - Parameter id: The follow-up's id.
    /// - Returns: The authority's name as stored.
    /// - Throws: `EngageError.notFound` for an unknown id.
    public func followUpAuthority(id: Int64) throws -> String {
        try read { connection in
            guard let row = try connection.execute("""
                SELECT a.name FROM followups f JOIN authorities a ON a.id = f.authority_id WHERE f.id = \(id)
                """).first else {
                throw EngageError(.notFound, "no follow-up with id \(id)", hint: "see 'engage followup list' for the open ones")
            }
            return try row.decode("name", as: String.self)
        }
    }

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

extension Store {
    /// The name of the authority a plan action belongs to, for checking who may change it.
    /// - Parameter id: The plan action's id.
    /// - Throws: `EngageError.notFound` for an unknown id.
    public func planActionAuthority(id: Int64) throws -> String {
        try read { connection in
            guard let row = try connection.execute("""
                SELECT a.name FROM plan_actions p JOIN authorities a ON a.id = p.authority_id WHERE p.id = \(id)
                """).first else {
                throw EngageError(.notFound, "no plan action with id \(id)", hint: "see 'engage plan list' for the ids")
            }
            return try row.decode("name", as: String.self)
        }
    }
}
