import EngageCore
import EngageHTTP
import EngageStore
import FoundationEssentials

/// The work behind the board's pages: who is visiting, reading a page in one snapshot, signing
/// in and out, and the answers every page shares (HTML, redirects, error pages).
struct BoardPages: Sendable {
    let stores: StorePool
    let cookies: BoardCookies
    let logError: @Sendable (String) -> Void

    /// A page of the board (authorities, workload, follow-ups, with the filters from the query).
    /// - Parameter withOverdueActions: Whether the page lists overdue work-plan actions (only
    ///   `/followups` does; the board itself spares the query).
    func answer(_ request: HTTPRequest, withOverdueActions: Bool = false, render: (BoardData, Visit) -> HTML) -> HTTPResponse {
        let region = request.query("region").flatMap(Region.init(rawValue:))
        let officer = request.query("officer").flatMap { $0.isEmpty ? nil : $0 }
        return respond(request) { store, visit in
            let today = Day.today()
            let data = BoardData(authorities: try store.authorities(), workload: try store.workload(),
                                 followUps: try store.openFollowUps(FollowUp.Filter(today: today)),
                                 overdueActions: withOverdueActions ? try store.planActions(PlanAction.Filter(overdueOnly: true, today: today)) : [],
                                 region: region, officer: officer, today: today, now: Date())
            return render(data, visit)
        }
    }

    /// A page for a visitor, read with one pooled store in one snapshot; the sign-in page (401)
    /// without a valid session or token; the password page first for a one-time password. A
    /// refusal `render` throws becomes an error page with its message: 404 for something not
    /// found, 400 otherwise; a database out of reach or too busy, 503.
    func respond(_ request: HTTPRequest, allowedBeforePasswordChange: Bool = false, status: HTTPStatus = .ok,
                 render: (Store, Visit) throws -> HTML) -> HTTPResponse {
        respond(request, allowedBeforePasswordChange: allowedBeforePasswordChange) { store, visit in
            Self.html(try render(store, visit), status: status)
        }
    }

    /// As `respond(_:allowedBeforePasswordChange:render:)`, for a page that makes its own answer:
    /// another status (a report's parameters with errors, 422) or another type (a report's CSV).
    func respond(_ request: HTTPRequest, allowedBeforePasswordChange: Bool = false,
                 answer: (Store, Visit) throws -> HTTPResponse) -> HTTPResponse {
        do {
            return try stores.withStore(actor: "board") { store in
                guard var visit = try visit(request, in: store) else {
                    return Self.html(SignInPage.render(), status: .unauthorized)
                }
                if visit.session?.account.mustChangePassword == true && !allowedBeforePasswordChange {
                    return redirect("/account/password")
                }
                visit.confirmation = BoardCookies.confirmation(in: request)
                do {
                    var response = try store.snapshot { try answer($0, visit) }
                    if visit.confirmation != nil { response.headers.add(name: "Set-Cookie", value: cookies.confirmationShown()) }
                    return response
                } catch let refusal as EngageError {
                    return Self.refused(refusal, viewer: visit)
                }
            }
        } catch {
            return failed(request, error)
        }
    }

    /// Who is visiting: the session in the cookie, else the token in `Authorization: Bearer`;
    /// nil when neither is valid.
    func visit(_ request: HTTPRequest, in store: Store) throws -> Visit? {
        if let secret = request.cookie(BoardCookies.session), Self.isSecretShaped(secret),
           let session = try store.session(secret: secret) {
            return Visit(viewer: session.account.viewer, session: session)
        }
        if let token = request.bearerToken, Self.isSecretShaped(token), let holder = try store.authenticate(token) {
            return Visit(viewer: holder.viewer, session: nil)
        }
        return nil
    }

    /// Signs in with a name and password: a session cookie and the board (or the password page
    /// for a one-time password), or the form again with one message for every kind of refusal.
    func signIn(_ request: HTTPRequest) -> HTTPResponse {
        guard FormOrigin.isSameOrigin(request, origin: cookies.origin) else { return Self.crossSite() }
        var input = FormInput(items: request.formItems ?? [])
        let name = input.required("name", "Enter your name")
        let typed = input.text("password")
        if typed.isEmpty { input.fail("password", "Enter your password") }
        guard let name, let password = Password.attempt(typed), input.isValid else {
            return Self.html(SignInPage.render(FormState(form: SignInPage.form, values: input.sent, errors: input.errors)),
                             status: .unauthorized)
        }
        do {
            let outcome = try stores.withStore(actor: "board") { try $0.signIn(name: name, password: password) }
            switch outcome {
            case .signedIn(let issued):
                var response = redirect(issued.session.account.mustChangePassword ? "/account/password" : "/")
                response.headers.add(name: "Set-Cookie", value: cookies.startSession(issued.secret,
                                                                                     maxAge: Int(SignInPolicy.absoluteTimeout.seconds)))
                return response
            case .refused:
                input.fail(nil, SignInPolicy.refusal)
                return Self.html(SignInPage.render(FormState(form: SignInPage.form, values: input.sent, errors: input.errors)),
                                 status: .unauthorized)
            case .locked(let until):
                input.fail(nil, SignInPolicy.lockedMessage(until: until))
                return Self.html(SignInPage.render(FormState(form: SignInPage.form, values: input.sent, errors: input.errors)),
                                 status: .tooManyRequests, headers: ["Retry-After": String(max(1, Int(until.timeIntervalSinceNow)))])
            }
        } catch {
            return failed(request, error)
        }
    }

    /// Ends the session (when the form carries its token) and goes to the sign-in page.
    func signOut(_ request: HTTPRequest) -> HTTPResponse {
        guard FormOrigin.isSameOrigin(request, origin: cookies.origin) else { return Self.crossSite() }
        if let secret = request.cookie(BoardCookies.session), Self.isSecretShaped(secret) {
            do {
                try stores.withStore(actor: "board") { store in
                    guard let session = try store.session(secret: secret) else { return }
                    let sent = FormInput(items: request.formItems ?? []).text("csrf")
                    guard RandomSecret.equal(sent, session.csrfToken) else { return }
                    try store.signOut(secret: secret)
                }
            } catch {
                return failed(request, error)
            }
        }
        var response = redirect("/signin")
        response.headers.add(name: "Set-Cookie", value: cookies.endSession())
        return response
    }

    /// A 303 to `path` (absolute under the public origin when there is one).
    func redirect(_ path: String) -> HTTPResponse {
        HTTPResponse(status: .seeOther, headers: ["Location": cookies.location(path)])
    }

    /// The error page for a refusal the viewer can fix: 404 when something named is not found,
    /// 403 when it is not theirs to change.
    static func refused(_ refusal: EngageError, viewer: Visit) -> HTTPResponse {
        switch refusal.kind {
        case .notFound:
            html(ErrorPage.render(title: "Not found", message: refusal.description, viewer: viewer), status: .notFound)
        case .forbidden:
            html(ErrorPage.render(title: "Not yours to change", message: BoardMessage.sentence(refusal), viewer: viewer), status: .forbidden)
        default:
            html(ErrorPage.render(title: "Cannot show that", message: refusal.description, viewer: viewer), status: .badRequest)
        }
    }

    /// The answer to a form sent from another site, or without its origin's say.
    static func crossSite() -> HTTPResponse {
        html(ErrorPage.render(title: "Form refused", message: "This form did not come from this site, so nothing was changed. Open the page again and send it from there."),
             status: .forbidden)
    }

    /// The error page for a failure no viewer caused: 503 when the database is out of reach or
    /// busy, else 500 (and a line in the log).
    func failed(_ request: HTTPRequest, _ error: any Error) -> HTTPResponse {
        switch error {
        case is DatabaseUnavailable:
            return Self.html(ErrorPage.render(title: "Database unavailable", message: "The database cannot be reached. Try again in a moment."),
                             status: .serviceUnavailable, headers: ["Retry-After": "5"])
        case is StoreBusy, is DatabaseBusy:
            return Self.html(ErrorPage.render(title: "Busy", message: "The database is busy; nothing was changed. Try again in a moment."),
                             status: .serviceUnavailable, headers: ["Retry-After": "2"])
        default:
            logError("request \(request.id) \(request.method) \(request.path) failed: \(error)")
            return Self.html(ErrorPage.render(title: "Something went wrong", message: "The page could not be shown; the service's log says why."),
                             status: .internalServerError)
        }
    }

    /// Whether `text` could be a session's or token's secret: letters, digits and underscores,
    /// 1 to 200 of them (anything else is not looked up).
    static func isSecretShaped(_ text: String) -> Bool {
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
