/// Routes requests by method and path pattern to handlers, and answers what no route takes.
///
/// ```swift
/// var router = Router()
/// router.get("/api/authorities/:name/history") { request in
///     let name = request.parameters["name"] ?? ""
///     return .json(try history(of: name))
/// }
/// let response = router.respond(to: request)   // no sockets needed
/// ```
///
/// - Path segments are percent-decoded one by one after splitting on `/`, so `%2F` stays inside
///   its segment; a segment that does not decode to UTF-8 is 400.
/// - A literal segment wins over a `:parameter` at the first position where two matching
///   patterns differ; between equal patterns the first added wins.
/// - No route matches the path: 404. Routes match the path but none the method: 405 with an
///   `Allow` header listing the methods that would.
/// - `HEAD` is answered by the `GET` route when there is no `HEAD` route: same status and
///   headers (with the `GET` body's `Content-Length`), no body.
/// - Errors thrown by handlers: an `HTTPError` becomes its JSON error response; any other error
///   becomes a 500 that says nothing of it, and is passed to `onUnexpectedError`.
/// - Trailing slashes are significant (`/a/` is not `/a`); there are no wildcard segments.
public struct Router: HTTPResponder {
    /// Answers one request; throw an `HTTPError` to answer with an error.
    public typealias Handler = @Sendable (HTTPRequest) throws -> HTTPResponse

    private struct Route: Sendable {
        let method: HTTPMethod
        let pattern: RoutePattern
        let handler: Handler
    }

    private var routes: [Route] = []
    private let onUnexpectedError: @Sendable (any Error, HTTPRequest) -> Void

    /// An empty router.
    /// - Parameter onUnexpectedError: Called with errors that are not `HTTPError`s, which the
    ///   client only sees as a 500; log them here.
    public init(onUnexpectedError: @escaping @Sendable (any Error, HTTPRequest) -> Void = { _, _ in }) {
        self.onUnexpectedError = onUnexpectedError
    }

    /// Adds a route: requests with `method` whose path matches `pattern` go to `handler`.
    public mutating func on(_ method: HTTPMethod, _ pattern: String, use handler: @escaping Handler) {
        routes.append(Route(method: method, pattern: RoutePattern(pattern), handler: handler))
    }

    /// Adds a `GET` route (which also answers `HEAD`).
    public mutating func get(_ pattern: String, use handler: @escaping Handler) { on(.get, pattern, use: handler) }
    /// Adds a `POST` route.
    public mutating func post(_ pattern: String, use handler: @escaping Handler) { on(.post, pattern, use: handler) }
    /// Adds a `PUT` route.
    public mutating func put(_ pattern: String, use handler: @escaping Handler) { on(.put, pattern, use: handler) }
    /// Adds a `PATCH` route.
    public mutating func patch(_ pattern: String, use handler: @escaping Handler) { on(.patch, pattern, use: handler) }
    /// Adds a `DELETE` route.
    public mutating func delete(_ pattern: String, use handler: @escaping Handler) { on(.delete, pattern, use: handler) }

    /// Every route added, as method and pattern text (`GET /api/authorities/:name`), in the order
    /// added: for checking the router against a description of the API.
    public var registeredRoutes: [(method: HTTPMethod, pattern: String)] {
        routes.map { ($0.method, $0.pattern.description) }
    }

    /// The response to `request`: its route's, or a JSON error.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        var segments: [String] = []
        for raw in RoutePattern.split(request.path) {
            guard let segment = PercentDecoding.decode(raw.utf8) else {
                return HTTPResponse.error(.badRequest, message: "the path is not valid percent-encoded UTF-8")
            }
            segments.append(segment)
        }
        let matches = routes.compactMap { route in route.pattern.match(segments).map { (route, $0) } }
        guard !matches.isEmpty else {
            return HTTPResponse.error(.notFound, message: "nothing is at \(request.path)")
        }
        let isHEADviaGET = request.method == .head && !matches.contains { $0.0.method == .head }
        let wanted = isHEADviaGET ? HTTPMethod.get : request.method
        guard let (route, parameters) = mostSpecific(matches.filter { $0.0.method == wanted }) else {
            return methodNotAllowed(request, allowed: matches.map(\.0.method))
        }
        var routed = request
        routed.parameters = parameters
        let response = call(route.handler, with: routed)
        return isHEADviaGET ? Self.withoutBody(response) : response
    }

    private func mostSpecific(_ matches: [(Route, RouteParameters)]) -> (Route, RouteParameters)? {
        matches.reduce(nil) { best, next in
            guard let best else { return next }
            return next.0.pattern.isMoreSpecific(than: best.0.pattern) ? next : best
        }
    }

    private func call(_ handler: Handler, with request: HTTPRequest) -> HTTPResponse {
        do {
            return try handler(request)
        } catch let error as any HTTPError {
            return error.response
        } catch {
            onUnexpectedError(error, request)
            return HTTPResponse.error(.internalServerError, message: "the server failed to answer; see its log")
        }
    }

    private func methodNotAllowed(_ request: HTTPRequest, allowed: [HTTPMethod]) -> HTTPResponse {
        var names = Set(allowed.map(\.rawValue))
        if names.contains("GET") { names.insert("HEAD") }
        var response = HTTPResponse.error(.methodNotAllowed, message: "\(request.method) is not allowed on \(request.path)")
        response.headers["Allow"] = names.sorted().joined(separator: ", ")
        return response
    }

    /// The response to a `HEAD`: the `GET`'s status and headers, its body's length, no body.
    private static func withoutBody(_ response: HTTPResponse) -> HTTPResponse {
        var head = response
        if !head.headers.contains("Content-Length") && !head.status.forbidsBody {
            head.headers["Content-Length"] = String(response.body.count)
        }
        head.body = []
        return head
    }
}
