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
        for group in [authorities, recording, team, reports] {
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
        ["Authority": authority, "AuthorityOverview": overview, "Assessment": assessment, "QualityStatement": qualityStatement,
         "AssessmentComparison": comparison, "PlanAction": planAction, "StageEvidence": evidence,
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
    ])

    private static let qualityStatement = Schema.object([
        Property("key", .string(), required: true, "Its short key, e.g. multi-agency."),
        Property("position", count, required: true, "Its place among the eight, 1 to 8."),
        Property("title", .string(), required: true, "Its title, e.g. Multi-agency working."),
        Property("description", .string(), required: true, "What it asks of local services."),
    ])

    private static let comparison = Schema.object([
        Property("basis", .enumeration(["first", "previous"]), "What the latest is compared with; absent with a single assessment."),
        Property("earlier", .reference("Assessment"), "The assessment compared with; absent with a single assessment."),
        Property("latest", .reference("Assessment"), required: true, "The latest assessment."),
        Property("statements", .array(.object([
            Property("statement", .string(), required: true, "The statement's key."),
            Property("position", count, required: true, "Its place, 1 to 8."),
            Property("title", .string(), required: true, "Its title."),
            Property("earlier", .integer(minimum: 1, maximum: 4), "The earlier rating, when rated."),
            Property("latest", .integer(minimum: 1, maximum: 4), "The latest rating, when rated."),
            Property("change", .integer(minimum: -3, maximum: 3), "Latest minus earlier, when both are rated."),
            Property("evidence", .string(), "The latest assessment's evidence for it, when given."),
        ])), required: true, "All eight statements, in order."),
    ])

    private static let planAction = Schema.object([
        Property("id", .id, required: true, "The action's id."),
        Property("authority", .string(), required: true, "The authority whose plan it is in."),
        Property("region", Vocabulary.region, required: true, "Its region."),
        Property("lead_officer", .string(), "Its lead officer, when it has one."),
        Property("statement", .string(), required: true, "The statement it serves, by key."),
        Property("action", .string(), required: true, "What is to be done."),
        Property("owner", .string(), required: true, "Who does it, by name ('an erased contact' after an erasure)."),
        Property("owner_kind", .enumeration(["officer", "contact"]), required: true, "Whether the owner is an officer or a contact."),
        Property("owner_contact_id", .id, "The owning contact's id, when a contact owns it."),
        Property("due_on", .date, required: true, "When it is due."),
        Property("status", .enumeration(["open", "done", "dropped"]), required: true, "Where it stands."),
        Property("closed_on", .date, "When it was done or dropped."),
        Property("drop_reason", .string(), "Why it was dropped."),
    ])

    private static let assessment = Schema.object([
        Property("id", .id, required: true, "The assessment's id."),
        Property("authority", .string(), required: true, "The authority assessed."),
        Property("assessed_on", .date, required: true, "When."),
        Property("participants", .array(.object([
            Property("contact_id", .id, "The contact who took part, by id, when one of the authority's contacts."),
            Property("name", .string(), "Their name, when given as free text (or 'an erased contact')."),
        ])), required: true, "Who took part."),
        Property("ratings", .array(.object([
            Property("statement", .string(), required: true, "The Quality Statement's key."),
            Property("rating", .integer(minimum: 1, maximum: 4), required: true,
                     "1 not yet in place, 2 emerging, 3 developing, 4 embedded."),
            Property("evidence", .string(), "The evidence noted, when given."),
        ])), required: true, "A rating per statement rated; statements left unrated are absent."),
        Property("rated_count", count, required: true, "How many statements were rated."),
        Property("mean_rating", .nullable(.number), required: true, "The mean rating, to two places; null when none."),
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
         "Contact": contact, "ContactErasure": erasure, "FollowUp": followUp, "AwaitingFollowUp": awaitingFollowUp, "StrategicResponse": strategicResponse]
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

    private static let awaitingFollowUp = Schema.object(followUpProperties + [
        Property("age_days", count, required: true, "Days since it was asked for."),
        Property("overdue", .boolean, required: true, "Whether its due date has passed."),
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

// MARK: - Reports

extension ComponentSchemas {
    /// The reports, and the scope each one states.
    static var reports: [String: Schema] {
        ["ReportScope": scope, "SummaryReport": summaryReport, "AgenciesReport": agenciesReport,
         "EventsReport": eventsReport, "BriefingsReport": briefingsReport, "FunnelReport": funnelReport,
         "FollowUpsReport": followUpsReport, "CapacityReport": capacityReport]
    }

    /// Every report's `scope` member.
    private static let scopeProperty = Property("scope", .reference("ReportScope"), required: true, "What the report covers.")

    private static let scope = Schema.object([
        Property("from", .nullable(.date), required: true, "The first day counted; null counts from the beginning."),
        Property("to", .nullable(.date), required: true, "The last day counted; null counts to the end."),
        Property("region", .nullable(Vocabulary.region), required: true, "Only authorities in this region; null for all."),
        Property("officer", .nullable(.string()), required: true, "Only this officer's records; null for all."),
        Property("today", .date, required: true, "The day ages, open stays and the current month are reckoned from."),
    ])

    private static let kindCount = Schema.object([
        Property("kind", Vocabulary.activityKind, required: true, "The kind of activity."),
        Property("count", count, required: true, "How many."),
    ])

    private static let summaryReport = Schema.object([
        scopeProperty,
        Property("authorities_engaged", count, required: true, "Authorities with a presentation or workshop in the period."),
        Property("authorities_reached_through_several_types", count, required: true,
                 "Authorities reached through more than one agency type."),
        Property("presentations", count, required: true, "Presentations delivered."),
        Property("workshops", count, required: true, "Workshops delivered."),
        Property("events", count, required: true, "Every event in the period, of any kind."),
        Property("events_by_kind", .array(kindCount), required: true, "Events per kind, zeros included."),
        Property("briefings_published", count, required: true, "Briefings published in the period."),
        Property("disseminations", count, required: true, "Sendings of briefings in the period."),
        Property("authorities_asking_for_more", count, required: true, "Authorities with a follow-up request opened in the period."),
    ])

    private static let agenciesReport = Schema.object([
        scopeProperty,
        Property("rows", .array(.object([
            Property("authority", .string(), required: true, "The authority."),
            Property("region", Vocabulary.region, required: true, "Its region."),
            Property("types", .array(Vocabulary.agencyType), required: true, "The agency types reached there."),
        ])), required: true, "Authorities with at least one type reached, by region then name."),
        Property("totals", .array(.object([
            Property("type", Vocabulary.agencyType, required: true, "The agency type."),
            Property("name", .string(), required: true, "Its name in the evaluation's table."),
            Property("authorities", count, required: true, "Authorities reached through it."),
        ])), required: true, "One per agency type, zeros included."),
        Property("authorities_reached", count, required: true, "Authorities with at least one type reached."),
        Property("reached_through_several_types", count, required: true, "Authorities reached through more than one type."),
    ])

    private static let eventsReport = Schema.object([
        scopeProperty,
        Property("kinds", .array(Vocabulary.activityKind), required: true, "The columns: the evaluation's five, then any other kind present."),
        Property("rows", .array(.object([
            Property("sector", .nullable(Vocabulary.sector), required: true, "The sector; null for activities without one."),
            Property("name", .string(), required: true, "The sector's name."),
            Property("counts", .array(kindCount), required: true, "A count per column."),
            Property("total", count, required: true, "The row's total."),
        ])), required: true, "One per sector, then one for no sector when any activity has none."),
        Property("totals", .array(kindCount), required: true, "The column totals."),
        Property("total", count, required: true, "Every activity counted."),
    ])

    private static let briefingCounts = Schema.object([
        Property("sendings", count, required: true, "Sendings."),
        Property("authorities", count, required: true, "Distinct authorities reached."),
        Property("agencies", count, required: true, "Distinct agencies reached."),
        Property("networks", count, required: true, "Distinct networks reached."),
    ])

    private static let briefingsReport = Schema.object([
        scopeProperty,
        Property("briefings", .array(.object([
            Property("title", .string(), required: true, "The briefing."),
            Property("kind", Vocabulary.briefingKind, required: true, "Sector or locality."),
            Property("published_on", .nullable(.date), required: true, "When it was published; null when unknown."),
            Property("counts", briefingCounts, required: true, "Its sendings and the places they reached."),
            Property("targets", .array(.object([
                Property("kind", .enumeration(["authority", "agency", "network"]), required: true, "What received it."),
                Property("name", .string(), required: true, "Its name."),
                Property("times", count, required: true, "How many times in the period."),
            ])), required: true, "Where it went, first sent first."),
        ])), required: true, "Briefings sent at least once in the period."),
        Property("total", briefingCounts, required: true, "All sendings; distinct places reached across every briefing."),
    ])

    private static let funnelReport = Schema.object([
        scopeProperty,
        Property("statuses", .array(.object([
            Property("status", Vocabulary.status, required: true, "The status."),
            Property("authorities", count, required: true, "Authorities in it now."),
        ])), required: true, "Every status, zeros included."),
        Property("stages", .array(.object([
            Property("stage", stage, required: true, "The stage."),
            Property("name", .string(), required: true, "Its name."),
            Property("active_now", count, required: true, "Active authorities at this stage now."),
            Property("entered", count, required: true, "Stays that began in the period."),
            Property("left", count, required: true, "Stays that ended in the period."),
            Property("stays", count, required: true, "Stays that overlap the period."),
            Property("median_days", .nullable(.number), required: true, "Their median length in days; null when none."),
            Property("max_days", .nullable(count), required: true, "The longest, in days; null when none."),
        ])), required: true, "Stages 1 to 4."),
    ])

    private static let followUpsReport = Schema.object([
        scopeProperty,
        Property("opened", count, required: true, "Requests opened in the period."),
        Property("closed", count, required: true, "Requests closed in the period."),
        Property("median_days_to_close", .nullable(.number), required: true,
                 "The median days from opening to closing of those closed; null when none were."),
        Property("open_now", .object([
            Property("days_0_to_30", count, required: true, "Open 0 to 30 days."),
            Property("days_31_to_60", count, required: true, "Open 31 to 60 days."),
            Property("days_61_to_90", count, required: true, "Open 61 to 90 days."),
            Property("over_90_days", count, required: true, "Open more than 90 days."),
        ]), required: true, "Requests open now, by age."),
        Property("engaged_authorities", count, required: true, "Authorities with a presentation or workshop in the period."),
        Property("engaged_that_asked", count, required: true, "Of those, the ones with a request opened in the period."),
        Property("asked_share", .nullable(.number), required: true, "That share in percent; null when none were engaged."),
    ])

    private static let capacityReport = Schema.object([
        scopeProperty,
        Property("team_cap", .nullable(count), required: true, "The team cap today; null when there is none."),
        Property("months", .array(.object([
            Property("month", .string(minLength: 7, maxLength: 7), required: true, "The month, YYYY-MM."),
            Property("officers", .array(.object([
                Property("officer", .string(), required: true, "The officer."),
                Property("active", count, required: true, "Their active authorities at the month's end."),
                Property("cap", count, required: true, "Their cap today."),
            ])), required: true, "Each officer at the month's end."),
            Property("team_active", count, required: true, "Active authorities in the team at the month's end."),
            Property("waitlisted", count, required: true, "Authorities moved to the waitlist during the month."),
            Property("signposted", count, required: true, "Authorities signposted during the month."),
        ])), required: true, "Oldest first."),
    ])
}
