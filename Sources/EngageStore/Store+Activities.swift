import EngageCore
import Postgres

extension Store {
    /// Records an activity, the agencies it reached (creating unknown ones when a type is given),
    /// and, unless planned, when each agency was first reached.
    /// - Parameter activity: The validated activity.
    /// - Returns: The stored activity.
    /// - Throws: `EngageError.notFound` for an unknown authority, officer or agency;
    ///   `.refused` when no officer is given and the authority has no lead officer.
    public func addActivity(_ activity: NewActivity) throws -> Activity {
        try write { connection in
            var authority: Authority?
            if case .authority(let name) = activity.scope { authority = try authorityForRecording(named: name, in: connection) }
            let officerID = try activityOfficer(activity.officer, authority: authority, in: connection)
            let agencies = try reachedAgencies(activity, authority: authority, in: connection)
            let id = try connection.execute("""
                INSERT INTO activities (kind, occurred_on, authority_id, sector, title, attendees, officer_id, notes, planned)
                VALUES (\(activity.kind), \(activity.date), \(authority?.id), \(activity.sector), \(activity.title),
                        \(activity.attendees), \(officerID), \(activity.notes), \(activity.planned))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            for agency in agencies {
                try connection.execute("INSERT INTO activity_agencies (activity_id, agency_id) VALUES (\(id), \(agency.id))")
                if !activity.planned { try markReached(agency, on: activity.date, in: connection) }
            }
            let added = try Activity(row: connection.execute(Self.activitySelect + " WHERE v.id = \(id)").singleRow())
            try audit(connection, action: "activity.add", entity: "activity", id: id, details: AuditChange(after: added))
            return added
        }
    }

    /// The activities that pass `filter`, oldest first.
    /// - Throws: `EngageError.notFound` for an unknown authority.
    public func activities(_ filter: Activity.Filter) throws -> [Activity] {
        try read { connection in
            var query = Self.activitySelect + " WHERE true"
            if let authority = filter.authority { query.append(" AND v.authority_id = \(try requireAuthority(named: authority, in: connection).id)") }
            if let from = filter.from { query.append(" AND v.occurred_on >= \(from)") }
            if let to = filter.to { query.append(" AND v.occurred_on <= \(to)") }
            if let kind = filter.kind { query.append(" AND v.kind = \(kind)") }
            query.append(" ORDER BY v.occurred_on, v.id")
            return try connection.execute(query).map(Activity.init(row:))
        }
    }

    /// The officer named, else the authority's lead officer, else a refusal saying how to name one.
    private func activityOfficer(_ name: String?, authority: Authority?, in connection: Connection) throws -> Int64 {
        if let name { return try requireOfficer(named: name, in: connection).id }
        guard let authority, let lead = authority.leadOfficer, let officer = try findOfficer(named: lead, in: connection) else {
            throw EngageError(.refused, "\(authority?.name ?? "a national activity") has no lead officer to record the activity against",
                              hint: "say who it was with --officer NAME (see 'engage officer list')")
        }
        return officer.id
    }

    /// The agencies an activity names, adding unknown ones when the activity says of which type.
    private func reachedAgencies(_ activity: NewActivity, authority: Authority?, in connection: Connection) throws -> [Agency] {
        guard let authority else { return [] }
        return try activity.agencies.map { name in
            if let agency = try findAgency(named: name, authorityID: authority.id, in: connection) { return agency }
            guard let type = activity.newAgencyType else {
                throw try unknownAgency(name, in: authority, connection: connection,
                                        hint: "add --agency-type TYPE to record it as a new agency, or see 'engage agency list \(commandWord(authority.name))'")
            }
            return try insertAgency(name: name, type: type, isForum: type.isForum, identifiedOn: activity.newAgenciesIdentifiedOn,
                                    authorityID: authority.id, in: connection)
        }
    }

    /// Sets when an agency was first reached to `date` when that is earlier; it was identified by then too.
    private func markReached(_ agency: Agency, on date: Day, in connection: Connection) throws {
        let reached = Agency.reached(agency.reachedOn, by: date)
        let identified = min(agency.identifiedOn, reached)
        guard reached != agency.reachedOn || identified != agency.identifiedOn else { return }
        try connection.execute("""
            UPDATE agencies SET reached_on = \(reached), identified_on = \(identified) WHERE id = \(agency.id)
            """)
    }

    static let activitySelect: Query = """
        SELECT v.id, v.kind, v.occurred_on, a.name AS authority, v.sector, v.title, v.attendees, o.name AS officer,
               v.notes, v.planned,
               coalesce((SELECT string_agg(g.name, chr(10) ORDER BY lower(g.name))
                         FROM activity_agencies x JOIN agencies g ON g.id = x.agency_id
                         WHERE x.activity_id = v.id), '') AS agencies
        FROM activities v
        JOIN officers o ON o.id = v.officer_id
        LEFT JOIN authorities a ON a.id = v.authority_id
        """
}

/// A name as typed in a suggested command: quoted when it has spaces.
private func commandWord(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }

extension Activity {
    init(row: Row) throws {
        let agencies = try row.decode("agencies", as: String.self)
        self.init(id: try row.decode("id"), kind: try row.decode("kind"), occurredOn: try row.decode("occurred_on"),
                  authority: try row.decode("authority"), sector: try row.decode("sector"), title: try row.decode("title"),
                  attendees: try row.decode("attendees"), officer: try row.decode("officer"), notes: try row.decode("notes"),
                  planned: try row.decode("planned"),
                  agencies: agencies.split(separator: "\n").map(String.init))
    }
}
