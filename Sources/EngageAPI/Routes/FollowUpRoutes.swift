import EngageCore
import EngageStore

/// `/api/followups`: requests from authorities for more, what awaits follow-up, and marking them done.
enum FollowUpRoutes {
    /// Every follow-up route.
    static let all: [APIRoute] = [list, add, done]

    private static let list = APIRoute(
        .get, "/api/followups", operationID: "listFollowUps",
        summary: "List what awaits follow-up: open requests oldest first; with overdue=true, overdue requests and overdue work-plan actions by due date",
        access: .viewer,
        query: [Property("overdue", .boolean, "Only overdue requests (due date before today), and the overdue work-plan actions beside them."),
                Property("officer", .name, "Only authorities this officer leads."),
                Vocabulary.regionFilter],
        response: .json("""
            The open requests, oldest first (by the date asked for, then id), each with its age and whether it is overdue;             with overdue=true also the overdue work-plan actions, all by due date. Each item says what it is in 'item'.
            """, .array(.reference("AwaitingItem"))),
        handler: .store { context in
            let filter = FollowUp.Filter(overdueOnly: context.query.flag("overdue"), officer: context.query.optionalString("officer"),
                                         region: try Region.field(context.query.optionalString("region")), today: context.today)
            let awaiting = try context.store.openFollowUps(filter).map { AwaitingFollowUp($0, today: context.today) }
            guard filter.overdueOnly else { return try context.json(awaiting.map(AwaitingItem.followUp)) }
            let actions = try context.store.planActions(PlanAction.Filter(overdueOnly: true, officer: filter.officer,
                                                                          region: filter.region, today: filter.today))
            return try context.json(AwaitingItem.byDueDate(followUps: awaiting, actions: actions, today: context.today))
        })

    private static let add = APIRoute(
        .post, "/api/followups", operationID: "addFollowUp",
        summary: "Record a request from an authority for more: a workshop, materials, a conference", access: .officer,
        body: .json([Property("authority", .name, required: true, "The authority's name, in any case."),
                     Property("summary", .string(minLength: 1, maxLength: NewFollowUp.maximumSummaryLength), required: true, "What was asked for."),
                     Property("kind", Vocabulary.followUpKind, "What sort of help. Default: other."),
                     Property("from", .name, "The contact who asked, by name in the authority."),
                     Property("date", .date, "When it was asked for, not after today. Default: today."),
                     Property("due", .date, "When it is due, not before it was asked for. Default: \(FollowUp.defaultDueDays) days after 'date'.")]),
        response: .json(.created, "The follow-up recorded, with its authority's status (completed or closed: it needs taking on again).",
                        .reference("FollowUp")),
        refusals: [.conflict],
        handler: .store { context in
            let request = try newFollowUp(context.body, today: context.today)
            return try context.json(try context.store.addFollowUp(request), status: .created)
        })

    private static let done = APIRoute(
        .post, "/api/followups/{id}/done", operationID: "completeFollowUp",
        summary: "Mark a follow-up request done, saying what was done", access: .officer,
        pathParameters: [Property("id", .id, required: true, "The follow-up's id.")],
        body: .json([Property("outcome", .string(minLength: 1, maxLength: 2_000, layout: .multiline), required: true, "What was done."),
                     Property("date", .date, "When, from when it was asked for to today. Default: today.")]),
        response: .json("The follow-up as it now stands.", .reference("FollowUp")), refusals: [.conflict],
        handler: .store { context in
            let id = try context.pathID("id")
            let outcome = try context.body.string("outcome")
            let date = try context.body.optionalDay("date") ?? context.today
            return try context.json(try context.store.completeFollowUp(id: id, outcome: outcome, on: date, today: context.today))
        })

    /// The request a checked body describes.
    private static func newFollowUp(_ body: Fields, today: Day) throws -> NewFollowUp {
        try NewFollowUp(
            authority: try body.string("authority"), summary: try body.string("summary"),
            kind: try body.optionalString("kind").map { text throws(EngageError) in try FollowUp.Kind.parse(text) } ?? .other,
            contact: body.optionalString("from"), openedOn: try body.optionalDay("date") ?? today,
            dueOn: try body.optionalDay("due"), today: today)
    }
}
