import EngageCore

// MARK: - Outcomes

extension ComponentSchemas {
    /// The Quality Statements, assessments against them, their comparison, and work-plan actions.
    static var outcomes: [String: Schema] {
        ["QualityStatement": qualityStatement, "Assessment": assessment, "AssessmentComparison": comparison, "PlanAction": planAction,
         "AwaitingAction": .object(awaitingActionProperties)]
    }

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

    private static let planAction = Schema.object(planActionProperties)

    /// An open action in a list of what is waiting: the action and whether it is overdue.
    static let awaitingActionProperties = planActionProperties + [
        Property("overdue", .boolean, required: true, "Whether it is open and its due date has passed."),
    ]

    private static let planActionProperties = [
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
    ]

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
}
