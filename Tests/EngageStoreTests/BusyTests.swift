import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

/// Writes that meet serialization failures or deadlocks are retried by the store's one write
/// path, then reported as busy; a statement past the session's time limit is busy too. The
/// failures are forced by a trigger that counts its calls with a sequence (which a rollback does
/// not undo).
@Suite("Busy database: retries, conflicts, statement time limit")
struct BusyTests {
    /// A trigger on follow-ups raising `state` on its first `failures` calls.
    static func failInserts(_ connection: Connection, state: String, failures: Int) throws {
        try connection.executeScript("""
            CREATE SEQUENCE forced_failures;
            CREATE FUNCTION force_failure() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('forced_failures') <= \(failures) THEN
                    RAISE EXCEPTION 'forced failure' USING ERRCODE = '\(state)';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER force_failure BEFORE INSERT ON followups FOR EACH ROW EXECUTE FUNCTION force_failure();
            """)
    }

    private static func request(today: Day = Day.today()) throws -> NewFollowUp {
        try NewFollowUp(authority: "Bury", summary: "Workshop for schools", openedOn: today, today: today)
    }

    private static func attempts(_ connection: Connection) throws -> Int {
        try connection.execute("SELECT last_value FROM forced_failures").singleRow().decode(at: 0, as: Int.self)
    }

    @Test("A serialization failure or deadlock is retried, and the write lands once", arguments: ["40001", "40P01"])
    func retried(state: String) throws {
        try withStore { store, probe in
            _ = try store.addAuthority(try NewAuthority(name: "Bury", region: .northWest))
            try Self.failInserts(probe, state: state, failures: 2)
            _ = try store.addFollowUp(try Self.request())
            #expect(try Self.attempts(probe) == 3)
            #expect(try count(probe, "SELECT count(*) FROM followups") == 1)
            #expect(try count(probe, "SELECT count(*) FROM audit_log WHERE action LIKE 'followup.%'") == 1)
        }
    }

    @Test("A write that clashes on every attempt is busy, after a bounded number of tries, and changes nothing",
          arguments: ["40001", "40P01"])
    func exhausted(state: String) throws {
        try withStore { store, probe in
            _ = try store.addAuthority(try NewAuthority(name: "Bury", region: .northWest))
            try Self.failInserts(probe, state: state, failures: 1_000)
            #expect(throws: DatabaseBusy(cause: .conflict(attempts: 4))) { try store.addFollowUp(try Self.request()) }
            #expect(try Self.attempts(probe) == 4)
            #expect(try count(probe, "SELECT count(*) FROM followups") == 0)
        }
    }

    @Test("Other refusals are not retried")
    func notRetried() throws {
        try withStore { store, probe in
            _ = try store.addAuthority(try NewAuthority(name: "Bury", region: .northWest))
            try Self.failInserts(probe, state: "23514", failures: 1_000)
            #expect(throws: EngageError.self) { try store.addFollowUp(try Self.request()) }
            #expect(try Self.attempts(probe) == 1)
        }
    }

    @Test("A statement past the pool's time limit is cancelled and reported busy; the connection serves on")
    func statementTimeout() throws {
        try TestDatabase.withMigrated { database in
            let stores = StorePool(conninfo: database.conninfo, size: 1, statementTimeout: .milliseconds(200))
            defer { stores.close() }
            let setup = try database.connect()
            defer { setup.close() }
            try setup.executeScript("""
                CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_sleep(2); RETURN NEW; END $$;
                CREATE TRIGGER slow_insert BEFORE INSERT ON authorities FOR EACH ROW EXECUTE FUNCTION slow_insert();
                """)
            let started = ContinuousClock.now
            #expect(throws: DatabaseBusy(cause: .statementTimeout)) {
                try stores.withStore(actor: "t") { try $0.addAuthority(try NewAuthority(name: "Bury", region: .northWest)) }
            }
            #expect(ContinuousClock.now - started < .seconds(1.5))
            #expect(try stores.withStore(actor: "t") { try $0.authorities() }.isEmpty)
        }
    }
}
