import EngageHTTP
import EngageRendering
import FoundationEssentials

/// Reads and checks a request's query string and body against its route, before any work.
enum RequestChecks {
    /// Refuses path parameters holding characters their schema does not allow (a NUL, an escape).
    /// - Throws: `APIError` (422) naming the parameter.
    static func path(_ request: HTTPRequest, route: APIRoute) throws(APIError) {
        for property in route.pathParameters {
            guard case .string(_, _, let layout) = property.schema, let value = request.parameters[property.name] else { continue }
            try SchemaValidator.checkCharacters(value, layout: layout, field: property.name)
        }
    }

    /// The query parameters, each converted to its schema's type and checked.
    /// - Throws: `APIError` (422) for an unknown parameter, or a value of the wrong type or range.
    static func query(_ request: HTTPRequest, route: APIRoute) throws(APIError) -> Fields {
        var members: [String: JSONValue] = [:]
        for item in request.queryItems where members[item.name] == nil {
            guard let property = route.query.first(where: { $0.name == item.name }) else {
                let known = route.query.isEmpty ? "it takes none" : "it takes " + route.query.map(\.name).joined(separator: ", ")
                throw APIError(.unprocessableContent, code: "unknown_parameters",
                               "unknown query parameter '\(item.name)' for \(request.method) \(route.path); \(known)",
                               details: ["parameters": [.string(item.name)]])
            }
            members[item.name] = typed(item.value, as: property.schema)
        }
        try SchemaValidator.checkObject(members, properties: route.query, field: "the query")
        return Fields(members)
    }

    /// The JSON body's members, checked; an empty body counts as `{}`.
    /// - Throws: `APIError`: 400 for a body that is not JSON (or sent to a route that takes
    ///   none), 415 for a body that says it is not JSON, 422 for members unknown, missing or of the
    ///   wrong type.
    static func body(_ request: HTTPRequest, route: APIRoute) throws(APIError) -> Fields {
        guard case .json(let properties)? = route.body else {
            guard request.body.isEmpty || route.body != nil else {
                throw APIError.malformed("\(request.method) \(route.path) takes no body")
            }
            return .empty
        }
        if request.body.isEmpty {
            try SchemaValidator.checkObject([:], properties: properties, field: "the body")
            return .empty
        }
        if let type = request.headers["Content-Type"], !type.lowercased().hasPrefix("application/json") {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type",
                           "the body must be JSON with 'Content-Type: application/json', got '\(type)'")
        }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(request.body)) else {
            throw APIError.malformed("the body is not valid JSON")
        }
        guard case .object(let members) = value else {
            throw APIError.invalid("the body must be a JSON object", field: "body")
        }
        try SchemaValidator.checkObject(members, properties: properties, field: "the body")
        return Fields(members)
    }

    /// A query value as the JSON value its schema expects, when it reads as one; otherwise the
    /// string, which the check then refuses naming the parameter.
    private static func typed(_ text: String, as schema: Schema) -> JSONValue {
        switch schema {
        case .integer: Int64(text).map(JSONValue.integer) ?? .string(text)
        case .number: Double(text).map(JSONValue.number) ?? .string(text)
        case .boolean: text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
        default: .string(text)
        }
    }
}
