import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import TestSupport

/// The board's routes on a fresh database, and requests to them, for the board's tests.
enum BoardHarness {
    /// A router with the board on a fresh database that `seed` fills (as the actor "setup"), with
    /// the officer Sam Jones added when `seed` did not; tokens by name: viewer, sam (Sam Jones,
    /// officer), manager, and hostile (a viewer whose user name is markup). `origin` is the
    /// public address the service is told it has, if any.
    static func withBoard(origin: PublicOrigin? = nil, seed: (Store) throws -> Void = { _ in },
                          _ body: (Router, [String: String]) throws -> Void) throws {
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
            try body(router, tokens)
        }
    }

    /// The router's answer to `GET target`, with a bearer token or a cookie when given.
    static func get(_ router: Router, _ target: String, token: String? = nil, cookie: String? = nil) throws -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let token { headers["Authorization"] = "Bearer \(token)" }
        if let cookie { headers["Cookie"] = cookie }
        return router.respond(to: try HTTPRequest(method: .get, target: target, headers: headers))
    }
}
