import EngageCore

/// The shared schemas under `#/components/schemas`, by name: the error body, and every domain
/// value the API answers with, named after its type (`Briefing.Dissemination` is
/// `BriefingDissemination`).
///
/// Each follows the type's `Codable` encoding as `JSONOutput` sends it: snake_case members, `Day`
/// as `YYYY-MM-DD`, `Date` as ISO 8601 date-time. A member the type leaves out when it is nil is
/// not required; one a custom `encode(to:)` always writes (`null` when nil) is required and
/// nullable. Objects admit no other members, so a member the service adds without adding it here
/// fails `OpenAPITests` (which checks real responses against these schemas).
enum ComponentSchemas {
    /// Every component, by name.
    static var all: [String: Schema] {
        var all: [String: Schema] = ["Error": error, "Health": health]
        for group in [authorities, recording, team, outcomes, reports] {
            all.merge(group) { first, _ in first }
        }
        return all
    }

    /// Every refusal's body.
    static let error = Schema.object([
        Property("error", .object([
            Property("code", .string(), required: true, "A stable, machine-readable code, e.g. capacity_exceeded."),
            Property("message", .string(), required: true, "One line for people: what, which record, what to do."),
            Property("details", .anyObject, "Facts for programs, e.g. the cap and the authorities filling it."),
        ]), required: true, "What went wrong."),
    ])

    /// `GET /health`.
    static let health = Schema.object([
        Property("status", .enumeration(["ok"]), required: true, "Always ok: anything else is an error response."),
        Property("database", .enumeration(["reachable"]), required: true, "The database answered."),
        Property("migration_version", count, required: true, "The newest migration the database has applied."),
    ])

    /// A whole number from 0: a count, a cap, a number of days.
    static let count = Schema.integer(minimum: 0)

    /// A stage, 1 to 4.
    static let stage = Vocabulary.stage
}

// MARK: - Authorities

extension ComponentSchemas {
    /// Authority, its overview, its history and lifecycle changes.
    static var authorities: [String: Schema] {
        ["Authority": authority, "AuthorityOverview": overview, "StageEvidence": evidence,
         "StageChange": stageChange, "Transition": transition, "WaitlistEntry": waitlistEntry]
    }

    private static let authority = Schema.object([
        Property("id", .id, required: true, "The authority's id."),
        Property("name", .string(), required: true, "Its name, unique ignoring case."),
        Property("region", Vocabulary.region, required: true, "Its region."),
        Property("status", Vocabulary.status, required: true, "Where it stands with the team."),
        Property("stage", stage, "Its current stage; absent until it is assigned."),
        Property("lead_officer", .string(), "Its lead officer's name, when it has one."),
        Property("signposted_to", .string(), "Where it was referred, when signposted."),
        Property("profile", .string(), "Free text: what shapes engagement there."),
        Property("status_changed_at", .dateTime, required: true, "When its status last changed."),
        Property("stage_changed_at", .dateTime, "When it entered its current stage; absent without a stage."),
        Property("created_at", .dateTime, required: true, "When it was added."),
    ])

    private static let overview = Schema.object([
        Property("authority", .reference("Authority"), required: true, "The authority."),
        Property("evidence", .reference("StageEvidence"), required: true, "What the stage gates look at."),
        Property("activities", count, required: true, "Activities delivered or attended in it (planned ones excluded)."),
        Property("last_activity", .date, "The date of the latest of them; absent when there are none."),
        Property("open_follow_ups", count, required: true, "Follow-up requests still open."),
        Property("contacts", count, required: true, "Contacts recorded."),
        Property("missing_for_next_stage", .array(.string()), required: true,
                 "What the current stage still needs before it can move on (active authorities only)."),
        Property("latest_assessment", .reference("Assessment"), "Its latest self-assessment against the Quality Statements; absent when none."),
        Property("open_plan_actions", .array(.reference("AwaitingAction")), required: true, "Its open work-plan actions by due date."),
    ])

    private static let evidence = Schema.object([
        Property("agencies_identified", count, required: true, "Agencies or forums identified in the authority."),
        Property("locality_briefings", count, required: true, "Locality briefings written for it."),
        Property("forum_deliveries", count, required: true, "Presentations or workshops that reached one of its multi-agency forums."),
        Property("key_agency_deliveries", count, required: true, "Presentations or workshops that reached one of its key agencies."),
        Property("strategic_responses", count, required: true, "Strategic responses recorded."),
    ])

    private static let stageChange = Schema.object([
        Property("from_status", Vocabulary.status, "The status before; absent for the first row."),
        Property("to_status", Vocabulary.status, required: true, "The status after."),
        Property("from_stage", stage, "The stage before, when it had one."),
        Property("to_stage", stage, "The stage after, when it has one."),
        Property("officer", .string(), "The lead officer after the change."),
        Property("changed_at", .dateTime, required: true, "When."),
        Property("changed_by", .string(), required: true, "Who (the token's user, or the command-line user)."),
        Property("reason", .string(), "Why, when given."),
        Property("overridden", .boolean, required: true, "Whether a gate was passed without its evidence."),
    ])

    private static let transition = Schema.object([
        Property("before", .reference("Authority"), required: true, "The authority before the change."),
        Property("after", .reference("Authority"), required: true, "The authority after the change."),
        Property("next_on_waitlist", .reference("WaitlistEntry"),
                 "When the change freed a place: the authority to consider next (assigning stays explicit)."),
        Property("waitlisted_because", .string(), "Set when a full cap sent the authority to the waitlist instead."),
    ])

    private static let waitlistEntry = Schema.object([
        Property("authority", .string(), required: true, "The waiting authority's name."),
        Property("region", Vocabulary.region, required: true, "Its region."),
        Property("since", .dateTime, required: true, "When it joined the waitlist."),
    ])
}

// MARK: - Recording

extension ComponentSchemas {
    /// Agencies, activities, briefings, contacts, follow-ups and strategic responses.
    static var recording: [String: Schema] {
        ["Agency": agency, "Activity": activity, "Briefing": briefing, "BriefingDissemination": dissemination,
         "Contact": contact, "ContactErasure": erasure, "FollowUp": followUp, "AwaitingFollowUp": awaitingFollowUp, "AwaitingItem": awaitingItem, "StrategicResponse": strategicResponse]
    }

    private static let agency = Schema.object([
        Property("id", .id, required: true, "The agency's id."),
        Property("authority", .string(), "The authority it belongs to; absent for a national body."),
        Property("name", .string(), required: true, "Its name, unique in its authority ignoring case."),
        Property("type", Vocabulary.agencyType, required: true, "Its type."),
        Property("is_forum", .boolean, required: true, "Whether it counts as a multi-agency forum."),
        Property("identified_on", .date, required: true, "When it was identified."),
        Property("reached_on", .date, "The date of the earliest activity that reached it; absent until one has."),
    ])

    private static let activity = Schema.object([
        Property("id", .id, required: true, "The activity's id."),
        Property("kind", Vocabulary.activityKind, required: true, "What sort of event."),
        Property("occurred_on", .date, required: true, "When it happened (or will, when planned)."),
        Property("authority", .string(), "The authority it was in; absent for a national activity."),
        Property("sector", Vocabulary.sector, "The audience's sector, when recorded (always for a national activity)."),
        Property("title", .string(), "Its title, when given."),
        Property("attendees", count, "How many attended, when known."),
        Property("officer", .string(), required: true, "The officer who delivered or attended it."),
        Property("notes", .string(), "Notes, when given."),
        Property("planned", .boolean, required: true, "Booked for a future date; it counts for nothing until it has happened."),
        Property("agencies", .array(.string()), required: true, "The agencies it reached, by name."),
    ])

    private static let briefing = Schema.object([
        Property("id", .id, required: true, "The briefing's id."),
        Property("title", .string(), required: true, "Its title, unique ignoring case."),
        Property("kind", Vocabulary.briefingKind, required: true, "A sector or a locality briefing."),
        Property("sector", Vocabulary.sector, "The sector, for a sector briefing."),
        Property("authorities", .array(.string()), required: true, "The authorities a locality briefing was written for."),
        Property("times_sent", count, required: true, "How many times it has been sent."),
    ])

    private static let dissemination = Schema.object([
        Property("id", .id, required: true, "The sending's id."),
        Property("briefing", .string(), required: true, "The briefing's title."),
        Property("recipient_kind", .enumeration(["authority", "network", "agency"]), required: true, "What received it."),
        Property("recipient", .string(), required: true, "The recipient's name; for an agency, \"AGENCY (AUTHORITY)\"."),
        Property("sent_on", .date, required: true, "When it was sent."),
    ])

    private static let contact = Schema.object([
        Property("id", .id, required: true, "The contact's id."),
        Property("authority", .string(), required: true, "The authority's name."),
        Property("name", .string(), required: true, "The person's name."),
        Property("role", .string(), "Their role, e.g. LSCB Manager."),
        Property("organisation", .string(), "Their organisation, when given."),
        Property("email", .string(), "Their email, when given."),
        Property("phone", .string(), "Their phone number, when given."),
    ])

    private static let erasure = Schema.object([
        Property("contact_id", .id, required: true, "The erased contact's id."),
        Property("authority", .string(), required: true, "The authority it belonged to."),
        Property("audit_rows_blanked", count, required: true, "Earlier audit rows whose details were blanked."),
        Property("follow_ups_unlinked", count, required: true, "Follow-ups that no longer name a contact."),
    ])

    private static let followUp = Schema.object(followUpProperties)

    private static let awaitingFollowUp = Schema.object(awaitingFollowUpProperties)

    private static let awaitingFollowUpProperties = followUpProperties + [
        Property("age_days", count, required: true, "Days since it was asked for."),
        Property("overdue", .boolean, required: true, "Whether its due date has passed."),
    ]

    /// One line of the staff's list: a follow-up or (in the overdue list) a work-plan action, told
    /// apart by `item`.
    private static let awaitingItem = Schema.oneOf([
        .object(awaitingFollowUpProperties + [Property("item", .enumeration(["followup"]), required: true, "A follow-up request.")]),
        .object(awaitingActionProperties + [Property("item", .enumeration(["action"]), required: true, "A work-plan action.")]),
    ])

    private static let followUpProperties = [
        Property("id", .id, required: true, "The follow-up's id."),
        Property("authority", .string(), required: true, "The authority that asked."),
        Property("region", Vocabulary.region, required: true, "Its region."),
        Property("authority_status", Vocabulary.status, required: true, "Its status (completed or closed: it needs taking on again)."),
        Property("lead_officer", .string(), "Its lead officer, when it has one."),
        Property("summary", .string(), required: true, "What was asked for."),
        Property("kind", Vocabulary.followUpKind, required: true, "What sort of help."),
        Property("contact_id", .id, "The contact who asked, by id, when recorded."),
        Property("opened_on", .date, required: true, "When it was asked for."),
        Property("due_on", .date, "When it is due; absent: no due date."),
        Property("closed_on", .date, "When it was done; absent while open."),
        Property("outcome", .string(), "What was done; present once closed."),
    ]

    private static let strategicResponse = Schema.object([
        Property("id", .id, required: true, "The response's id."),
        Property("authority", .string(), required: true, "The authority's name."),
        Property("model", .string(), required: true, "The model chosen, e.g. Schools Champions."),
        Property("note", .string(), "A note, when given."),
        Property("recorded_on", .date, required: true, "When it was recorded."),
    ])
}

// MARK: - Team, audit and transfers

extension ComponentSchemas {
    /// Officers, the workload, capacity, the audit log and imports.
    static var team: [String: Schema] {
        ["Officer": officer, "Workload": workload, "TeamCapacity": teamCapacity, "AuditEntry": auditEntry,
         "ImportSummary": importSummary]
    }

    private static let officer = Schema.object([
        Property("id", .id, required: true, "The officer's id."),
        Property("name", .string(), required: true, "Their name, unique ignoring case."),
        Property("region", Vocabulary.region, required: true, "The region they cover."),
        Property("active_cap", count, required: true, "How many active authorities they may lead at once."),
        Property("active_count", count, required: true, "How many they lead now."),
        Property("created_at", .dateTime, required: true, "When they were added."),
    ])

    private static let workload = Schema.object([
        Property("officers", .array(.object([
            Property("name", .string(), required: true, "The officer."),
            Property("region", Vocabulary.region, required: true, "Their region."),
            Property("cap", count, required: true, "Their cap."),
            Property("active", .array(.object([
                Property("name", .string(), required: true, "The authority."),
                Property("stage", stage, required: true, "Its stage."),
                Property("days_in_stage", count, required: true, "Whole days in that stage."),
                Property("open_follow_ups", count, required: true, "Its open follow-ups."),
            ])), required: true, "The active authorities they lead."),
            Property("open_follow_ups", count, required: true, "Open follow-ups on every authority they lead, active or not."),
        ])), required: true, "Each officer's load."),
        Property("team", .reference("TeamCapacity"), required: true, "The team cap and how many are active."),
        Property("waitlist", .array(.object([
            Property("region", Vocabulary.region, required: true, "The region."),
            Property("waiting", count, required: true, "How many authorities wait there."),
        ])), required: true, "Regions with at least one waitlisted authority."),
    ])

    private static let teamCapacity = Schema.object([
        Property("cap", count, "The team-wide cap; absent when the team has none."),
        Property("active", count, required: true, "Active authorities now."),
    ])

    private static let auditEntry = Schema.object([
        Property("id", .id, required: true, "The entry's id."),
        Property("at", .dateTime, required: true, "When."),
        Property("actor", .string(), required: true, "Who: the token's user, or the command-line user."),
        Property("action", .string(), required: true, "What, e.g. authority.assign."),
        Property("entity", .string(), required: true, "The kind of record changed, e.g. authority."),
        Property("entity_id", .nullable(.id), required: true, "The record's id; null when there is none."),
        Property("details", .anyObject, required: true, "As stored: before, after and reason where they apply."),
    ])

    private static let importSummary = Schema.object([
        Property("kind", .enumeration(ImportKind.allCases.map(\.rawValue)), required: true, "What was imported."),
        Property("file", .string(), required: true, "The file's name as given."),
        Property("rows", count, required: true, "Data rows read."),
        Property("added", count, required: true, "Rows stored as new records."),
        Property("unchanged", count, required: true, "Rows whose record already existed; left as they were."),
        Property("skipped", count, required: true, "Bad rows left out (only when asked to skip them)."),
        Property("bad_rows", .nullable(.string()),
                 "From the import routes: with skip_bad, the bad rows as CSV (the columns and error, header included); null without it."),
    ])
}
