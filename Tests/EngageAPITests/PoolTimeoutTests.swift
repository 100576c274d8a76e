import Dispatch
import EngageAPI
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

@Suite("API: a saturated pool")
struct PoolTimeoutTests {
    @Test("every connection busy past the pool's wait: 503 busy with Retry-After, nothing changed")
    func busyPool() throws {
        try TestDatabase.withMigrated { database in
            let stores = StorePool(conninfo: database.conninfo, size: 1, waitTimeout: .milliseconds(100))
            defer { stores.close() }
            let api = APIApplication(stores: stores, migrations: try TestDatabase.migrations(), version: "test")
            let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
            Thread {
                _ = try? stores.withStore(actor: "holder") { _ in
                    holding.signal()
                    release.wait()
                }
                done.signal()
            }.start()
            holding.wait()
            let request = try HTTPRequest(method: .get, target: "/api/authorities", headers: ["Authorization": "Bearer x"])
            let response = api.router.respond(to: request)
            release.signal()
            done.wait()
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers["Retry-After"] == "1")
            #expect(response.bodyText.contains(#""code":"busy""#))
            #expect(api.router.respond(to: request).status == .unauthorized, "free again: the request reaches the token check")
        }
    }
}
