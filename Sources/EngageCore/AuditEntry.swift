import FoundationEssentials

/// One row of the audit log: who did what to which record, when, with the before/after as JSON.
public struct AuditEntry: Equatable, Sendable {
    public let id: Int64
    public let at: Date
    public let actor: String
    public let action: String
    public let entity: String
    public let entityId: Int64?
    /// The details as stored: a JSON object with `before`, `after` and `reason` where they apply.
    public let detailsJSON: String

    /// Creates the value.
    public init(id: Int64, at: Date, actor: String, action: String, entity: String, entityId: Int64?, detailsJSON: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityId = entityId
        self.detailsJSON = detailsJSON
    }
}
