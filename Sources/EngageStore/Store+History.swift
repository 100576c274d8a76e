import EngageCore
import FoundationEssentials
import Postgres

extension Store {
    /// An authority's changes of status and stage, oldest first.
    public func history(_ name: String) throws -> [StageChange] {
        try read { connection in
            let authority = try requireAuthority(named: name, in: connection)
            return try connection.execute("""
                SELECT c.from_status, c.to_status, c.from_stage, c.to_stage, o.name AS officer, c.changed_at, c.changed_by,
                       c.reason, c.overridden
                FROM stage_changes c LEFT JOIN officers o ON o.id = c.officer_id
                WHERE c.authority_id = \(authority.id) ORDER BY c.changed_at, c.id
                """).map(StageChange.init(row:))
        }
    }

    /// Records the strategic response an authority chose (the evidence for completing stage 4).
    /// - Parameters:
    ///   - name: The authority; it must be active or completed.
    ///   - model: The model, e.g. "Schools Champions".
    ///   - note: Anything worth keeping about it.
    ///   - date: When it was agreed; today by default.
    public func recordResponse(_ name: String, model: String, note: String? = nil, date: Day = .today()) throws -> StrategicResponse {
        let model = try DisplayName.validated(model, of: "strategic response model")
        guard date <= .today() else {
            throw EngageError(.invalid, "the response date \(date) is in the future", hint: "record it once it is agreed")
        }
        return try write { connection in
            let authority = try authorityForRecording(named: name, in: connection)
            guard authority.status == .active || authority.status == .completed else {
                throw EngageError(.refused, "\(authority.name) is \(authority.status.rawValue); a strategic response is recorded for an active authority",
                                  hint: "assign it first with 'engage authority assign \(authority.name) --officer NAME'")
            }
            let id = try connection.execute("""
                INSERT INTO strategic_responses (authority_id, model, note, recorded_on, officer_id)
                SELECT id, \(model), \(note), \(date), lead_officer_id FROM authorities WHERE id = \(authority.id)
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let response = StrategicResponse(id: id, authority: authority.name, model: model, note: note, recordedOn: date)
            try audit(connection, action: "authority.response", entity: "authority", id: authority.id,
                      details: AuditChange(before: nil, after: response, reason: nil))
            return response
        }
    }
}

extension StageChange {
    /// A change from a row with its columns named as `history` selects them.
    init(row: Row) throws {
        self.init(fromStatus: try row.decode("from_status"), toStatus: try row.decode("to_status"),
                  fromStage: try row.decode("from_stage"), toStage: try row.decode("to_stage"),
                  officer: try row.decode("officer"), changedAt: try row.decode("changed_at"),
                  changedBy: try row.decode("changed_by"), reason: try row.decode("reason"),
                  overridden: try row.decode("overridden"))
    }
}
