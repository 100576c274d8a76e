import EngageCore
import Postgres

/// Caps and the waitlist.
extension Store {
    /// Sets how many active authorities an officer may lead at once.
    /// - Throws: `EngageError.refused` when the officer already leads more than `cap`.
    public func setCap(of officerName: String, to cap: Int) throws -> Officer {
        let cap = try Officer.validatedCap(cap)
        do {
            return try write { connection in
                let before = try requireOfficer(named: officerName, in: connection)
                try connection.execute("UPDATE officers SET active_cap = \(cap) WHERE id = \(before.id)")
                let after = try requireOfficer(named: before.name, in: connection)
                try audit(connection, action: "officer.set-cap", entity: "officer", id: before.id,
                          details: AuditChange(before: before, after: after, reason: nil))
                return after
            }
        } catch is CapacityConflict {
            let officer = try self.officer(named: officerName)
            throw EngageError(.refused, "\(officer.name) leads \(officer.activeCount) active authorities, more than a cap of \(cap)",
                              hint: "free places first (pause, reassign, complete or close), then lower the cap")
        }
    }

    /// The team-wide cap on active authorities; nil when there is none.
    public func teamCap() throws -> TeamCapacity {
        try read { connection in
            let row = try connection.execute("SELECT team_cap, active_count FROM team_settings").singleRow()
            return TeamCapacity(cap: try row.decode("team_cap"), active: try row.decode("active_count"))
        }
    }

    /// Sets or clears (nil) the team-wide cap.
    /// - Throws: `EngageError.refused` when more authorities are active than `cap`.
    public func setTeamCap(_ cap: Int?) throws -> TeamCapacity {
        if let cap, !(1...1000).contains(cap) {
            throw EngageError(.invalid, "a team cap of \(cap) is out of range", hint: "use a number from 1 to 1000, or 'none'")
        }
        do {
            return try write { connection in
                let before = try connection.execute("SELECT team_cap FROM team_settings").singleRow().decode("team_cap", as: Int?.self)
                let row = try connection.execute("UPDATE team_settings SET team_cap = \(cap), updated_at = now() RETURNING team_cap, active_count")
                    .singleRow()
                let after = TeamCapacity(cap: try row.decode("team_cap"), active: try row.decode("active_count"))
                try audit(connection, action: "settings.team-cap", entity: "settings", id: nil,
                          details: AuditChange(before: before, after: cap, reason: nil))
                return after
            }
        } catch is CapacityConflict {
            let active = try teamCap().active
            throw EngageError(.refused, "the team has \(active) active authorities, more than a cap of \(cap ?? 0)",
                              hint: "free places first (pause, complete or close), then lower the cap")
        }
    }

    /// The waitlist, oldest first.
    public func waitlistEntries() throws -> [WaitlistEntry] {
        try read { connection in
            try connection.execute("""
                SELECT name, region, status_changed_at FROM authorities WHERE status = 'waitlisted' ORDER BY status_changed_at, id
                """).map { row in
                    WaitlistEntry(authority: try row.decode("name"), region: try row.decode("region"), since: try row.decode("status_changed_at"))
                }
        }
    }
}
