import EngageCore
import Postgres

extension Store {
    /// The audit log, newest first: all of it, or what concerns one authority (its own rows and
    /// those of records that belong to it).
    /// - Parameters:
    ///   - authority: The authority's name, or nil for everything.
    ///   - limit: How many rows at most.
    public func auditEntries(authority: String? = nil, limit: Int = 50) throws -> [AuditEntry] {
        try read { connection in
            var query: Query = "SELECT id, at, actor, action, entity, entity_id, details::text AS details FROM audit_log"
            if let authority {
                let found = try requireAuthority(named: authority, in: connection)
                query.append("""
                     WHERE (entity = 'authority' AND entity_id = \(found.id))
                        OR details->'after'->>'authority' = \(found.name) OR details->'before'->>'authority' = \(found.name)
                    """)
            }
            query.append(" ORDER BY at DESC, id DESC LIMIT \(limit)")
            return try connection.execute(query).map { row in
                AuditEntry(id: try row.decode("id"), at: try row.decode("at"), actor: try row.decode("actor"),
                           action: try row.decode("action"), entity: try row.decode("entity"),
                           entityId: try row.decode("entity_id"), detailsJSON: try row.decode("details"))
            }
        }
    }
}
