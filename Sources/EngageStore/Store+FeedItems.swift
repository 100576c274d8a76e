import EngageCore
import FoundationEssentials
import Postgres

/// The records a calendar feed shows, each read for one officer's authorities (and activities)
/// or, with no officer, for the whole team. Only what is still to do: open follow-ups with a due
/// date, open plan actions, planned activities (see `FeedContent` for why closed ones are left
/// out rather than cancelled).
extension Store {
    func feedFollowUps(_ officerID: Int64?, in connection: Connection) throws -> [FeedItem] {
        var query: Query = """
            SELECT f.id, f.due_on, a.name AS authority, f.request, f.kind, o.name AS lead_officer, f.opened_on,
                   f.created_at, greatest(f.updated_at, a.updated_at) AS modified_at
            FROM followups f JOIN authorities a ON a.id = f.authority_id LEFT JOIN officers o ON o.id = a.lead_officer_id
            WHERE f.closed_on IS NULL AND f.due_on IS NOT NULL
            """
        if let officerID { query.append(" AND a.lead_officer_id = \(officerID)") }
        return try connection.execute(query).map { row in
            let kind = try row.decode("kind", as: FollowUp.Kind.self)
            let lead = try row.decode("lead_officer", as: String?.self)
            return FeedItem(kind: .followUp, id: try row.decode("id"), day: try row.decode("due_on"), authority: try row.decode("authority"),
                            title: try row.decode("request"),
                            details: ["A request for \(kind.rawValue), opened \(try row.decode("opened_on", as: Day.self))."]
                                + (lead.map { ["Lead officer: \($0)."] } ?? []),
                            createdAt: try row.decode("created_at"), modifiedAt: try row.decode("modified_at"))
        }
    }

    func feedPlanActions(_ officerID: Int64?, in connection: Connection) throws -> [FeedItem] {
        var query: Query = """
            SELECT p.id, p.due_on, a.name AS authority, p.action, p.statement_key, p.owner_name, o.name AS lead_officer,
                   p.created_at, greatest(p.updated_at, a.updated_at) AS modified_at
            FROM plan_actions p JOIN authorities a ON a.id = p.authority_id LEFT JOIN officers o ON o.id = a.lead_officer_id
            WHERE p.status = 'open'
            """
        if let officerID { query.append(" AND a.lead_officer_id = \(officerID)") }
        return try connection.execute(query).map { row in
            let lead = try row.decode("lead_officer", as: String?.self)
            return FeedItem(kind: .planAction, id: try row.decode("id"), day: try row.decode("due_on"), authority: try row.decode("authority"),
                            title: try row.decode("action"),
                            details: ["Work-plan action on the statement \(try row.decode("statement_key", as: String.self)), owned by \(try row.decode("owner_name", as: String.self))."]
                                + (lead.map { ["Lead officer: \($0)."] } ?? []),
                            createdAt: try row.decode("created_at"), modifiedAt: try row.decode("modified_at"))
        }
    }

    func feedActivities(_ officerID: Int64?, in connection: Connection) throws -> [FeedItem] {
        var query: Query = """
            SELECT v.id, v.occurred_on, a.name AS authority, v.kind, v.title, v.notes, o.name AS officer,
                   v.created_at, greatest(v.updated_at, a.updated_at) AS modified_at
            FROM activities v JOIN officers o ON o.id = v.officer_id LEFT JOIN authorities a ON a.id = v.authority_id
            WHERE v.planned
            """
        if let officerID { query.append(" AND v.officer_id = \(officerID)") }
        return try connection.execute(query).map { row in
            let kind = try row.decode("kind", as: ActivityKind.self)
            let notes = try row.decode("notes", as: String?.self)
            return FeedItem(kind: .activity, id: try row.decode("id"), day: try row.decode("occurred_on"), authority: try row.decode("authority"),
                            title: try row.decode("title", as: String?.self) ?? kind.rawValue,
                            details: ["A planned \(kind.rawValue), delivered by \(try row.decode("officer", as: String.self))."]
                                + (notes.map { [$0] } ?? []),
                            createdAt: try row.decode("created_at"), modifiedAt: try row.decode("modified_at"))
        }
    }
}
