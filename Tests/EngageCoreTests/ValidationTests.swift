import EngageCore
import Testing

@Suite("Validating names, caps and new records")
struct ValidationTests {
    @Test("Names are trimmed; empty, multi-line and overlong names are refused")
    func names() throws {
        #expect(try DisplayName.validated("  Somerset\t", of: "authority") == "Somerset")
        #expect(throws: EngageError.self) { try DisplayName.validated(" \n ", of: "authority") }
        #expect(throws: EngageError.self) { try DisplayName.validated("Bury\nSefton", of: "authority") }
        #expect(throws: EngageError.self) { try DisplayName.validated(String(repeating: "x", count: 201), of: "authority") }
        #expect(try DisplayName.validated(String(repeating: "x", count: 200), of: "authority").count == 200)
    }

    @Test("A cap must lie between 0 and 50", arguments: [(-1, false), (0, true), (4, true), (50, true), (51, false)])
    func caps(cap: Int, accepted: Bool) {
        let valid = (try? Officer.validatedCap(cap)) != nil
        #expect(valid == accepted)
    }

    @Test("A new officer gets the default cap of 4; a new authority drops a blank profile")
    func newRecords() throws {
        #expect(try NewOfficer(name: "Sam", region: .northWest).activeCap == 4)
        #expect(try NewAuthority(name: "Bury", region: .northWest, profile: "   ").profile == nil)
        #expect(try NewAuthority(name: "Bury", region: .northWest, profile: " prison nearby ").profile == "prison nearby")
    }

    @Test("Statuses parse in any case; unknown ones are refused with the list")
    func statuses() throws {
        #expect(try AuthorityStatus.parse("Active") == .active)
        #expect(throws: EngageError.self) { try AuthorityStatus.parse("done") }
    }

    @Test("A refusal prints as one line: message, then hint")
    func refusalLine() {
        #expect(EngageError(.notFound, "no officer named 'X'", hint: "see 'engage officer list'").description
                == "no officer named 'X'; see 'engage officer list'")
        #expect(EngageError(.invalid, "bad").description == "bad")
    }
}
