import EngageAPI
import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Postgres
import TestSupport

/// The board and the API on one fresh database, for the report pages' tests: the board's answers
/// compared with the API's for the same report and parameters.
///
/// Tokens and accounts by role: viewer, officer (the last officer listed, when there is one), manager.
struct ReportHarness {
    let board: Router
    let api: Router
    let tokens: [String: String]
    /// Board accounts by role (viewer, officer, manager), each with `BoardHarness.password`.
    let accounts: [String: String]

    /// Runs `body` with a database that `load` fills through a raw connection; with `accounts`,
    /// also board accounts to sign in with (slower: each password is hashed).
    static func with(accounts withAccounts: Bool = false, load: (Connection) throws -> Void,
                     _ body: (ReportHarness) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            let connection = try database.connect()
            try load(connection)
            let store = Store(connection: connection, actor: "setup")
            defer { store.close() }
            var tokens = [
                "viewer": try store.createToken(user: "Vic Viewer", role: .viewer).secret,
                "manager": try store.createToken(user: "Maria Manager", role: .manager).secret,
            ]
            var accounts = ["viewer": "Vic Viewer", "manager": "Maria Manager"]
            if let officer = try store.officers().last?.name {
                tokens["officer"] = try store.createToken(user: officer, role: .officer).secret
                accounts["officer"] = officer
            }
            if !withAccounts { accounts = [:] }
            for (role, name) in accounts {
                try BoardHarness.addAccount(store, name, role: role == "viewer" ? .viewer : role == "manager" ? .manager : .officer)
            }
            let stores = StorePool(conninfo: database.conninfo, size: 2)
            defer { stores.close() }
            var board = Router()
            BoardRoutes.add(to: &board, stores: stores)
            let api = APIApplication(stores: stores, migrations: try TestDatabase.migrations(), version: "test")
            try body(ReportHarness(board: board, api: api.router, tokens: tokens, accounts: accounts))
        }
    }

    /// The board's answer to `GET target` with the token of `who`.
    func page(_ target: String, as who: String = "viewer") throws -> HTTPResponse {
        try BoardHarness.get(board, target, token: tokens[who])
    }

    /// The API's answer to `GET target` with the token of `who`.
    func apiAnswer(_ target: String, as who: String = "viewer") throws -> HTTPResponse {
        let headers: HTTPHeaders = ["Authorization": "Bearer " + (tokens[who] ?? "")]
        return api.respond(to: try HTTPRequest(method: .get, target: target, headers: headers, id: "t"))
    }

    /// The board's JSON of `report` for `query`, parsed.
    func json(_ report: String, _ query: String = "") throws -> [String: Any] {
        let response = try page("/reports/\(report).json\(query)")
        guard response.status == .ok, let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else {
            throw BoardTestError("/reports/\(report).json\(query) answered \(response.status.code): \(response.bodyText.prefix(300))")
        }
        return object
    }
}
