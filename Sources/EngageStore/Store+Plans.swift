import EngageCore
import Postgres

extension Store {
    /// Adds an action to an authority's work plan. The owner is the officer of that name, or
    /// else the authority's contact of that name.
    ///
    /// The audit row names a contact owner by id only, so that erasing the contact leaves no copy
    /// of its personal data there.
    /// - Parameter request: The validated action.
    /// - Returns: The stored action.
    /// - Throws: `EngageError.notFound` for an unknown authority or owner (with the nearest names),
    ///   `.invalid` for an unknown statement (listing the keys), `.refused` for an ambiguous contact.
    public func addPlanAction(_ request: NewPlanAction) throws -> PlanAction {
        try write { connection in
            let authority = try authorityForRecording(named: request.authority, in: connection)
            try requirePlanStatement(request.statement, in: connection)
            let owner = try resolvePlanOwner(named: request.owner, in: authority, connection: connection)
            let id = try connection.execute("""
                INSERT INTO plan_actions (authority_id, statement_key, action, owner_officer_id, owner_contact_id, owner_name, due_on)
                VALUES (\(authority.id), \(request.statement), \(request.action), \(owner.officerId), \(owner.contactId),
                        \(owner.name), \(request.dueOn))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let added = try loadPlanAction(id: id, in: connection)
            try audit(connection, action: "plan.add", entity: "plan_action", id: id,
                      details: AuditChange(after: AuditedPlanAction(added)))
            return added
        }
    }

    /// The actions that pass `filter`, by due date then id.
    /// - Throws: `EngageError.notFound` for an unknown authority or officer.
    public func planActions(_ filter: PlanAction.Filter) throws -> [PlanAction] {
        try read { connection in try planActions(filter, in: connection) }
    }

    /// The actions that pass `filter`, by due date then id, read on `connection`.
    func planActions(_ filter: PlanAction.Filter, in connection: Connection) throws -> [PlanAction] {
        var query = Self.planActionSelect + " WHERE true"
        if let authority = filter.authority {
            query.append(" AND p.authority_id = \(try requireAuthority(named: authority, in: connection).id)")
        }
        if filter.openOnly || filter.overdueOnly { query.append(" AND p.status = 'open'") }
        if filter.overdueOnly { query.append(" AND p.due_on < \(filter.today)") }
        if let officer = filter.officer {
            query.append(" AND a.lead_officer_id = \(try requireOfficer(named: officer, in: connection).id)")
        }
        if let region = filter.region { query.append(" AND a.region = \(region)") }
        query.append(" ORDER BY p.due_on, p.id")
        return try connection.execute(query).map(PlanAction.init(row:))
    }

    /// Marks an open action done.
    /// - Parameters:
    ///   - id: The action's id.
    ///   - date: When it was done; not after `today`.
    ///   - today: Today.
    /// - Returns: The action as it now stands.
    /// - Throws: `EngageError.notFound` for an unknown id, `.refused` when not open, `.invalid` for a future date.
    public func completePlanAction(id: Int64, on date: Day, today: Day) throws -> PlanAction {
        try write { connection in
            let before = try lockPlanAction(id: id, in: connection)
            _ = try authorityForRecording(named: before.authority, in: connection)
            try before.checkDone(on: date, today: today)
            try connection.execute("UPDATE plan_actions SET status = 'done', closed_on = \(date) WHERE id = \(id)")
            let after = try loadPlanAction(id: id, in: connection)
            try audit(connection, action: "plan.done", entity: "plan_action", id: id,
                      details: AuditChange(before: AuditedPlanAction(before), after: AuditedPlanAction(after)))
            return after
        }
    }

    /// Drops an open action, saying why.
    /// - Parameters:
    ///   - id: The action's id.
    ///   - reason: Why; trimmed, required.
    ///   - date: When; not after `today`.
    ///   - today: Today.
    /// - Returns: The action as it now stands.
    /// - Throws: `EngageError.notFound` for an unknown id, `.refused` when not open, `.invalid` for a
    ///   blank reason or a future date.
    public func dropPlanAction(id: Int64, reason: String, on date: Day, today: Day) throws -> PlanAction {
        try write { connection in
            let before = try lockPlanAction(id: id, in: connection)
            _ = try authorityForRecording(named: before.authority, in: connection)
            let text = try before.checkDrop(reason: reason, on: date, today: today)
            try connection.execute("""
                UPDATE plan_actions SET status = 'dropped', closed_on = \(date), drop_reason = \(text) WHERE id = \(id)
                """)
            let after = try loadPlanAction(id: id, in: connection)
            try audit(connection, action: "plan.drop", entity: "plan_action", id: id,
                      details: AuditChange(before: AuditedPlanAction(before), after: AuditedPlanAction(after), reason: text))
            return after
        }
    }

    /// Refuses a statement key that is not a row of `quality_statements`, listing the keys.
    private func requirePlanStatement(_ key: String, in connection: Connection) throws {
        let keys = try connection.execute("SELECT key FROM quality_statements ORDER BY position, key")
            .map { try $0.decode("key", as: String.self) }
        guard !keys.contains(key) else { return }
        throw EngageError(.invalid, "unknown statement '\(key)'", hint: "use one of: " + keys.joined(separator: ", ")).about("statement")
    }

    /// The officer named `name`, or else the authority's one contact of that name.
    private func resolvePlanOwner(named name: String, in authority: Authority,
                                  connection: Connection) throws -> (officerId: Int64?, contactId: Int64?, name: String) {
        if let officer = try findOfficer(named: name, in: connection) { return (officer.id, nil, officer.name) }
        let contacts = try connection.execute("""
            SELECT id, name FROM contacts WHERE authority_id = \(authority.id) AND lower(name) = lower(\(name)) ORDER BY id
            """).map { (id: try $0.decode("id", as: Int64.self), name: try $0.decode("name", as: String.self)) }
        let listed = authority.name.contains(" ") ? "\"\(authority.name)\"" : authority.name
        if contacts.count == 1, let contact = contacts.first { return (nil, contact.id, contact.name) }
        guard contacts.isEmpty else {
            throw EngageError(.refused, "\(authority.name) has \(contacts.count) contacts named '\(name)'",
                              hint: "see 'engage contact list \(listed)'").about("owner")
        }
        let names = try connection.execute("""
            SELECT name FROM officers UNION SELECT name FROM contacts WHERE authority_id = \(authority.id)
            """).map { try $0.decode(at: 0, as: String.self) }
        throw EngageError(.notFound, "no officer, and no contact in \(authority.name), named '\(name)'",
                          hint: NearestNames.hint(for: name, among: names,
                                                  otherwise: "see 'engage officer list' or 'engage contact list \(listed)'")).about("owner")
    }

    /// One plan action by id.
    /// - Throws: `EngageError.notFound` for an unknown id.
    public func planAction(id: Int64) throws -> PlanAction {
        try read { connection in
            guard let found = try connection.execute(Self.planActionSelect + " WHERE p.id = \(id)").first else {
                throw EngageError(.notFound, "no plan action with id \(id)", hint: "see the authority's work plan for the ids")
            }
            return try PlanAction(row: found)
        }
    }

    private func lockPlanAction(id: Int64, in connection: Connection) throws -> PlanAction {
        guard let action = try connection.execute(Self.planActionSelect + " WHERE p.id = \(id) FOR UPDATE OF p")
            .first.map(PlanAction.init(row:)) else {
            throw EngageError(.notFound, "no plan action with id \(id)", hint: "see 'engage plan list' for the ids")
        }
        return action
    }

    private func loadPlanAction(id: Int64, in connection: Connection) throws -> PlanAction {
        try PlanAction(row: connection.execute(Self.planActionSelect + " WHERE p.id = \(id)").singleRow())
    }

    static let planActionSelect: Query = """
        SELECT p.id, a.name AS authority, a.region, o.name AS lead_officer, p.statement_key, p.action,
               p.owner_name, p.owner_officer_id IS NOT NULL AS owned_by_officer, p.owner_contact_id,
               p.due_on, p.status, p.closed_on, p.drop_reason
        FROM plan_actions p
        JOIN authorities a ON a.id = p.authority_id
        LEFT JOIN officers o ON o.id = a.lead_officer_id
        """
}

/// An action as the audit log keeps it: a contact owner by id only (a contact's personal data
/// appears only in audit rows about the contact, which an erasure blanks).
private struct AuditedPlanAction: Encodable {
    let id: Int64
    let authority: String
    let statement: String
    let action: String
    let owner: String?
    let ownerKind: PlanAction.OwnerKind
    let ownerContactId: Int64?
    let dueOn: Day
    let status: PlanStatus
    let closedOn: Day?
    let dropReason: String?

    init(_ action: PlanAction) {
        (id, authority, statement, self.action) = (action.id, action.authority, action.statement, action.action)
        owner = action.ownerKind == .officer ? action.owner : nil
        (ownerKind, ownerContactId, dueOn) = (action.ownerKind, action.ownerContactId, action.dueOn)
        (status, closedOn, dropReason) = (action.status, action.closedOn, action.dropReason)
    }
}

extension PlanStatus: PostgresDecodable, PostgresEncodable {}

extension PlanAction {
    init(row: Row) throws {
        self.init(id: try row.decode("id"), authority: try row.decode("authority"), region: try row.decode("region"),
                  leadOfficer: try row.decode("lead_officer"), statement: try row.decode("statement_key"),
                  action: try row.decode("action"), owner: try row.decode("owner_name"),
                  ownerKind: try row.decode("owned_by_officer", as: Bool.self) ? .officer : .contact,
                  ownerContactId: try row.decode("owner_contact_id"), dueOn: try row.decode("due_on"),
                  status: try row.decode("status"), closedOn: try row.decode("closed_on"), dropReason: try row.decode("drop_reason"))
    }
}
