import EngageCore
import EngageHTTP
import EngageStore
import FoundationEssentials

/// The board's pages and forms, added to the service's router beside the API: `/`, `/followups`, `/team`,
/// `/authorities/NAME`, signing in and out, one's own password, every form in `BoardForms`, and the
/// reports (`BoardReportRoutes`).
///
/// People sign in with a name and password (`/signin`): a session in an `HttpOnly` cookie. Pages
/// also answer `Authorization: Bearer TOKEN` (for scripts and checks), which reads but sends no
/// form. Every page is read in one pooled connection against one snapshot; every form goes
/// through `FormRunner`. Like the API, the board adds no rule of its own and keeps no state.
public enum BoardRoutes {
    /// Paths under which the rest is a secret (calendar feeds): give them to the server's
    /// `HTTPConfiguration.secretPathPrefixes`, so that its access log never writes one.
    public static let secretPathPrefixes = FeedRoute.secretPathPrefixes

    /// Adds the board's routes to `router`.
    /// - Parameters:
    ///   - router: The service's router.
    ///   - stores: Where pages borrow a store from.
    ///   - origin: Where people reach the service, when a reverse proxy serves it (see
    ///     `PublicOrigin`): cookies are then `Secure` behind TLS and redirects absolute, and forms
    ///     must come from it.
    ///   - logError: Receives one line per error no user could cause (the page says only "see the log").
    public static func add(to router: inout Router, stores: StorePool, origin: PublicOrigin? = nil,
                           logError: @escaping @Sendable (String) -> Void = { _ in }) {
        let pages = BoardPages(stores: stores, cookies: BoardCookies(origin: origin), logError: logError)
        FeedRoute.add(to: &router, pages: pages, origin: origin)
        router.get("/") { request in pages.answer(request) { data, visit in BoardPage.render(data, viewer: visit) } }
        router.get("/followups") { request in
            pages.answer(request, withOverdueActions: true) { data, visit in
                FollowUpsPage.render(data, overdueOnly: request.query("overdue") == "true", viewer: visit)
            }
        }
        router.get("/authorities/:name") { request in
            pages.respond(request) { store, visit in
                try AuthorityPage.render(AuthorityData.load(request.parameters["name"] ?? "", from: store, today: Day.today()), viewer: visit)
            }
        }
        router.get(TeamPage.path) { request in pages.respond(request) { store, visit in TeamPage.render(try TeamData.load(from: store), visit: visit) } }
        router.get(PeriodPage.path) { request in pages.period(request) }
        router.get(ReviewPage.path) { request in
            pages.respond(request) { store, visit in ReviewPage.render(try store.review(today: Day.today()), visit: visit) }
        }
        router.get("/account/password") { request in
            pages.respond(request, allowedBeforePasswordChange: true) { _, visit in PasswordPage.render(visit) }
        }
        router.get("/signin") { _ in BoardPages.html(SignInPage.render()) }
        router.post("/signin") { request in pages.signIn(request) }
        router.post("/signout") { request in pages.signOut(request) }
        router.get(StyleSheet.path) { _ in
            HTTPResponse(headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable"],
                         body: Array(StyleSheet.text.utf8))
        }
        let runner = FormRunner(pages: pages)
        for form in BoardForms.all {
            router.post(form.route) { request in runner.submit(request, form) }
            if form.ownPage {
                router.get(form.route) { request in
                    pages.respond(request) { store, visit in
                        try form.page(store, visit, FormContext(parameters: request.parameters, visit: visit, today: Day.today()))
                    }
                }
            }
        }
        router.get(PersonPage.route) { request in
            pages.respond(request) { store, visit in try PersonPage.render(named: request.parameters["name"] ?? "", in: store, visit: visit) }
        }
        BoardReportRoutes.add(to: &router, pages: pages)
    }
}
