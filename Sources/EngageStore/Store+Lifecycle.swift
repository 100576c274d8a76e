import EngageCore
import Postgres

/// Moving authorities through their lifecycle. Each call is one transaction that locks the
/// authority row, checks the domain's rules, changes it, and records a history row and an audit
/// row. Places under the caps are counted by the database (migration 0002), so the caps hold
/// however many commands run at once.
extension Store {
    /// Marks a prospect as having asked for engagement.
    public func request(_ name: String, reason: String? = nil) throws -> Transition {
        try transition(name, .request, reason: reason) { connection, authority in
            try connection.execute("UPDATE authorities SET status = 'requested' WHERE id = \(authority.id)")
        }
    }

    /// Makes an authority active with a lead officer, at stage 1 or a later stage given a reason.
    /// - Parameters:
    ///   - name: The authority.
    ///   - officer: The lead officer's name.
    ///   - stage: Where it starts; a later stage needs `reason`.
    ///   - reason: Why, recorded in the history.
    ///   - waitlistIfFull: When a cap is full, put it on the waitlist instead of refusing.
    /// - Throws: `EngageError.refused` for a full cap (naming officer, cap and the authorities filling
    ///   it), a status it cannot be assigned from, or a later stage without a reason.
    public func assign(_ name: String, officer: String, stage: Stage = .researchAndMapping, reason: String? = nil,
                       waitlistIfFull: Bool = false) throws -> Transition {
        if stage != .researchAndMapping && reason == nil {
            throw EngageError(.invalid, "starting \(name) at stage \(stage.rawValue) needs a reason",
                              hint: "add --reason \"…\", e.g. what the authority already has in place")
        }
        do {
            return try transition(name, .assign, reason: reason) { connection, authority in
                let lead = try requireOfficer(named: officer, in: connection)
                try connection.execute("""
                    UPDATE authorities SET status = 'active', stage = \(stage), lead_officer_id = \(lead.id) WHERE id = \(authority.id)
                    """)
            }
        } catch let conflict as CapacityConflict {
            let refusal = try capacityRefusal(conflict, authority: name, officer: officer)
            guard waitlistIfFull else { throw refusal }
            let waitlisted = try waitlist(name, reason: refusal.message)
            return Transition(before: waitlisted.before, after: waitlisted.after, waitlistedBecause: refusal.message)
        }
    }

    /// Gives an active or paused authority a different lead officer (capacity applies to an active one).
    public func reassign(_ name: String, to officer: String, reason: String? = nil) throws -> Transition {
        try refusingOverCap(name, officer: officer) {
            try transition(name, .reassign, reason: reason) { connection, authority in
                let lead = try requireOfficer(named: officer, in: connection)
                guard authority.leadOfficer != lead.name else {
                    throw EngageError(.refused, "\(authority.name) is already led by \(lead.name)", hint: "name another officer")
                }
                try connection.execute("UPDATE authorities SET lead_officer_id = \(lead.id) WHERE id = \(authority.id)")
            }
        }
    }

    /// Puts an authority that asked on the waitlist.
    public func waitlist(_ name: String, reason: String? = nil) throws -> Transition {
        try transition(name, .waitlist, reason: reason) { connection, authority in
            try connection.execute("UPDATE authorities SET status = 'waitlisted' WHERE id = \(authority.id)")
        }
    }

    /// Turns an authority away, saying where it was referred.
    public func signpost(_ name: String, to place: String) throws -> Transition {
        let place = try DisplayName.validated(place, of: "signpost destination")
        return try transition(name, .signpost, reason: place) { connection, authority in
            try connection.execute("UPDATE authorities SET status = 'signposted', signposted_to = \(place) WHERE id = \(authority.id)")
        }
    }

    /// Stops work for now, freeing the place; the stage and lead are kept.
    public func pause(_ name: String, reason: String? = nil) throws -> Transition {
        try transition(name, .pause, reason: reason) { connection, authority in
            try connection.execute("UPDATE authorities SET status = 'paused' WHERE id = \(authority.id)")
        }
    }

    /// Takes a paused authority back on with its lead officer (capacity applies).
    public func resume(_ name: String, reason: String? = nil) throws -> Transition {
        let lead = try authority(named: name).leadOfficer ?? ""
        return try refusingOverCap(name, officer: lead) {
            try transition(name, .resume, reason: reason) { connection, authority in
                try connection.execute("UPDATE authorities SET status = 'active' WHERE id = \(authority.id)")
            }
        }
    }

    /// Ends work with an authority, whatever its status.
    public func close(_ name: String, reason: String? = nil) throws -> Transition {
        try transition(name, .close, reason: reason) { connection, authority in
            try connection.execute("UPDATE authorities SET status = 'closed', signposted_to = NULL WHERE id = \(authority.id)")
        }
    }

    /// Takes a completed, closed or signposted authority on again (capacity applies).
    /// - Parameter stage: Where it restarts: stage 4 for a completed authority by default, else stage 1.
    public func reopen(_ name: String, officer: String, stage: Stage? = nil, reason: String) throws -> Transition {
        try refusingOverCap(name, officer: officer) {
            try transition(name, .reopen, reason: reason) { connection, authority in
                let lead = try requireOfficer(named: officer, in: connection)
                let restart = stage ?? (authority.status == .completed ? .strategicResponse : .researchAndMapping)
                try connection.execute("""
                    UPDATE authorities SET status = 'active', stage = \(restart), lead_officer_id = \(lead.id), signposted_to = NULL
                    WHERE id = \(authority.id)
                    """)
            }
        }
    }

    /// Moves an active authority to its next stage, or completes it from stage 4, when the gate's
    /// evidence exists, or when `override` gives a reason to skip the gate (recorded).
    /// - Throws: `EngageError.refused` listing the missing evidence.
    public func advance(_ name: String, override: String? = nil) throws -> Transition {
        try checkOverrideRight(override, for: name)
        return try transition(name, .advance, reason: override, overridden: override != nil) { connection, authority in
            try moveOn(authority, override: override, in: connection)
        }
    }

    /// Completes an authority at stage 4: the same gate as advancing from stage 4.
    public func complete(_ name: String, override: String? = nil) throws -> Transition {
        try checkOverrideRight(override, for: name)
        return try transition(name, .complete, reason: override, overridden: override != nil) { connection, authority in
            guard authority.stage == .strategicResponse else {
                throw EngageError(.refused, "\(authority.name) is at stage \(authority.stage?.rawValue ?? 0), so it cannot be completed yet",
                                  hint: "an authority completes from stage 4; use 'engage authority advance \(authority.name)'")
            }
            try moveOn(authority, override: override, in: connection)
        }
    }

    /// Moves an active authority back to an earlier stage.
    public func stepBack(_ name: String, to stage: Stage, reason: String) throws -> Transition {
        try transition(name, .stepBack, reason: reason) { connection, authority in
            guard let current = authority.stage, stage < current else {
                throw EngageError(.refused, "\(authority.name) is at stage \(authority.stage?.rawValue ?? 0); --to \(stage.rawValue) is not an earlier stage",
                                  hint: "use 'engage authority advance \(authority.name)' to move forward")
            }
            try connection.execute("UPDATE authorities SET stage = \(stage) WHERE id = \(authority.id)")
        }
    }

    private func moveOn(_ authority: Authority, override: String?, in connection: Connection) throws {
        guard let stage = authority.stage else { return }
        if override == nil {
            try Gates.check(authority.name, leaving: stage, evidence: try evidence(for: authority.id, in: connection))
        }
        if let next = Stage(rawValue: stage.rawValue + 1) {
            try connection.execute("UPDATE authorities SET stage = \(next) WHERE id = \(authority.id)")
        } else {
            try connection.execute("UPDATE authorities SET status = 'completed' WHERE id = \(authority.id)")
        }
    }

    /// Only a manager moves an authority on without its gate's evidence: a store recording for
    /// an officer (`recordingLead`) may not override.
    private func checkOverrideRight(_ override: String?, for name: String) throws {
        guard override != nil, let officer = recordingLead else { return }
        throw EngageError(.forbidden, "only a manager can move \(name) on without the gate's evidence; \(officer) is an officer",
                          hint: "record the missing evidence, or ask a manager to override")
    }
}
