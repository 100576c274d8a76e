import EngageHTTP
import EngageRendering
import FoundationEssentials

/// The OpenAPI 3.1 document for a list of routes: paths, parameters, bodies, responses and every
/// error each route can answer, with the shared schemas under `components`.
struct OpenAPIDocument {
    let routes: [APIRoute]
    let version: String

    /// The document as JSON.
    var json: JSONValue {
        [
            "openapi": "3.1.0",
            "info": ["title": "engage", "version": .string(version),
                     "description": .string(Self.description)],
            "servers": [["url": "/"]],
            "security": [["bearer": []]],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer",
                                               "description": "A token from 'engage token create'."]],
                "schemas": .object(ComponentSchemas.all.mapValues(\.json)),
            ],
        ]
    }

    /// The document's bytes, with sorted keys (stable, so it can be compared and cached).
    var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(json))) ?? Array(#"{"error":"the OpenAPI document failed to encode"}"#.utf8)
    }

    private static let description = """
        The engage service: English local authorities through four engagement stages, with capacity caps, \
        recording, follow-ups and reports. Every error is `{"error": {"code", "message", "details"}}`. \
        Roles nest: viewer reads; officer also records for the authorities they lead; manager does everything.
        """

    private var paths: JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for route in routes {
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation(route)
        }
        return .object(paths.mapValues(JSONValue.object))
    }

    private func operation(_ route: APIRoute) -> JSONValue {
        var members: [String: JSONValue] = [
            "operationId": .string(route.operationID),
            "summary": .string(route.summary),
            "description": .string(Self.accessText(route.access)),
            "responses": responses(route),
        ]
        let parameters = route.pathParameters.map { Self.parameter($0, in: "path") } + route.query.map { Self.parameter($0, in: "query") }
        if !parameters.isEmpty { members["parameters"] = .array(parameters) }
        if route.access == .everyone { members["security"] = [] }
        switch route.body {
        case .json(let properties)?:
            members["requestBody"] = ["required": .bool(properties.contains(where: \.isRequired)),
                                      "content": ["application/json": ["schema": Schema.object(properties).json(request: true)]]]
        case .csv(let summary)?:
            members["requestBody"] = ["required": true, "description": .string(summary),
                                      "content": ["text/csv": ["schema": ["type": "string"]]]]
        case nil:
            break
        }
        return .object(members)
    }

    private static func parameter(_ property: Property, in place: String) -> JSONValue {
        ["name": .string(property.name), "in": .string(place), "required": .bool(property.isRequired),
         "description": .string(property.summary), "schema": property.schema.json(request: true)]
    }

    private func responses(_ route: APIRoute) -> JSONValue {
        var content: [String: JSONValue] = [:]
        for type in route.response.mediaTypes {
            content[type] = type == "application/json" ? ["schema": (route.response.schema ?? .anyObject).json] : ["schema": ["type": "string"]]
        }
        var responses: [String: JSONValue] = [
            String(route.response.status.code): ["description": .string(route.response.summary), "content": .object(content)],
        ]
        for status in Self.errorStatuses(of: route) {
            responses[String(status.code)] = ["description": .string(Self.errorMeaning(status)),
                                              "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        }
        return .object(responses)
    }

    /// Every error status the route can answer: those of its kind, and its own.
    static func errorStatuses(of route: APIRoute) -> [HTTPStatus] {
        var statuses: [HTTPStatus] = [.badRequest, .unprocessableContent]
        if route.access != .everyone { statuses.append(.unauthorized) }
        if route.access != .everyone { statuses.append(.forbidden) }
        // Any route that reads the database may name a record that is not there: in its path, a
        // query filter (`?officer=`) or its body (`"authority"`).
        if case .store = route.handler, route.access != .everyone { statuses.append(.notFound) }
        if route.body != nil { statuses += [.contentTooLarge, .unsupportedMediaType] }
        if route.method.expectsBody { statuses.append(.lengthRequired) }
        if case .store = route.handler { statuses.append(.serviceUnavailable) }
        statuses += route.refusals
        var seen = Set<Int>()
        return statuses.filter { seen.insert($0.code).inserted }.sorted { $0.code < $1.code }
    }

    private static func errorMeaning(_ status: HTTPStatus) -> String {
        switch status.code {
        case 400: "Malformed: the body is not JSON, or the path does not decode."
        case 401: "No token, or one unknown or revoked."
        case 403: "The token's role may not do this, or an officer asked about an authority they do not lead."
        case 404: "No such record."
        case 409: "A rule refuses it: a full cap, a gate without its evidence, a status that does not allow it, a duplicate."
        case 411: "The request has no Content-Length (send one, even 0 for no body)."
        case 413: "The body is larger than the service accepts."
        case 415: "The body is not of the media type this route takes."
        case 422: "A field or parameter is missing, unknown, or of the wrong type or range."
        case 503: "The database cannot be reached, every connection is busy (see Retry-After), or migrations are pending."
        default: status.reasonPhrase
        }
    }

    private static func accessText(_ access: Access) -> String {
        switch access {
        case .everyone: "No token needed."
        case .viewer: "Any token (viewer, officer or manager)."
        case .officer: "An officer's token (for an authority they lead) or a manager's."
        case .manager: "A manager's token."
        }
    }
}
