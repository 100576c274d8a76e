import EngageHTTP

/// One operation of the API: where it is, who may call it, what it takes and gives, and the code
/// that answers it.
///
/// Routes are values: the router is built from them and so is the OpenAPI document, so the two
/// describe the same API (a test checks it).
public struct APIRoute: Sendable {
    /// How a route answers.
    public enum Handler: Sendable {
        /// With a store acting as the caller (every route that reads or writes the database).
        case store(@Sendable (APIContext) throws -> HTTPResponse)
        /// Without the database (the OpenAPI document).
        case plain(@Sendable (HTTPRequest) throws -> HTTPResponse)
    }

    /// The method.
    public let method: HTTPMethod
    /// The path in OpenAPI form, `/api/authorities/{name}/assign`.
    public let path: String
    /// A unique name for the operation, e.g. `assignAuthority`.
    public let operationID: String
    /// What it does, one line.
    public let summary: String
    /// Who may call it.
    public let access: Access
    /// The path's parameters, in order.
    public let pathParameters: [Property]
    /// The query parameters it accepts; others are refused.
    public let query: [Property]
    /// The body it takes, or nil for none.
    public let body: RequestBody?
    /// What it answers on success.
    public let response: ResponseSpec
    /// Refusals particular to this route (409 for a rule); those every route of its kind can
    /// give (401, 403, 422, 503…) are added by the document.
    public let refusals: [HTTPStatus]
    /// The code that answers.
    public let handler: Handler

    /// A route.
    /// - Parameters:
    ///   - method: The method.
    ///   - path: The path in OpenAPI form, `{name}` for a parameter.
    ///   - operationID: A unique name for the operation.
    ///   - summary: What it does.
    ///   - access: Who may call it.
    ///   - pathParameters: The `{…}` parameters, described (strings unless said).
    ///   - query: The query parameters accepted.
    ///   - body: The body taken.
    ///   - response: The answer on success.
    ///   - refusals: Statuses particular to this route.
    ///   - handler: The code that answers.
    public init(_ method: HTTPMethod, _ path: String, operationID: String, summary: String, access: Access,
                pathParameters: [Property] = [], query: [Property] = [], body: RequestBody? = nil,
                response: ResponseSpec, refusals: [HTTPStatus] = [], handler: Handler) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.summary = summary
        self.access = access
        self.pathParameters = pathParameters
        self.query = query
        self.body = body
        self.response = response
        self.refusals = refusals
        self.handler = handler
    }

    /// The path as a router pattern: `{name}` becomes `:name`.
    var routerPattern: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : segment
        }.joined(separator: "/")
    }
}

/// What a route takes as its body.
public enum RequestBody: Sendable {
    /// A JSON object with these members and no others.
    case json([Property])
    /// CSV text (`text/csv`), described.
    case csv(String)
}

/// What a route answers on success.
public struct ResponseSpec: Sendable {
    /// The status.
    public let status: HTTPStatus
    /// What the body means.
    public let summary: String
    /// The body's schema (JSON), or nil for a body that is not JSON.
    public let schema: Schema?
    /// The body's media types.
    public let mediaTypes: [String]

    /// A JSON answer.
    /// - Parameters:
    ///   - status: The status.
    ///   - summary: What the body means.
    ///   - schema: Its schema.
    public static func json(_ status: HTTPStatus, _ summary: String, _ schema: Schema) -> ResponseSpec {
        ResponseSpec(status: status, summary: summary, schema: schema, mediaTypes: ["application/json"])
    }

    /// A JSON answer with status 200.
    /// - Parameters:
    ///   - summary: What the body means.
    ///   - schema: Its schema.
    public static func json(_ summary: String, _ schema: Schema) -> ResponseSpec {
        json(.ok, summary, schema)
    }

    /// An answer in one of several media types (CSV, JSON or plain text), chosen by the request.
    public static func choice(_ summary: String, schema: Schema, mediaTypes: [String]) -> ResponseSpec {
        ResponseSpec(status: .ok, summary: summary, schema: schema, mediaTypes: mediaTypes)
    }
}
