import EngageCore
import EngageRendering
import EngageStore
import Foundation
import Testing

/// `JSONOutput.data` writes its own JSON (for speed); it must say exactly what `JSONEncoder`
/// with the same settings says.
@Suite("Compact JSON: the service's encoder against JSONEncoder")
struct CompactJSONTests {
    /// Both of `JSONOutput`'s forms: the compact one and the pretty one.
    private func expectSame<Value: Encodable>(_ value: Value, _ label: String) throws {
        let fast = String(decoding: try JSONOutput.data(value), as: UTF8.self)
        let reference = String(decoding: try JSONOutput.referenceData(value), as: UTF8.self)
        #expect(fast == reference, "\(label)")
        #expect(try JSONOutput.render(value) == JSONOutput.referenceRender(value), "\(label), pretty-printed")
    }

    @Test("every kind of record the store answers encodes byte for byte as JSONEncoder encodes it")
    func storeRecords() throws {
        try APIHarness.with { api in
            try api.withStore { store in
                _ = try store.addAgency(try NewAgency(authority: "Somerset", name: "Somerset LSCB", type: .lscb,
                                                      identifiedOn: .today(), today: .today()))
                _ = try store.addActivity(try NewActivity(scope: .authority("Somerset"), kind: .presentation, date: .today(),
                                                          agencies: ["Somerset LSCB"], attendees: 12, title: "Board \"away\" day\n/ notes",
                                                          today: .today()))
                _ = try store.addFollowUp(try NewFollowUp(authority: "Somerset", summary: "Handbooks", openedOn: .today().adding(days: -40),
                                                          today: .today()))
                let scope = try ReportScope(today: .today(), timeZone: "UTC")
                try expectSame(try store.authorities(), "authorities")
                try expectSame(try store.overview(of: "Somerset"), "overview")
                try expectSame(try store.history("Somerset"), "history")
                try expectSame(try store.workload(), "workload")
                try expectSame(try store.openFollowUps(FollowUp.Filter(today: .today())).map { AwaitingFollowUp($0, today: .today()) }, "follow-ups")
                try expectSame(try store.tokens(), "tokens")
                try expectSame(try store.agencies(), "agencies")
                try expectSame(try store.officers(), "officers")
                try expectSame(try store.summaryReport(scope), "summary report")
                try expectSame(try store.eventsReport(scope), "events report")
                try expectSame(try store.funnelReport(scope), "funnel report")
                try expectSame(try store.followUpsReport(scope), "follow-ups report")
                try expectSame(try store.capacityReport(scope), "capacity report")
                try expectSame(try store.reassign("Somerset", to: "Ada Lovelace"), "transition")
            }
        }
    }

    private struct Sample: Encodable {
        let camelCaseKey = "ascii \"quoted\" \\ back/slash \u{1} control\ttab\nline é ✓"
        let myURLValue = URL(string: "https://example.org/a?b=c")
        let numbers: [Double] = [0, 1.5, 2, -0.25, 1e20, 0.1]
        let integers: [Int64] = [0, -1, .max]
        let bytes: [UInt8] = [0, 255]
        let optionals: [Int?] = [1, nil]
        let absent: String? = nil
        let present: String? = "here"
        let dictionary: [String: Int] = ["keepsCamelCase": 1, "b": 2]
        let decimal = Decimal(string: "12.50")
        let dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_700_000_000.75), Date(timeIntervalSince1970: -86_401)]
        let days0To30 = 3
        let nested = [["a": [true, false]]]
        let empty: [String] = []
    }

    @Test("strings, numbers, dates, optionals, dictionaries and key conversion match JSONEncoder")
    func primitives() throws {
        try expectSame(Sample(), "sample")
        try expectSame([Sample(), Sample()], "array of samples")
        try expectSame("top-level string", "string")
        try expectSame(42, "integer")
    }

    @Test("records that write themselves (the follow-ups list) write what JSONEncoder writes, every optional set or not")
    func writtenRecords() throws {
        let today = try #require(Day(year: 2026, month: 12, day: 5))
        let early = try #require(Day(year: 1900, month: 1, day: 9))
        let bare = FollowUp(id: 1, authority: "Bury", region: .northWest, authorityStatus: .prospect, leadOfficer: nil,
                            summary: "Handbooks", kind: .materials, contactId: nil, openedOn: today, dueOn: nil, closedOn: nil, outcome: nil)
        let full = FollowUp(id: -9_223_372_036_854_775_807, authority: "St \"Helens\" \\ / Ł", region: .london, authorityStatus: .completed,
                            leadOfficer: "Jo\tWhitfield\u{1}", summary: "Line\nbreak é ✓", kind: .other, contactId: 42,
                            openedOn: early, dueOn: today, closedOn: today, outcome: "sent")
        let open = PlanAction(id: 3, authority: "Bury", region: .northWest, leadOfficer: nil, statement: "multi-agency",
                              action: "Map the agencies", owner: "Ann Contact", ownerKind: .contact, ownerContactId: nil,
                              dueOn: early, status: .open, closedOn: nil, dropReason: nil)
        let dropped = PlanAction(id: 4, authority: "Bury", region: .northWest, leadOfficer: "Sam Lee", statement: "training",
                                 action: "Run \"it\"", owner: "Sam Lee", ownerKind: .officer, ownerContactId: 7,
                                 dueOn: today, status: .dropped, closedOn: today, dropReason: "No longer needed")
        for followUp in [bare, full] {
            try expectSame(followUp, "follow-up \(followUp.id)")
            try expectSame(AwaitingFollowUp(followUp, today: today), "awaiting follow-up \(followUp.id)")
        }
        for action in [open, dropped] {
            try expectSame(action, "plan action \(action.id)")
            try expectSame(AwaitingAction(action, today: today), "awaiting action \(action.id)")
        }
        let items = AwaitingItem.byDueDate(followUps: [bare, full].map { AwaitingFollowUp($0, today: today) },
                                           actions: [open, dropped], today: today)
        try expectSame(items, "awaiting items")
        try expectSame([AwaitingItem](), "no items")
    }

    @Test("the writer puts commas between members and elements, and none after nested values")
    func writerPunctuation() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.beginObject()
        writer.member("a", 1)
        writer.key("b")
        writer.beginArray()
        writer.value(true)
        writer.null()
        writer.endArray()
        writer.member("c", Int64(-120))
        writer.endObject()
        writer.beginObject()
        writer.endObject()
        writer.value("x")
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"[{"a":1,"b":[true,null],"c":-120},{},"x"]"#)
    }

    @Test("a non-finite number is refused, as JSONEncoder refuses it")
    func nonFinite() {
        #expect(throws: EncodingError.self) { try JSONOutput.data([Double.nan]) }
    }
}
