import EngageCore
import EngageHTTP
import EngageStore
import FoundationEssentials

/// `GET /feeds/SECRET.ics`: a person's calendar feed, for a calendar program to subscribe to.
///
/// No cookie or token: the secret in the address is the key (only its hash is stored). An
/// unknown, malformed, revoked or replaced secret, or a disabled account's, all get the same 404.
/// The secret is never written: the access log writes `/feeds/…` (see `secretPathPrefixes`,
/// which `engage serve` gives its server), and so does the error line here.
struct FeedRoute: Sendable {
    /// The route's pattern: one segment, `SECRET.ics`.
    static let pattern = "/feeds/:file"
    /// The prefix under which paths hold a secret, for the access log.
    static let secretPathPrefixes = ["/feeds/"]

    let stores: StorePool
    /// The public address, for each event's link to the board; nil: no links.
    let origin: PublicOrigin?
    let logError: @Sendable (String) -> Void

    /// Adds the feed's route, and `/account` (where one's own feed is issued), to `router`.
    static func add(to router: inout Router, pages: BoardPages, origin: PublicOrigin?) {
        let feeds = FeedRoute(stores: pages.stores, origin: origin, logError: pages.logError)
        router.get(pattern) { request in feeds.answer(request) }
        router.get(AccountPage.path) { request in pages.respond(request) { store, visit in try AccountPage.render(store, visit: visit) } }
    }

    /// The feed as `text/calendar`, or 404, or 503 when the database cannot answer.
    func answer(_ request: HTTPRequest) -> HTTPResponse {
        guard let secret = Self.secret(in: request.parameters["file"] ?? "") else { return Self.notFound }
        do {
            guard let content = try stores.withStore(actor: "feed", { try $0.feedContent(secret: secret) }) else { return Self.notFound }
            let text = content.calendar(url: url).text(stamp: Date())
            return HTTPResponse(headers: ["Content-Type": "text/calendar; charset=utf-8",
                                          "Content-Disposition": "inline; filename=\"engage.ics\""],
                                body: Array(text.utf8))
        } catch is DatabaseUnavailable {
            return Self.plain(.serviceUnavailable, "The database cannot be reached; try again later.", retryAfter: 5)
        } catch is StoreBusy {
            return Self.plain(.serviceUnavailable, "The service is busy; try again later.", retryAfter: 2)
        } catch is DatabaseBusy {
            return Self.plain(.serviceUnavailable, "The service is busy; try again later.", retryAfter: 2)
        } catch {
            logError("request \(request.id) \(request.method) \(CalendarFeed.redactedPath) failed: \(error)")
            return Self.plain(.internalServerError, "The feed could not be made; the service's log says why.")
        }
    }

    /// The board's page about an item: its authority's, or the team's for a national activity.
    private func url(_ item: FeedItem) -> String? {
        origin.map { $0.url(item.authority.map { "/authorities/" + HTML.pathSegment($0) } ?? TeamPage.path) }
    }

    /// The secret in `SECRET.ics`, when it has the shape of one (64 lower-case hex digits).
    static func secret(in file: String) -> String? {
        guard file.hasSuffix(".ics") else { return nil }
        let secret = String(file.dropLast(4))
        let isHex = secret.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        return secret.utf8.count == 64 && isHex ? secret : nil
    }

    /// The one answer for every feed that is not there.
    static let notFound = plain(.notFound, "No calendar feed is at this address. Ask for a new one on your account's page.")

    private static func plain(_ status: HTTPStatus, _ message: String, retryAfter: Int? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "text/plain; charset=utf-8"]
        if let retryAfter { headers["Retry-After"] = String(retryAfter) }
        return HTTPResponse(status: status, headers: headers, body: Array((message + "\n").utf8))
    }
}
