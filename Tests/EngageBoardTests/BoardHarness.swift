import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Postgres
import TestSupport

/// The board's routes on a fresh database, and requests to them, for the board's tests.
enum BoardHarness {
    /// A router with the board on a fresh database that `seed` fills (as the actor "setup"), with
    /// the officer Sam Jones added when `seed` did not; tokens by name: viewer, sam (Sam Jones,
    /// officer), manager, and hostile (a viewer whose user name is markup). `origin` is the
    /// public address the service is told it has, if any.
    static func withBoard(origin: PublicOrigin? = nil, seed: (Store) throws -> Void = { _ in },
                          _ body: (Router, [String: String]) throws -> Void) throws {
        try withBoard(origin: origin, seed: seed) { router, tokens, _ in try body(router, tokens) }
    }

    /// As `withBoard`, also handing over the store that seeded the database (as "setup"), to
    /// change it between requests or check what a form did.
    static func withBoard(origin: PublicOrigin? = nil, seed: (Store) throws -> Void = { _ in },
                          _ body: (Router, [String: String], Store) throws -> Void) throws {
        try withBoardDatabase(origin: origin, seed: seed) { router, tokens, store, _ in try body(router, tokens, store) }
    }

    /// As `withBoard`, also handing over a connection of its own to the database, for what no
    /// store call does (ageing a session, say).
    static func withBoard(seed: (Store) throws -> Void = { _ in }, _ body: (Router, Store, Connection) throws -> Void) throws {
        try withBoardDatabase(origin: nil, seed: seed) { router, _, store, database in
            let probe = try database.connect()
            defer { probe.close() }
            try body(router, store, probe)
        }
    }

    private static func withBoardDatabase(origin: PublicOrigin?, seed: (Store) throws -> Void,
                                          _ body: (Router, [String: String], Store, TestDatabase) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            let store = Store(connection: try database.connect(), actor: "setup")
            defer { store.close() }
            try seed(store)
            _ = try? store.addOfficer(try NewOfficer(name: "Sam Jones", region: .southWest))
            let tokens = [
                "viewer": try store.createToken(user: "Vic Viewer", role: .viewer).secret,
                "sam": try store.createToken(user: "Sam Jones", role: .officer).secret,
                "manager": try store.createToken(user: "Maria Manager", role: .manager).secret,
                "hostile": try store.createToken(user: #"<script>x</script> & "Q""#, role: .viewer).secret,
            ]
            let stores = StorePool(conninfo: database.conninfo, size: 2)
            defer { stores.close() }
            var router = Router()
            BoardRoutes.add(to: &router, stores: stores, origin: origin)
            try body(router, tokens, store, database)
        }
    }

    /// The router's answer to `GET target`, with a bearer token or a cookie when given.
    static func get(_ router: Router, _ target: String, token: String? = nil, cookie: String? = nil) throws -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let token { headers["Authorization"] = "Bearer \(token)" }
        if let cookie { headers["Cookie"] = cookie }
        return router.respond(to: try HTTPRequest(method: .get, target: target, headers: headers))
    }

    /// Dorset led by Sam Jones, Devon led by Alex Morgan; accounts for both, a manager and a viewer.
    static func team(_ store: Store) throws {
        for (officer, authority) in [("Sam Jones", "Dorset"), ("Alex Morgan", "Devon")] {
            _ = try store.addOfficer(NewOfficer(name: officer, region: .southWest))
            _ = try store.addAuthority(NewAuthority(name: authority, region: .southWest))
            _ = try store.request(authority)
            _ = try store.assign(authority, officer: officer)
            try addAccount(store, officer, role: .officer)
        }
        try addAccount(store, "Maria Manager", role: .manager)
        try addAccount(store, "Vic Viewer", role: .viewer)
    }

    /// A password good enough for every test account.
    static let password = "a long enough passphrase"

    /// Adds an account (an officer's acts as the officer of that name) with `password`.
    static func addAccount(_ store: Store, _ name: String, role: Role) throws {
        _ = try store.addUser(NewUser(name: name, role: role))
        _ = try store.setPassword(of: name, to: Password(password))
    }

    /// Signs in through the form: the session cookie to send back and the CSRF token of its forms.
    static func signIn(_ router: Router, _ name: String, password: String = password) throws -> (cookie: String, csrf: String) {
        let response = try post(router, "/signin", ["name": name, "password": password])
        guard response.status == .seeOther, let setCookie = response.headers["Set-Cookie"],
              let pair = setCookie.split(separator: ";").first else {
            throw BoardTestError("signing in as \(name) answered \(response.status.code): \(response.bodyText.prefix(300))")
        }
        let cookie = String(pair)
        let page = try get(router, "/account/password", cookie: cookie).bodyText
        guard let match = page.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/) else {
            throw BoardTestError("no CSRF token on the password page for \(name)")
        }
        return (cookie, String(match.output.1))
    }

    /// The router's answer to a form's `POST`, its fields form-encoded in order.
    static func post(_ router: Router, _ target: String, _ fields: KeyValuePairs<String, String>, cookie: String? = nil,
                     headers extra: HTTPHeaders = [:]) throws -> HTTPResponse {
        try post(router, target, fields.map { ($0.key, $0.value) }, cookie: cookie, headers: extra)
    }

    /// As `post`, the fields as a list (for forms whose fields are made in a loop).
    static func post(_ router: Router, _ target: String, _ fields: [(String, String)], cookie: String? = nil,
                     headers extra: HTTPHeaders = [:]) throws -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded", "Host": "board.test"]
        if let cookie { headers["Cookie"] = cookie }
        for field in extra { headers[field.name] = field.value }
        let body = fields.map { "\(HTML.pathSegment($0.0))=\(HTML.pathSegment($0.1))" }.joined(separator: "&")
        return router.respond(to: try HTTPRequest(method: .post, target: target, headers: headers, body: Array(body.utf8)))
    }

    /// The router's answer to a form's `POST` as `multipart/form-data`: its fields in order, then
    /// a file (field, file name, content) when given.
    static func postMultipart(_ router: Router, _ target: String, _ fields: KeyValuePairs<String, String>,
                              file: (field: String, name: String, content: String)?, cookie: String? = nil) throws -> HTTPResponse {
        let boundary = "----boardTestBoundary9f2c"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(file.content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)", "Host": "board.test"]
        if let cookie { headers["Cookie"] = cookie }
        return router.respond(to: try HTTPRequest(method: .post, target: target, headers: headers, body: Array(body.utf8)))
    }
}

/// A step of a board test that could not be taken.
struct BoardTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
