import EngageCore

// MARK: - Reports

extension ComponentSchemas {
    /// The reports, and the scope each one states.
    static var reports: [String: Schema] {
        ["ReportScope": scope, "SummaryReport": summaryReport, "AgenciesReport": agenciesReport,
         "EventsReport": eventsReport, "BriefingsReport": briefingsReport, "FunnelReport": funnelReport,
         "FollowUpsReport": followUpsReport, "CapacityReport": capacityReport, "OutcomesReport": outcomesReport]
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

    private static let outcomesReport = Schema.object([
        scopeProperty,
        Property("statements", .array(.object([
            Property("statement", .string(), required: true, "The statement's key."),
            Property("title", .string(), required: true, "Its title."),
            Property("authorities", count, required: true, "Authorities with a first and a later rating of it in the period."),
            Property("rose", count, required: true, "Of those, how many were rated higher at the latest."),
            Property("stayed", count, required: true, "How many were rated the same."),
            Property("fell", count, required: true, "How many were rated lower."),
            Property("median_change", .nullable(.number), required: true, "The median of latest − first over them; null when none."),
        ])), required: true, "Every statement in order, zeros included."),
        Property("evidence_gap", .array(.object([
            Property("authority", .string(), required: true, "The authority."),
            Property("region", Vocabulary.region, required: true, "Its region."),
            Property("officer", .nullable(.string()), required: true, "Its lead officer now; null when none."),
            Property("completed_on", .date, required: true, "When it completed stage 4."),
        ])), required: true, "Authorities that completed stage 4 in the period with no assessment since, by completion date then name."),
    ])
}
