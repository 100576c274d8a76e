import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore
import FoundationEssentials

/// The engage service's API: its routes, the router built from them, and the OpenAPI document
/// describing them.
///
/// Tests build it and call `router.respond(to:)` without a socket; `engage serve` hands the same
/// router to an `HTTPServer`. It keeps no state between requests beyond the connection pool:
/// tokens, caps and the audit log live in the database, so several services on one database
/// behave as one.
///
/// ```swift
/// let api = APIApplication(stores: StorePool(conninfo: url))
/// let server = HTTPServer(configuration: configuration, responder: api.router)
/// ```
public struct APIApplication: Sendable {
    /// Every route, in the order the document lists them.
    public let routes: [APIRoute]
    /// The router answering them.
    public let router: Router

    /// Builds the API on a pool of stores.
    /// - Parameters:
    ///   - stores: Where requests borrow a store from.
    ///   - migrations: The migrations this engage knows; `/health` fails while the database lacks one.
    ///   - version: engage's version, for the OpenAPI document.
    ///   - logError: Receives one line for each error no user could cause (answered 500); the
    ///     line names the request id and the error, never a token.
    public init(stores: StorePool, migrations: [Migration], version: String,
                logError: @escaping @Sendable (String) -> Void = { _ in }) {
        var routes = APIRoutes.all(migrations: migrations)
        routes.append(OpenAPIRoute.make(describing: routes, version: version))
        self.routes = routes
        var router = Router { error, request in logError("request \(request.id) \(request.method) \(request.path) failed: \(error)") }
        for route in routes {
            router.on(route.method, route.routerPattern) { request in
                try RouteRunner(stores: stores).answer(request, with: route)
            }
        }
        self.router = router
    }
}

/// Runs one route for one request: authentication, role, the checks of query and body, then the
/// handler, on one pooled connection.
struct RouteRunner {
    let stores: StorePool

    func answer(_ request: HTTPRequest, with route: APIRoute) throws -> HTTPResponse {
        do {
            switch route.handler {
            case .plain(let handler):
                return try handler(request)
            case .store(let handler):
                let secret = route.access == .everyone ? nil : try BearerToken.secret(in: request)
                try RequestChecks.path(request, route: route)
                let query = try RequestChecks.query(request, route: route)
                let body = try RequestChecks.body(request, route: route)
                return try stores.withStore(actor: "service") { store in
                    let caller = try secret.map { secret in try authorize(secret, for: route, in: store) }
                    let store = store.acting(as: caller?.user ?? "service", recordingLead: caller?.viewer.recordingLead)
                    let context = APIContext(request: request, caller: caller, store: store,
                                             body: body, query: query, today: Day.today())
                    return try handler(context)
                }
            }
        } catch {
            guard let answer = APIError(error) else { throw error }
            throw answer
        }
    }


    private func authorize(_ secret: String, for route: APIRoute, in store: Store) throws -> APIToken {
        guard let token = try store.authenticate(secret) else {
            throw APIError.unauthorized("the token is unknown or revoked; ask a manager for a new one ('engage token create')")
        }
        if let least = route.access.leastRole, !token.role.includes(least) {
            throw APIError.forbidden("\(route.summary.lowercasedFirst) needs a\(least == .officer ? "n" : "") \(least.rawValue)'s token; this one is \(token.user)'s, a \(token.role.rawValue)")
        }
        return token
    }
}

extension String {
    /// The string with its first letter lowered, to embed a summary in a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
