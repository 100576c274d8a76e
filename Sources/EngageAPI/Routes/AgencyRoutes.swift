import EngageCore
import EngageStore

/// `/api/agencies`: the agencies and forums identified in authorities.
extension RecordingRoutes {
    /// Listing and recording agencies.
    static let agencies: [APIRoute] = [listAgencies, addAgency]

    private static let listAgencies = APIRoute(
        .get, "/api/agencies", operationID: "listAgencies",
        summary: "List agencies identified, by authority, with when each was first reached", access: .viewer,
        query: [Property("authority", .name, "Only this authority's agencies."),
                Property("type", Vocabulary.agencyType, "Only agencies of this type.")],
        response: .json("The agencies, by authority, type and name.", .array(.reference("Agency"))),
        handler: .store { context in
            let type = try context.query.optionalString("type").map { text throws(EngageError) in try AgencyType.parse(text) }
            return try context.json(try context.store.agencies(in: context.query.optionalString("authority"), type: type))
        })

    private static let addAgency = APIRoute(
        .post, "/api/agencies", operationID: "addAgency",
        summary: "Record an agency or forum identified in an authority", access: .officer,
        body: .json([Property("authority", .name, required: true, "The authority's name, in any case."),
                     Property("name", .name, required: true, "The agency's name, unique in the authority ignoring case."),
                     Property("type", Vocabulary.agencyType, required: true, "The agency's type."),
                     Property("forum", .boolean, "Count it as a multi-agency forum whatever its type."),
                     Property("date", .date, "When it was identified, not after today. Default: today.")]),
        response: .json(.created, "The agency recorded.", .reference("Agency")), refusals: [.conflict],
        handler: .store { context in
            let body = context.body
            let agency = try NewAgency(authority: try body.string("authority"), name: try body.string("name"),
                                       type: try AgencyType.parse(try body.string("type")), forum: body.flag("forum"),
                                       identifiedOn: try body.optionalDay("date") ?? context.today, today: context.today)
            return try context.json(try context.store.addAgency(agency), status: .created)
        })
}
