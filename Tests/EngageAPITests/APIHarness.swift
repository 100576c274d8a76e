import EngageAPI
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import TestSupport

/// An API on a fresh migrated database, with officers, an authority and a token per role,
/// answered through its router without a socket.
///
/// The team: Sam Jones and Ada Lovelace (officers, cap 4); Somerset (south-west) is active at
/// stage 1 led by Sam; Devon (south-west) has asked and waits.
struct APIHarness {
    let database: TestDatabase
    let stores: StorePool
    let api: APIApplication
    /// A token per name: "manager", "viewer", "sam" (officer Sam Jones), "ada" (officer Ada Lovelace).
    let tokens: [String: String]

    static func with(_ body: (APIHarness) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            let tokens = try seed(database)
            let stores = StorePool(conninfo: database.conninfo, size: 2, waitTimeout: .seconds(5))
            defer { stores.close() }
            let api = APIApplication(stores: stores, migrations: try TestDatabase.migrations(), version: "test")
            try body(APIHarness(database: database, stores: stores, api: api, tokens: tokens))
        }
    }

    private static func seed(_ database: TestDatabase) throws -> [String: String] {
        let store = Store(connection: try database.connect(), actor: "setup")
        defer { store.close() }
        for name in ["Sam Jones", "Ada Lovelace"] {
            _ = try store.addOfficer(try NewOfficer(name: name, region: .southWest, activeCap: 4))
        }
        _ = try store.addAuthority(try NewAuthority(name: "Somerset", region: .southWest))
        _ = try store.addAuthority(try NewAuthority(name: "Devon", region: .southWest))
        _ = try store.assign("Somerset", officer: "Sam Jones")
        _ = try store.request("Devon")
        return [
            "manager": try store.createToken(user: "Maria Manager", role: .manager).secret,
            "viewer": try store.createToken(user: "Vic Viewer", role: .viewer).secret,
            "sam": try store.createToken(user: "Sam Jones", role: .officer).secret,
            "ada": try store.createToken(user: "Ada Lovelace", role: .officer).secret,
        ]
    }

    /// Answers one request.
    /// - Parameters:
    ///   - method: The method.
    ///   - target: The path and query, `/api/authorities?region=london`.
    ///   - as: Whose token to send (a key of `tokens`), or nil for none.
    ///   - json: The body, JSON text.
    func call(_ method: HTTPMethod, _ target: String, as who: String? = nil, json: String? = nil,
              headers extra: HTTPHeaders = [:]) throws -> HTTPResponse {
        var headers = extra
        if let who { headers["Authorization"] = "Bearer " + (tokens[who] ?? who) }
        if json != nil, !headers.contains("Content-Type") { headers["Content-Type"] = "application/json" }
        let request = try HTTPRequest(method: method, target: target, headers: headers, body: Array((json ?? "").utf8), id: "t")
        return api.router.respond(to: request)
    }

    /// A store on the test database, acting as "test", for checking what a request changed.
    func withStore<Value>(_ body: (Store) throws -> Value) throws -> Value {
        let store = Store(connection: try database.connect(), actor: "test")
        defer { store.close() }
        return try body(store)
    }
}

extension HTTPResponse {
    /// The body parsed as JSON.
    var jsonBody: Any? { try? JSONSerialization.jsonObject(with: Data(body)) }

    /// The error's `code`, for error responses.
    var errorCode: String? { ((jsonBody as? [String: Any])?["error"] as? [String: Any])?["code"] as? String }

    /// The error's `message`, for error responses.
    var errorMessage: String? { ((jsonBody as? [String: Any])?["error"] as? [String: Any])?["message"] as? String }
}
