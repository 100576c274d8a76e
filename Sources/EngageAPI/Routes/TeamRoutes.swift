import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore
import FoundationEssentials

/// `/api/officers…`, `/api/workload`, `/api/waitlist`, `/api/settings/team-cap` and `/api/audit`:
/// the team, its caps and load, who waits, and who changed what.
enum TeamRoutes {
    /// Every team route, in the order the document lists them.
    static var all: [APIRoute] { officers + [workload, waitlist] + teamCap + [audit] }

    /// List, add, and set an officer's cap.
    static let officers: [APIRoute] = [
        APIRoute(.get, "/api/officers", operationID: "listOfficers",
                 summary: "List officers with their active authorities against their cap", access: .viewer,
                 response: .json("The officers, by region then name.", .array(.reference("Officer"))),
                 handler: .store { context in try context.json(try context.store.officers()) }),
        APIRoute(.post, "/api/officers", operationID: "createOfficer", summary: "Add an engagement officer", access: .manager,
                 body: .json([Property("name", .name, required: true, "The officer's full name, unique ignoring case."),
                              Property("region", Vocabulary.region, required: true, "The region they cover."),
                              Property("cap", cap, "Most active authorities they may lead at once (\(Officer.defaultCap) by default).")]),
                 response: .json(.created, "The officer added.", .reference("Officer")), refusals: [.conflict],
                 handler: .store { context in
                     let officer = try NewOfficer(name: try context.body.string("name"),
                                                  region: try Region.parse(try context.body.string("region")),
                                                  activeCap: context.body.optionalInt("cap") ?? Officer.defaultCap)
                     return try context.json(try context.store.addOfficer(officer), status: .created)
                 }),
        APIRoute(.put, "/api/officers/{name}/cap", operationID: "setOfficerCap",
                 summary: "Set how many active authorities an officer may lead at once (not below their current load)",
                 access: .manager,
                 pathParameters: [Property("name", .name, required: true, "The officer's name, in any case.")],
                 body: .json([Property("cap", cap, required: true, "The new cap.")]),
                 response: .json("The officer with the new cap.", .reference("Officer")), refusals: [.conflict],
                 handler: .store { context in
                     try context.json(try context.store.setCap(of: try context.path("name"), to: try context.body.int("cap")))
                 }),
    ]

    /// An officer's cap: `Officer.capRange`.
    private static let cap = Schema.integer(minimum: Officer.capRange.lowerBound, maximum: Officer.capRange.upperBound)

    /// `GET /api/workload`: `engage workload`.
    static let workload = APIRoute(
        .get, "/api/workload", operationID: "workload",
        summary: "The manager's Monday view: each officer's active authorities against their cap, days in stage, open follow-ups, the team cap and the waitlist by region",
        access: .viewer,
        response: .json("The team's load.", .reference("Workload")),
        handler: .store { context in try context.json(try context.store.workload()) })

    /// `GET /api/waitlist`: `engage waitlist`.
    static let waitlist = APIRoute(
        .get, "/api/waitlist", operationID: "listWaitlist", summary: "List authorities waiting for a place, oldest first",
        access: .viewer, query: [Vocabulary.regionFilter],
        response: .json("The waiting authorities, oldest first.", .array(.reference("WaitlistEntry"))),
        handler: .store { context in
            let region = try Region.field(context.query.optionalString("region"))
            return try context.json(try context.store.waitlistEntries().filter { region == nil || $0.region == region })
        })

    /// Read and set the team cap: `engage settings show` and `engage settings set team-cap`.
    static let teamCap: [APIRoute] = [
        APIRoute(.get, "/api/settings/team-cap", operationID: "showTeamCap",
                 summary: "Show the team-wide cap on active authorities and how many are active", access: .viewer,
                 response: .json("The team cap (absent when the team has none) and the active count.", .reference("TeamCapacity")),
                 handler: .store { context in try context.json(try context.store.teamCap()) }),
        APIRoute(.put, "/api/settings/team-cap", operationID: "setTeamCap",
                 summary: "Set the team-wide cap on active authorities, or remove it with null (not below the active count)",
                 access: .manager,
                 body: .json([Property("cap", .nullable(.integer(minimum: 1, maximum: 1_000)), required: true,
                                       "The most authorities the team holds at once, 1 to 1000; null removes the team-wide cap (officers' own caps still apply).")]),
                 response: .json("The team cap (absent when the team has none) and the active count.", .reference("TeamCapacity")),
                 refusals: [.conflict],
                 handler: .store { context in try context.json(try context.store.setTeamCap(context.body.optionalInt("cap"))) }),
    ]

    /// `GET /api/audit`: `engage audit`, with its bounds on `limit`.
    static let audit = APIRoute(
        .get, "/api/audit", operationID: "listAudit",
        summary: "Read the audit log, newest first: who changed what, when, with before and after", access: .viewer,
        query: [Property("authority", .name, "Only changes to this authority and its records."),
                Property("limit", .integer(minimum: 1, maximum: 10_000), "How many entries (50 by default).")],
        response: .json("The entries, newest first; details as stored (before, after, reason where they apply).",
                        .array(.reference("AuditEntry"))),
        handler: .store { context in
            let entries = try context.store.auditEntries(authority: context.query.optionalString("authority"),
                                                         limit: context.query.optionalInt("limit") ?? 50)
            return try context.json(entries.map(AuditOutput.init))
        })
}

/// An audit entry as the API answers it: its details as a JSON object rather than a string.
struct AuditOutput: Encodable {
    let id: Int64
    let at: Date
    let actor: String
    let action: String
    let entity: String
    let entityId: Int64?
    let details: JSONValue

    /// The entry, its details parsed (kept as a string in the unlikely case they are not JSON).
    init(_ entry: AuditEntry) {
        (id, at, actor, action, entity, entityId) = (entry.id, entry.at, entry.actor, entry.action, entry.entity, entry.entityId)
        details = JSONValue(parsing: entry.detailsJSON) ?? .string(entry.detailsJSON)
    }

    private enum CodingKeys: String, CodingKey { case id, at, actor, action, entity, entityId, details }

    /// Encodes every member, `entity_id` as null when the entry has none, so clients always find the keys.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(at, forKey: .at)
        try container.encode(actor, forKey: .actor)
        try container.encode(action, forKey: .action)
        try container.encode(entity, forKey: .entity)
        try container.encode(entityId, forKey: .entityId)
        try container.encode(details, forKey: .details)
    }
}
