import EngageCore
import EngageStore

/// `/api/statements`, `/api/authorities/{name}/assessments…` and `/api/plans…`: the Quality
/// Statements, each authority's self-assessments against them, and the work plans that follow.
enum OutcomeRoutes {
    static var all: [APIRoute] { statements + assessments + plans }

    private static let statementKey = Property("key", .string(minLength: 1, maxLength: 40), required: true, "The statement's key, e.g. awareness.")
    private static let rating = Schema.integer(minimum: 1, maximum: 4)

    static let statements: [APIRoute] = [
        APIRoute(.get, "/api/statements", operationID: "listStatements", summary: "List the eight Quality Statements in order",
                 access: .viewer, response: .json("The statements.", .array(.reference("QualityStatement"))),
                 handler: .store { context in try context.json(try context.store.qualityStatements()) }),
        APIRoute(.put, "/api/statements/{key}", operationID: "rewordStatement", summary: "Reword a Quality Statement's title or description",
                 access: .manager, pathParameters: [statementKey],
                 body: .json([Property("title", .string(minLength: 1, maxLength: 200), "The new title."),
                              Property("description", .string(minLength: 1, maxLength: 2_000), "The new description.")]),
                 response: .json("The statement as it now reads.", .reference("QualityStatement")),
                 handler: .store { context in
                     try context.json(try context.store.rewordStatement(key: try context.path("key"), title: context.body.optionalString("title"),
                                                                        description: context.body.optionalString("description")))
                 }),
    ]

    static let assessments: [APIRoute] = [
        APIRoute(.get, "/api/authorities/{name}/assessments", operationID: "listAssessments",
                 summary: "List an authority's self-assessments, oldest first", access: .viewer, pathParameters: [Vocabulary.authorityName],
                 response: .json("The assessments.", .array(.reference("Assessment"))),
                 handler: .store { context in try context.json(try context.store.assessments(of: try context.path("name"))) }),
        APIRoute(.get, "/api/authorities/{name}/assessments/compare", operationID: "compareAssessments",
                 summary: "Compare an authority's latest assessment with its first or previous one, statement by statement",
                 access: .viewer, pathParameters: [Vocabulary.authorityName],
                 query: [Property("with", .enumeration(AssessmentComparison.Basis.allCases.map(\.rawValue)),
                                  "Compare the latest with the first (default) or the previous assessment.")],
                 response: .json("Each statement with the earlier rating, the latest and the change (404 when it has none).",
                                 .reference("AssessmentComparison")),
                 handler: .store { context in
                     let basis = try context.query.optionalString("with").map { text throws(EngageError) in try AssessmentComparison.Basis.parse(text) }
                     return try context.json(try context.store.compareAssessments(of: try context.path("name"), against: basis ?? .first))
                 }),
        APIRoute(.post, "/api/authorities/{name}/assessments", operationID: "addAssessment",
                 summary: "Record a self-assessment against the Quality Statements (ratings 1 not yet in place, 2 emerging, 3 developing, 4 embedded)",
                 access: .officer, pathParameters: [Vocabulary.authorityName],
                 body: .json([
                     Property("date", .date, "When it was made, not after today. Default: today."),
                     Property("ratings", .array(.object([
                         Property("statement", .string(minLength: 1, maxLength: 40), required: true, "The statement's key."),
                         Property("rating", rating, required: true, "1 not yet in place, 2 emerging, 3 developing, 4 embedded."),
                         Property("evidence", .text, "The evidence for the rating."),
                     ]), maxItems: 8), required: true, "At least one rating; no statement twice."),
                     Property("contacts", .array(.name, maxItems: 50), "The authority's contacts who took part, by name."),
                     Property("participants", .array(.name, maxItems: 50), "Others who took part, in free text."),
                 ]),
                 response: .json(.created, "The assessment recorded.", .reference("Assessment")), refusals: [.conflict],
                 handler: .store { context in
                     let name = try context.path("name")
                     let request = try NewAssessment(authority: name, date: try context.body.optionalDay("date") ?? context.today,
                                                     ratings: try entries(context.body), contacts: context.body.strings("contacts"),
                                                     participants: context.body.strings("participants"), today: context.today)
                     return try context.json(try context.store.addAssessment(request), status: .created)
                 }),
    ]

    /// The ratings of a checked body.
    private static func entries(_ body: Fields) throws -> [NewAssessment.Entry] {
        try body.objects("ratings").map { rated in
            guard let rating = Rating(rawValue: try rated.int("rating")) else {
                throw APIError.invalid("a rating must be 1 to 4", field: "ratings")
            }
            return try NewAssessment.Entry(statement: try rated.string("statement"), rating: rating, evidence: rated.optionalString("evidence"))
        }
    }

    static let plans: [APIRoute] = [
        APIRoute(.get, "/api/plans", operationID: "listPlanActions", summary: "List work-plan actions by due date", access: .viewer,
                 query: [Property("authority", .name, "Only this authority's actions."),
                         Property("open", .boolean, "Only open actions."),
                         Property("overdue", .boolean, "Only open actions past their due date.")],
                 response: .json("The actions, by due date then id, each marked overdue or not.", .array(.reference("AwaitingAction"))),
                 handler: .store { context in
                     let filter = PlanAction.Filter(authority: context.query.optionalString("authority"), openOnly: context.query.flag("open"),
                                                    overdueOnly: context.query.flag("overdue"), today: context.today)
                     return try context.json(try context.store.planActions(filter).map { AwaitingAction($0, today: context.today) })
                 }),
        APIRoute(.post, "/api/plans", operationID: "addPlanAction", summary: "Add an action to an authority's work plan", access: .officer,
                 body: .json([Property("authority", .name, required: true, "The authority."),
                              Property("statement", .string(minLength: 1, maxLength: 40), required: true, "The statement it serves, by key."),
                              Property("action", .string(minLength: 1, maxLength: 2_000), required: true, "What is to be done."),
                              Property("owner", .name, required: true, "Who does it: an officer, else a contact of the authority, by name."),
                              Property("due", .date, required: true, "When it is due.")]),
                 response: .json(.created, "The action added.", .reference("PlanAction")),
                 handler: .store { context in
                     let body = context.body
                     let request = try NewPlanAction(authority: try body.string("authority"), statement: try body.string("statement"),
                                                     action: try body.string("action"), owner: try body.string("owner"),
                                                     dueOn: try Day.parse(try body.string("due"), what: "due"))
                     return try context.json(try context.store.addPlanAction(request), status: .created)
                 }),
        close("done", "Mark a work-plan action done", fields: [Property("date", .date, "When it was done, not after today. Default: today.")]) { context, id in
            try context.store.completePlanAction(id: id, on: try context.body.optionalDay("date") ?? context.today, today: context.today)
        },
        close("drop", "Drop a work-plan action, saying why",
              fields: [Property("reason", .string(minLength: 1, maxLength: 2_000, layout: .multiline), required: true, "Why it was dropped."),
                       Property("date", .date, "When, not after today. Default: today.")]) { context, id in
            try context.store.dropPlanAction(id: id, reason: try context.body.string("reason"),
                                             on: try context.body.optionalDay("date") ?? context.today, today: context.today)
        },
    ]

    /// `POST /api/plans/{id}/VERB`: closing an action of an authority the officer leads.
    private static func close(_ verb: String, _ summary: String, fields: [Property],
                              perform: @escaping @Sendable (APIContext, Int64) throws -> PlanAction) -> APIRoute {
        APIRoute(.post, "/api/plans/{id}/\(verb)", operationID: verb == "done" ? "completePlanAction" : "dropPlanAction",
                 summary: summary, access: .officer, pathParameters: [Vocabulary.recordID], body: .json(fields),
                 response: .json("The action as it now stands.", .reference("PlanAction")), refusals: [.conflict],
                 handler: .store { context in
                     let id = try context.pathID("id")
                     return try context.json(try perform(context, id))
                 })
    }
}
