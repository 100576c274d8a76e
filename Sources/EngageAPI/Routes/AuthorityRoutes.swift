import EngageCore
import EngageHTTP
import EngageStore

/// `/api/authorities…`: the list, one authority, its history, and every lifecycle change.
enum AuthorityRoutes {
    static var all: [APIRoute] { reading + [create] + lifecycle }

    static let reading: [APIRoute] = [
        APIRoute(.get, "/api/authorities", operationID: "listAuthorities",
                 summary: "List authorities, filtered by status, region, stage and lead officer", access: .viewer,
                 query: [Property("status", Vocabulary.status, "Only authorities in this status."),
                         Vocabulary.regionFilter,
                         Property("stage", Vocabulary.stage, "Only active authorities at this stage."),
                         Property("officer", .name, "Only authorities this officer leads.")],
                 response: .json("The authorities, by name.", .array(.reference("Authority"))),
                 handler: .store { context in
                     let filter = AuthorityFilter(
                         status: try context.query.optionalString("status").map { text throws(EngageError) in try AuthorityStatus.parse(text) },
                         region: try Region.field(context.query.optionalString("region")),
                         stage: context.query.optionalInt("stage").flatMap(Stage.init(rawValue:)),
                         officer: context.query.optionalString("officer"))
                     return try context.json(try context.store.authorities(filter))
                 }),
        APIRoute(.get, "/api/authorities/{name}", operationID: "showAuthority",
                 summary: "Show an authority: status, stage, evidence, what the next stage needs", access: .viewer,
                 pathParameters: [Vocabulary.authorityName],
                 response: .json("The authority's overview.", .reference("AuthorityOverview")),
                 handler: .store { context in try context.json(try context.store.overview(of: try context.path("name"), today: context.today)) }),
        APIRoute(.get, "/api/authorities/{name}/history", operationID: "authorityHistory",
                 summary: "List an authority's stage and status changes, oldest first", access: .viewer,
                 pathParameters: [Vocabulary.authorityName],
                 response: .json("The changes, oldest first.", .array(.reference("StageChange"))),
                 handler: .store { context in try context.json(try context.store.history(try context.path("name"))) }),
    ]

    static let create = APIRoute(
        .post, "/api/authorities", operationID: "createAuthority", summary: "Add an authority", access: .manager,
        body: .json([Property("name", .name, required: true, "The authority's name, unique ignoring case."),
                     Property("region", Vocabulary.region, required: true, "Its region."),
                     Property("profile", .text, "A short profile.")]),
        response: .json(.created, "The authority added.", .reference("Authority")), refusals: [.conflict],
        handler: .store { context in
            let region = try Region.parse(try context.body.string("region"))
            let new = try NewAuthority(name: try context.body.string("name"), region: region,
                                       profile: context.body.optionalString("profile"))
            return try context.json(try context.store.addAuthority(new), status: .created)
        })

    static var lifecycle: [APIRoute] {
        [
            change("request", "Mark an authority as having asked for engagement", access: .manager) { context, name in
                try context.store.request(name, reason: context.body.optionalString("reason"))
            },
            change("assign", "Assign an authority to a lead officer, taking a place under the caps", access: .manager,
                   fields: [Property("officer", .name, required: true, "The lead officer."),
                            Property("stage", Vocabulary.stage, "The stage it starts at (1 by default; a later one needs a reason)."),
                            Property("waitlist", .boolean, "When a cap is full, put it on the waitlist instead of refusing.")]) { context, name in
                let stage = context.body.optionalInt("stage").flatMap(Stage.init(rawValue:)) ?? .researchAndMapping
                return try context.store.assign(name, officer: try context.body.string("officer"), stage: stage,
                                                reason: context.body.optionalString("reason"),
                                                waitlistIfFull: context.body.flag("waitlist"))
            },
            change("reassign", "Give an authority a different lead officer", access: .manager,
                   fields: [Property("officer", .name, required: true, "The new lead officer.")]) { context, name in
                try context.store.reassign(name, to: try context.body.string("officer"), reason: context.body.optionalString("reason"))
            },
            change("waitlist", "Put an authority on the waitlist", access: .manager) { context, name in
                try context.store.waitlist(name, reason: context.body.optionalString("reason"))
            },
            change("signpost", "Signpost an authority elsewhere instead of engaging", access: .manager, withReason: false,
                   fields: [Property("to", .name, required: true, "Where it was signposted.")]) { context, name in
                try context.store.signpost(name, to: try context.body.string("to"))
            },
            change("pause", "Pause an active authority, freeing its place", access: .manager) { context, name in
                try context.store.pause(name, reason: context.body.optionalString("reason"))
            },
            change("resume", "Resume a paused authority, taking a place again", access: .manager) { context, name in
                try context.store.resume(name, reason: context.body.optionalString("reason"))
            },
            change("close", "Close an authority's engagement", access: .manager) { context, name in
                try context.store.close(name, reason: context.body.optionalString("reason"))
            },
            change("reopen", "Reopen a closed or completed authority with a lead officer", access: .manager, reasonRequired: true,
                   fields: [Property("officer", .name, required: true, "The lead officer."),
                            Property("stage", Vocabulary.stage, "The stage it reopens at.")]) { context, name in
                try context.store.reopen(name, officer: try context.body.string("officer"),
                                         stage: context.body.optionalInt("stage").flatMap(Stage.init(rawValue:)),
                                         reason: try context.body.string("reason"))
            },
            change("advance", "Move an authority to its next stage when the gate's evidence is recorded", access: .officer,
                   withReason: false, fields: [override]) { context, name in
                try gatePassing(context, name) { override in try context.store.advance(name, override: override) }
            },
            change("complete", "Complete an authority at stage 4 when its strategic response is recorded", access: .officer,
                   withReason: false, fields: [override]) { context, name in
                try gatePassing(context, name) { override in try context.store.complete(name, override: override) }
            },
            change("step-back", "Move an authority back to an earlier stage", access: .manager, reasonRequired: true,
                   fields: [Property("stage", Vocabulary.stage, required: true, "The earlier stage.")]) { context, name in
                guard let stage = Stage(rawValue: try context.body.int("stage")) else {
                    throw APIError.invalid("stage must be 1 to 4", field: "stage")
                }
                return try context.store.stepBack(name, to: stage, reason: try context.body.string("reason"))
            },
        ]
    }

    private static let override = Property("override", .string(minLength: 1, maxLength: 2_000, layout: .multiline),
                                           "Move on without the gate's evidence, saying why (managers only).")

    /// An officer advances the authorities they lead; only a manager overrides a gate (the store
    /// refuses an officer's override).
    private static func gatePassing(_ context: APIContext, _ name: String,
                                    _ body: (String?) throws -> Transition) throws -> Transition {
        try body(context.body.optionalString("override"))
    }

    /// A lifecycle route, `POST /api/authorities/{name}/VERB`, answering the transition.
    private static func change(
        _ verb: String, _ summary: String, access: Access, withReason: Bool = true, reasonRequired: Bool = false,
        fields: [Property] = [], perform: @escaping @Sendable (APIContext, String) throws -> Transition
    ) -> APIRoute {
        let reason = reasonRequired
            ? Property("reason", .string(minLength: 1, maxLength: 2_000, layout: .multiline), required: true, "Why, recorded in the authority's history.")
            : Vocabulary.reason
        return APIRoute(
            .post, "/api/authorities/{name}/\(verb)", operationID: operationID(verb), summary: summary, access: access,
            pathParameters: [Vocabulary.authorityName], body: .json(fields + (withReason ? [reason] : [])),
            response: .json("The change: the authority before and after, and who is next on the waitlist when a place went free.",
                            .reference("Transition")),
            refusals: [.conflict],
            handler: .store { context in try context.json(try perform(context, try context.path("name"))) })
    }

    private static func operationID(_ verb: String) -> String {
        let words = verb.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return verb.split(separator: "-")[0] + words.dropFirst().joined() + "Authority"
    }
}
