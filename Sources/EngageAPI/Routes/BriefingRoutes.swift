import EngageCore
import EngageStore

/// `/api/briefings`: sector and locality briefings, and each sending of one.
extension RecordingRoutes {
    /// Listing and adding briefings, and recording their sendings.
    static let briefings: [APIRoute] = [listBriefings, addBriefing, sendBriefing]

    private static let listBriefings = APIRoute(
        .get, "/api/briefings", operationID: "listBriefings",
        summary: "List briefings with what each covers and how many times it was sent", access: .viewer,
        response: .json("The briefings: sector ones, then locality ones, by title.", .array(.reference("Briefing"))),
        handler: .store { context in try context.json(try context.store.briefings()) })

    private static let addBriefing = APIRoute(
        .post, "/api/briefings", operationID: "addBriefing",
        summary: "Add a sector briefing, or a locality briefing written for one or more authorities", access: .officer,
        body: .json([Property("title", .name, required: true, "The briefing's title, unique ignoring case."),
                     Property("kind", Vocabulary.briefingKind, required: true, "sector or locality."),
                     Property("sector", Vocabulary.sector, "For a sector briefing: its sector."),
                     Property("authorities", .array(.name), "For a locality briefing: the authorities it was written for (an officer must lead each).")]),
        response: .json(.created, "The briefing added.", .reference("Briefing")), refusals: [.conflict],
        handler: .store { context in
            let body = context.body
            let draft = try Briefing.Draft(
                title: try body.string("title"), kind: try Briefing.Kind.parse(try body.string("kind")),
                sector: try body.optionalString("sector").map { text throws(EngageError) in try Sector.parse(text) },
                authorities: body.strings("authorities"))
            return try context.json(try context.store.addBriefing(draft), status: .created)
        })

    private static let sendBriefing = APIRoute(
        .post, "/api/briefings/{id}/disseminations", operationID: "sendBriefing",
        summary: "Record that a briefing was sent to an authority, a network or an agency", access: .officer,
        pathParameters: [Property("id", .id, required: true, "The briefing's id.")],
        body: .json([Property("authority", .name, "Sent to this authority (an officer must lead it)."),
                     Property("network", .name, "Sent through this network; added the first time it is used."),
                     Property("agency", .name, "Sent to this agency, with 'in' (an officer must lead its authority)."),
                     Property("in", .name, "The authority of the agency; only with 'agency'."),
                     Property("date", .date, required: true, "When it was sent, not after today.")]),
        response: .json(.created, "The sending recorded.", .reference("BriefingDissemination")),
        handler: .store { context in
            let id = try context.pathID("id")
            let recipient = try recipient(context.body)
            let sending = try Briefing.Sending(title: try context.store.briefingTitle(id: id), recipient: recipient,
                                               sentOn: try Day.parse(try context.body.string("date")), today: context.today)
            return try context.json(try context.store.sendBriefing(sending), status: .created)
        })

    /// The one recipient a sending names.
    private static func recipient(_ body: Fields) throws(APIError) -> Briefing.Recipient {
        let given = ["authority", "network", "agency"].filter(body.contains)
        guard given.count == 1 else {
            throw APIError.invalid("give exactly one of 'authority', 'network', 'agency'\(given.isEmpty ? "" : ", not " + given.joined(separator: " and "))",
                                   field: given.last ?? "authority")
        }
        if let agency = body.optionalString("agency") {
            guard let authority = body.optionalString("in") else {
                throw APIError.invalid("'agency' needs 'in', the name of the agency's authority", field: "in")
            }
            return .agency(agency, in: authority)
        }
        guard !body.contains("in") else { throw APIError.invalid("'in' goes only with 'agency'", field: "in") }
        if let network = body.optionalString("network") { return .network(network) }
        return .authority(try body.string("authority"))
    }
}

private extension Briefing.Recipient {
    /// The authority a sending concerns: the one sent to, or the agency's; nil for a network.
    var authority: String? {
        switch self {
        case .authority(let name): name
        case .agency(_, let authority): authority
        case .network: nil
        }
    }
}
