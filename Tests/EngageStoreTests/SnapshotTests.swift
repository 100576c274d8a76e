import EngageCore
import EngageStore
import Postgres
import TestSupport
import Testing

@Suite("Reads as of one moment")
struct SnapshotTests {
    @Test("Reads inside a snapshot do not see a change another connection commits between them; after it, they do")
    func oneMoment() throws {
        try withStore { store, probe in
            _ = try store.addAuthority(NewAuthority(name: "Bury", region: .northWest))
            let (before, during) = try store.snapshot { store in
                let before = try store.authorities().map(\.name)
                try probe.execute("INSERT INTO authorities (name, region) VALUES ('Wigan', 'north-west')")
                return (before, try store.authorities().map(\.name))
            }
            #expect(before == ["Bury"])
            #expect(during == ["Bury"], "the second read saw a change committed after the first")
            #expect(try store.authorities().map(\.name) == ["Bury", "Wigan"])
        }
    }

    @Test("A report and an overview inside a snapshot join it; a change inside one is refused and nothing is written")
    func nesting() throws {
        try withStore { store, probe in
            _ = try store.addAuthority(NewAuthority(name: "Bury", region: .northWest))
            let overview = try store.snapshot { store in
                _ = try store.summaryReport(try ReportScope(today: .today()))
                return try store.overview(of: "Bury")
            }
            #expect(overview.authority.name == "Bury")
            #expect(throws: (any Error).self) {
                try store.snapshot { store in _ = try store.addAuthority(NewAuthority(name: "Wigan", region: .northWest)) }
            }
            #expect(try count(probe, "SELECT count(*) FROM authorities") == 1)
            #expect(try store.authorities().count == 1, "the store's connection is usable after the refusal")
        }
    }
}
