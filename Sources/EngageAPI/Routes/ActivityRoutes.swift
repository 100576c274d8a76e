import EngageCore
import EngageStore

/// `/api/activities`: what the team delivered or attended, in an authority or nationally.
extension RecordingRoutes {
    /// Listing and recording activities.
    static let activities: [APIRoute] = [listActivities, addActivity]

    private static let listActivities = APIRoute(
        .get, "/api/activities", operationID: "listActivities",
        summary: "List activities, oldest first, filtered by authority, period and kind", access: .viewer,
        query: [Property("authority", .name, "Only this authority's activities."),
                Property("from", .date, "Only on or after this date."),
                Property("to", .date, "Only on or before this date."),
                Property("kind", Vocabulary.activityKind, "Only this kind.")],
        response: .json("The activities, oldest first.", .array(.reference("Activity"))),
        handler: .store { context in
            let query = context.query
            let filter = try Activity.Filter(
                authority: query.optionalString("authority"), from: try query.optionalDay("from"), to: try query.optionalDay("to"),
                kind: try query.optionalString("kind").map { text throws(EngageError) in try ActivityKind.parse(text) })
            return try context.json(try context.store.activities(filter))
        })

    private static let addActivity = APIRoute(
        .post, "/api/activities", operationID: "addActivity",
        summary: "Record an activity delivered or attended, in an authority or nationally", access: .officer,
        body: .json(activityFields), response: .json(.created, "The activity recorded.", .reference("Activity")), refusals: [.conflict],
        handler: .store { context in
            let activity = try newActivity(context.body, today: context.today)
            return try context.json(try context.store.addActivity(activity), status: .created)
        })

    private static let activityFields = [
        Property("authority", .name, "The authority it took place in; leave out for a national activity."),
        Property("national", .boolean, "A national activity, with no authority (needs sector and officer)."),
        Property("sector", Vocabulary.sector, "The audience's sector; required for a national activity."),
        Property("kind", Vocabulary.activityKind, required: true, "What sort of activity."),
        Property("date", .date, required: true, "When it happened (not after today), or is booked for when planned (not before today)."),
        Property("agencies", .array(.name), "The agencies it reached, by name; only in an authority."),
        Property("agency_type", Vocabulary.agencyType, "The type to record agencies named but not yet known in the authority."),
        Property("attendees", .integer(minimum: NewActivity.attendeesRange.lowerBound, maximum: NewActivity.attendeesRange.upperBound),
                 "How many attended, when known."),
        Property("officer", .name, "Who delivered it. Default: the authority's lead officer; required for a national activity."),
        Property("title", .string(maxLength: 2_000), "A title, e.g. \"LSCB board meeting\"."),
        Property("note", .text, "A note."),
        Property("planned", .boolean, "Booked for a date today or later; not yet happened."),
    ]

    /// The activity a checked body describes.
    private static func newActivity(_ body: Fields, today: Day) throws -> NewActivity {
        try NewActivity(
            scope: try scope(body), kind: try ActivityKind.parse(try body.string("kind")), date: try Day.parse(try body.string("date")),
            sector: try body.optionalString("sector").map { text throws(EngageError) in try Sector.parse(text) },
            agencies: body.strings("agencies"),
            newAgencyType: try body.optionalString("agency_type").map { text throws(EngageError) in try AgencyType.parse(text) },
            attendees: body.optionalInt("attendees"), officer: body.optionalString("officer"),
            title: body.optionalString("title"), notes: body.optionalString("note"), planned: body.flag("planned"), today: today)
    }

    /// In the authority named, or national; not both, not neither.
    private static func scope(_ body: Fields) throws(APIError) -> NewActivity.Scope {
        switch (body.flag("national"), body.optionalString("authority")) {
        case (true, nil):
            return .national
        case (false, let name?):
            return .authority(name)
        case (true, let name?):
            throw APIError.invalid("an activity is either in an authority ('\(name)') or national, not both; leave out 'national' or 'authority'",
                                   field: "national")
        case (false, nil):
            throw APIError.invalid("the field 'authority' is required unless 'national' is true", field: "authority")
        }
    }
}
