import EngageCore
import EngageHTTP
import EngageStore
import FoundationEssentials

/// The board's pages, added to the service's router beside the API: `/`, `/followups`,
/// `/authorities/NAME` (one authority's page), and signing in and out.
///
/// Pages take the token from the `engage_token` cookie that signing in sets, or from
/// `Authorization: Bearer` (for scripts and tests). Without a valid one they answer the sign-in
/// page (401). Every page is read in one pooled connection, in a few queries against one snapshot
/// (so its counts agree with its cards); like the API, the board adds no rule of its own and keeps
/// no state.
public enum BoardRoutes {
    /// The cookie holding a signed-in token.
    static let cookieName = "engage_token"

    /// Adds the board's routes to `router`.
    /// - Parameters:
    ///   - router: The service's router.
    ///   - stores: Where pages borrow a store from.
    ///   - origin: Where people reach the service, when a reverse proxy serves it (see
    ///     `PublicOrigin`): cookies are then `Secure` behind TLS and redirects absolute.
    ///   - logError: Receives one line per error no user could cause (the page says only "see the log").
    public static func add(to router: inout Router, stores: StorePool, origin: PublicOrigin? = nil,
                           logError: @escaping @Sendable (String) -> Void = { _ in }) {
        let pages = BoardPages(stores: stores, origin: origin, logError: logError)
        router.get("/") { request in pages.answer(request) { data, viewer in BoardPage.render(data, viewer: viewer) } }
        router.get("/followups") { request in
            pages.answer(request, withOverdueActions: true) { data, viewer in
                FollowUpsPage.render(data, overdueOnly: request.query("overdue") == "true", viewer: viewer)
            }
        }
        router.get("/authorities/:name") { request in
            pages.respond(request) { store, viewer in
                let data = try AuthorityData.load(request.parameters["name"] ?? "", from: store, today: Day.today())
                return AuthorityPage.render(data, viewer: viewer)
            }
        }
        router.get("/signin") { _ in BoardPages.html(SignInPage.render()) }
        router.post("/signin") { request in pages.signIn(request) }
        router.post("/signout") { _ in pages.signOut() }
        router.get(StyleSheet.path) { _ in
            HTTPResponse(headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable"],
                         body: Array(StyleSheet.text.utf8))
        }
    }
}

/// The work behind the board's routes.
struct BoardPages: Sendable {
    let stores: StorePool
    let origin: PublicOrigin?
    let logError: @Sendable (String) -> Void

    /// A page of the board (authorities, workload, follow-ups, with the filters from the query)
    /// for a signed-in viewer, or the sign-in page.
    /// - Parameter withOverdueActions: Whether the page lists overdue work-plan actions (only
    ///   `/followups` does; the board itself spares the query).
    func answer(_ request: HTTPRequest, withOverdueActions: Bool = false, render: (BoardData, APIToken) -> HTML) -> HTTPResponse {
        let region = request.query("region").flatMap(Region.init(rawValue:))
        let officer = request.query("officer").flatMap { $0.isEmpty ? nil : $0 }
        return respond(request) { store, viewer in
            let today = Day.today()
            let data = BoardData(authorities: try store.authorities(), workload: try store.workload(),
                                 followUps: try store.openFollowUps(FollowUp.Filter(today: today)),
                                 overdueActions: withOverdueActions ? try store.planActions(PlanAction.Filter(overdueOnly: true, today: today)) : [],
                                 region: region, officer: officer, today: today, now: Date())
            return render(data, viewer)
        }
    }

    /// A page for a signed-in viewer, read with one pooled store; the sign-in page (401) without
    /// a valid token. A refusal `render` throws becomes an error page with its message: 404 for
    /// something not found, 400 otherwise; a database out of reach or too busy, 503.
    func respond(_ request: HTTPRequest, render: (Store, APIToken) throws -> HTML) -> HTTPResponse {
        guard let secret = Self.secret(in: request) else { return Self.html(SignInPage.render(), status: .unauthorized) }
        do {
            return try stores.withStore(actor: "board") { store in
                guard let viewer = try store.authenticate(secret) else {
                    return Self.html(SignInPage.render(problem: "That token is unknown or revoked; sign in again."), status: .unauthorized)
                }
                do {
                    return Self.html(try store.snapshot { try render($0, viewer) })
                } catch let refusal as EngageError {
                    return Self.refused(refusal, viewer: viewer)
                }
            }
        } catch {
            return failed(request, error)
        }
    }

    /// The error page for a refusal the viewer can fix: 404 when something named is not found.
    static func refused(_ refusal: EngageError, viewer: APIToken) -> HTTPResponse {
        let notFound = refusal.kind == .notFound
        return html(ErrorPage.render(title: notFound ? "Not found" : "Cannot show that", message: refusal.description, viewer: viewer),
                    status: notFound ? .notFound : .badRequest)
    }

    /// The error page for a failure no viewer caused: 503 when the database is out of reach or
    /// busy, else 500 (and a line in the log).
    private func failed(_ request: HTTPRequest, _ error: any Error) -> HTTPResponse {
        switch error {
        case is DatabaseUnavailable:
            return Self.html(ErrorPage.render(title: "Database unavailable", message: "The database cannot be reached. Try again in a moment."),
                             status: .serviceUnavailable, headers: ["Retry-After": "5"])
        case is StoreBusy:
            return Self.html(ErrorPage.render(title: "Busy", message: "Every database connection is busy. Try again in a moment."),
                             status: .serviceUnavailable, headers: ["Retry-After": "1"])
        default:
            logError("request \(request.id) \(request.method) \(request.path) failed: \(error)")
            return Self.html(ErrorPage.render(title: "Something went wrong", message: "The page could not be shown; the service's log says why."),
                             status: .internalServerError)
        }
    }

    /// Signs in with the token a form posted: a cookie and the board, or the form again.
    func signIn(_ request: HTTPRequest) -> HTTPResponse {
        let token = request.formItems?.first { $0.name == "token" }?.value.trimmingWhitespace() ?? ""
        guard Self.isTokenShaped(token) else {
            return Self.html(SignInPage.render(problem: "Paste the whole token, as 'engage token create' printed it."), status: .unauthorized)
        }
        do {
            guard try stores.withStore(actor: "board", { try $0.authenticate(token) }) != nil else {
                return Self.html(SignInPage.render(problem: "That token is unknown or revoked."), status: .unauthorized)
            }
        } catch {
            return Self.html(SignInPage.render(problem: "The database cannot be reached; try again in a moment."), status: .serviceUnavailable)
        }
        return redirect(to: "/", settingCookie: token, maxAge: 43_200)
    }

    /// Clears the cookie and goes to the sign-in page.
    func signOut() -> HTTPResponse {
        redirect(to: "/signin", settingCookie: "", maxAge: 0)
    }

    /// A 303 to `path` (absolute under the public origin when there is one) that sets the
    /// board's cookie: `HttpOnly`, `SameSite=Strict`, and `Secure` when the origin is `https`.
    private func redirect(to path: String, settingCookie value: String, maxAge: Int) -> HTTPResponse {
        let secure = origin?.isSecure == true ? "; Secure" : ""
        return HTTPResponse(status: .seeOther, headers: [
            "Location": origin?.url(path) ?? path,
            "Set-Cookie": "\(BoardRoutes.cookieName)=\(value); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(maxAge)\(secure)",
        ])
    }

    /// The token from the cookie, else from `Authorization: Bearer`.
    static func secret(in request: HTTPRequest) -> String? {
        if let cookie = request.cookie(BoardRoutes.cookieName), isTokenShaped(cookie) { return cookie }
        return request.bearerToken.flatMap { isTokenShaped($0) ? $0 : nil }
    }

    /// Whether `text` could be a token: letters, digits and underscores, 1 to 200 of them (so a
    /// cookie can hold it as it is).
    static func isTokenShaped(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 200
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x5F }
    }

    /// An HTML answer (which the server sends with its content security policy and `no-store`).
    static func html(_ page: HTML, status: HTTPStatus = .ok, headers extra: HTTPHeaders = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "text/html; charset=utf-8"]
        for field in extra { headers[field.name] = field.value }
        return HTTPResponse(status: status, headers: headers, body: Array(page.text.utf8))
    }
}
