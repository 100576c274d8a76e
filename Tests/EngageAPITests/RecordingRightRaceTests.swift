import EngageAPI
import EngageHTTP
import Foundation
import Postgres
import Synchronization
import Testing
import TestSupport

/// An officer's right to record on an authority (they lead it) is checked inside the change's
/// own transaction, under the authority's row lock: a reassignment that commits first always wins.
@Suite("API: an officer's right checked inside the write")
struct RecordingRightRaceTests {
    /// A response delivered from another thread.
    final class Pending: Sendable {
        let response = Mutex<HTTPResponse?>(nil)
        let done = DispatchSemaphore(value: 0)
    }

    /// Officer requests on Somerset, which Sam leads until the reassignment.
    static let requests: [(method: HTTPMethod, target: String, json: String)] = [
        (.post, "/api/followups", #"{"authority": "Somerset", "summary": "A workshop for the heads' forum"}"#),
        (.post, "/api/contacts", #"{"authority": "Somerset", "name": "Dana Cole", "role": "LSCB Manager"}"#),
        (.post, "/api/plans", #"{"authority": "Somerset", "statement": "voice", "action": "Hear the children", "owner": "Sam Jones", "due": "2199-01-01"}"#),
    ]

    @Test("Sam's change waits for a reassignment in flight, then is refused as it committed first", arguments: 0..<3)
    func reassignmentFirst(index: Int) throws {
        let (method, target, json) = Self.requests[index]
        try APIHarness.with { api in
            let manager = try api.database.connect(), watcher = try api.database.connect()
            defer { manager.close(); watcher.close() }
            try manager.executeScript("""
                BEGIN;
                UPDATE authorities SET lead_officer_id = (SELECT id FROM officers WHERE name = 'Ada Lovelace') WHERE name = 'Somerset'
                """)
            let request = try HTTPRequest(method: method, target: target,
                                          headers: ["Authorization": "Bearer \(api.tokens["sam"] ?? "")", "Content-Type": "application/json"],
                                          body: Array(json.utf8))
            let pending = Pending(), application = api.api
            Thread {
                let response = application.router.respond(to: request)
                pending.response.withLock { $0 = response }
                pending.done.signal()
            }.start()
            // Until Sam's change waits for Somerset's row lock (or has finished: the right was checked outside the lock).
            var waited = false
            for _ in 0..<100 where !waited {
                waited = try watcher.execute("""
                    SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                    """).singleRow().decode(at: 0, as: Int.self) > 0
                if pending.response.withLock({ $0 != nil }) { break }
                usleep(20_000)
            }
            try manager.executeScript("COMMIT")
            pending.done.wait()
            let response = pending.response.withLock { $0 }
            #expect(waited, "Sam's change did not wait for the reassignment's lock")
            #expect(response?.status == .forbidden, "\(target): \(response?.status.code ?? 0) \(response?.errorMessage ?? "")")
            #expect(response?.errorMessage == "Somerset is led by Ada Lovelace; an officer's token records only for the authorities that officer leads; ask a manager")
            let written = try watcher.execute("""
                SELECT (SELECT count(*) FROM followups) + (SELECT count(*) FROM contacts) + (SELECT count(*) FROM plan_actions)
                """).singleRow().decode(at: 0, as: Int.self)
            #expect(written == 0)
        }
    }

    @Test("Sam's change committed before the reassignment stands, and Ada may then record")
    func changeFirst() throws {
        try APIHarness.with { api throws in
            let (method, target, json) = Self.requests[0]
            #expect(try api.call(method, target, as: "sam", json: json).status == .created)
            #expect(try api.call(.post, "/api/authorities/Somerset/reassign", as: "manager", json: #"{"officer": "Ada Lovelace"}"#).status == .ok)
            #expect(try api.call(method, target, as: "sam", json: json).status == .forbidden)
            #expect(try api.call(method, target, as: "ada", json: json).status == .created)
        }
    }
}
