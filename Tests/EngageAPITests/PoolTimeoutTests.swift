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

@Suite("API: a busy database")
struct BusyDatabaseTests {
    @Test("a write that clashes on every retry: 503 write_conflict with Retry-After, nothing changed")
    func conflict() throws {
        try APIHarness.with { api in
            let setup = try api.database.connect()
            defer { setup.close() }
            try setup.executeScript("""
                    CREATE FUNCTION always_clash() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40P01'; END $$;
                    CREATE TRIGGER always_clash BEFORE INSERT ON followups FOR EACH ROW EXECUTE FUNCTION always_clash();
                    """)
            let response = try api.call(.post, "/api/followups", as: "manager", json: #"{"authority": "Somerset", "summary": "A workshop"}"#)
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers["Retry-After"] == "2")
            #expect(response.errorCode == "write_conflict")
            #expect(try api.withStore { try $0.followUps(of: "Somerset") }.isEmpty)
        }
    }

    @Test("a statement past the service's time limit: 503 statement_timeout with Retry-After, never a hang")
    func statementTimeout() throws {
        try TestDatabase.withMigrated { database in
            let setup = try database.connect()
            defer { setup.close() }
            try setup.executeScript("""
                CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(3); RETURN NEW; END $$;
                CREATE TRIGGER slow BEFORE INSERT ON authorities FOR EACH ROW EXECUTE FUNCTION slow();
                """)
            let secret = try Store(connection: setup, actor: "setup").createToken(user: "Maria", role: .manager).secret
            let stores = StorePool(conninfo: database.conninfo, size: 1, statementTimeout: .milliseconds(300))
            defer { stores.close() }
            let api = APIApplication(stores: stores, migrations: try TestDatabase.migrations(), version: "test")
            let request = try HTTPRequest(method: .post, target: "/api/authorities",
                                          headers: ["Authorization": "Bearer \(secret)", "Content-Type": "application/json"],
                                          body: Array(#"{"name": "Bury", "region": "north-west"}"#.utf8))
            let started = ContinuousClock.now
            let response = api.router.respond(to: request)
            #expect(ContinuousClock.now - started < .seconds(2))
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers["Retry-After"] == "2")
            #expect(response.bodyText.contains(#""code":"statement_timeout""#))
        }
    }
}
