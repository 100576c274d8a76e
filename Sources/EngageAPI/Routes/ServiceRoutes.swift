import EngageHTTP
import EngageRendering
import EngageStore

/// `/health`: whether the service can do its work (database reachable, migrations current).
enum ServiceRoutes {
    static func health(migrations: [Migration]) -> APIRoute {
        APIRoute(.get, "/health", operationID: "health",
                 summary: "Check the service: the database is reachable and its migrations are current (no token needed)",
                 access: .everyone,
                 response: .json("The service can work.", .reference("Health")),
                 refusals: [.serviceUnavailable],
                 handler: .store { context in
                     let status = try context.store.migrationStatus(of: migrations)
                     try status.verify()
                     let pending = status.pending.map(\.fileName)
                     guard pending.isEmpty else {
                         throw APIError(.serviceUnavailable, code: "migrations_pending",
                                        "the database lacks \(pending.count) migration\(pending.count == 1 ? "" : "s"); run 'engage migrate'",
                                        details: ["pending": .array(pending.map(JSONValue.string))], headers: ["Retry-After": "30"])
                     }
                     let body: JSONValue = ["status": "ok", "database": "reachable",
                                            "migration_version": .integer(Int64(status.currentVersion))]
                     return try context.json(body)
                 })
    }
}
