import EngageCore
import Postgres

extension Store {
    /// The Quality Statements, in position order.
    public func qualityStatements() throws -> [QualityStatement] {
        try read { connection in try statements(in: connection) }
    }

    /// Rewords a statement's title and/or description (a manager's change; statements are never
    /// deleted, and their keys never change here).
    /// - Parameters:
    ///   - key: The statement's key, in any case.
    ///   - title: The new title, or nil to keep it.
    ///   - description: The new description, or nil to keep it.
    /// - Returns: The statement as it now stands.
    /// - Throws: `EngageError.invalid` when neither is given or one is unusable, `.notFound` for an
    ///   unknown key (naming the valid ones).
    public func rewordStatement(key: String, title: String?, description: String?) throws -> QualityStatement {
        guard title != nil || description != nil else {
            throw EngageError(.invalid, "nothing to reword for statement \(key)", hint: "give --title \"…\", --description \"…\" or both")
        }
        let newTitle = try title.map { text throws(EngageError) in try QualityStatement.validatedTitle(text) }
        let newDescription = try description.map { text throws(EngageError) in try QualityStatement.validatedDescription(text) }
        return try write { connection in
            let before = try requireStatement(key, in: connection)
            try connection.execute("""
                UPDATE quality_statements SET title = \(newTitle ?? before.title), description = \(newDescription ?? before.description)
                WHERE key = \(before.key)
                """)
            let after = try requireStatement(before.key, in: connection)
            try audit(connection, action: "statement.reword", entity: "quality_statement", id: nil,
                      details: AuditChange(before: before, after: after))
            return after
        }
    }

    /// Every statement, in position order.
    func statements(in connection: Connection) throws -> [QualityStatement] {
        try connection.execute("SELECT key, position, title, description FROM quality_statements ORDER BY position")
            .map(QualityStatement.init(row:))
    }

    /// The statement with that key, or a refusal naming the valid keys.
    func requireStatement(_ key: String, in connection: Connection) throws -> QualityStatement {
        let folded = QualityStatement.normalisedKey(key)
        if let found = try connection.execute("""
            SELECT key, position, title, description FROM quality_statements WHERE key = \(folded) FOR UPDATE
            """).first.map(QualityStatement.init(row:)) {
            return found
        }
        throw Self.unknownStatement(key, among: try statements(in: connection).map(\.key))
    }

    /// "no statement 'x'; did you mean …? the statements are: …".
    static func unknownStatement(_ key: String, among keys: [String], kind: EngageError.Kind = .notFound) -> EngageError {
        let near = NearestNames.suggestions(for: key, among: keys)
        let suggestion = near.isEmpty ? "" : "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "? "
        return EngageError(kind, "no Quality Statement with the key '\(key)'",
                           hint: suggestion + "the keys are: " + keys.joined(separator: ", "))
    }
}

extension QualityStatement {
    init(row: Row) throws {
        self.init(key: try row.decode("key"), position: try row.decode("position"), title: try row.decode("title"),
                  description: try row.decode("description"))
    }
}
