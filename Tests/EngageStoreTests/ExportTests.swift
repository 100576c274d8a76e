import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Exporting CSV, and importing it back")
struct ExportTests {
    private let kinds: [ImportKind] = [.authorities, .agencies, .activities, .followups]

    /// Exports every kind from `source`, imports the files in order into a new migrated database
    /// holding the same officers, exports again, and expects the same bytes.
    private func roundTrip(_ source: Store, _ probe: Connection) throws {
        let first = try kinds.map { try exportCSV(source, $0) }
        let officers = try probe.execute("SELECT name, region FROM officers ORDER BY id").map {
            (try $0.decode("name", as: String.self), try $0.decode("region", as: Region.self))
        }
        try withStore { target, _ in
            for (name, region) in officers { _ = try target.addOfficer(NewOfficer(name: name, region: region)) }
            for (kind, file) in zip(kinds, first) {
                let summary = try importCSV(target, kind, file)
                #expect(summary.refused == nil, "\(kind): \(summary.refused?.errors.map(\.description) ?? [])")
            }
            let second = try kinds.map { try exportCSV(target, $0) }
            for (kind, (before, after)) in zip(kinds, zip(first, second)) { #expect(before == after, "\(kind)") }
            // The reports built from what export carries come out the same on both sides.
            let scope = try ReportScope(today: Day.today(), timeZone: "UTC")
            #expect(try target.eventsReport(scope) == source.eventsReport(scope))
            #expect(try target.agenciesReport(scope) == source.agenciesReport(scope))
            #expect(try target.followUpsReport(scope) == source.followUpsReport(scope))
        }
    }

    @Test("Export, import into an empty database, export again: the same files, byte for byte")
    func roundTripRecorded() throws {
        try withStore { store, probe in
            try seedForImport(store)
            _ = try store.addAuthority(NewAuthority(name: "Bristol, City of", region: .southWest, profile: "Says \"yes\";\nmany academies"))
            let text = "authority,kind,date,sector,title,attendees,officer,planned,agencies,notes\n"
                + "Somerset,presentation,2014-03-01,,\"LSCB, board\",18,Sam Jones,,Somerset LSCB,\"two\nlines\"\n"
                + ",conference,2014-03-02,prisons,,250,Ann Lee,,,\n"
                + "Bury,workshop,2199-01-01,education,Booked,,Ann Lee,true,Bury LSCB,\n"
            #expect(try importCSV(store, .activities, text).summary?.added == 3)
            let open = try store.addFollowUp(NewFollowUp(authority: "Bury", summary: "A workshop", kind: .workshop,
                                                         openedOn: try Day.parse("2014-04-01"), today: Day.today()))
            _ = try store.addFollowUp(NewFollowUp(authority: "Somerset", summary: "Materials", openedOn: try Day.parse("2014-04-02"), today: Day.today()))
            _ = try store.completeFollowUp(id: open.id, outcome: "Booked for May", on: try Day.parse("2014-04-20"), today: Day.today())
            let exported = try exportCSV(store, .authorities)
            #expect(exported == "name,region,profile\n\"Bristol, City of\",south-west,\"Says \"\"yes\"\";\nmany academies\"\nBury,north-west,\nSomerset,south-west,\n")
            try roundTrip(store, probe)
        }
    }

    @Test("Records that agree in every natural-key column export, import into an empty database and export again unchanged")
    func sameNaturalKey() throws {
        try withStore { store, probe in
            try seedForImport(store)
            let today = Day.today(), day = try Day.parse("2014-03-01")
            // Two workshops at one authority on one day by one officer, no title, for different agencies.
            _ = try store.addActivity(NewActivity(scope: .authority("Somerset"), kind: .workshop, date: day, agencies: ["Somerset LSCB"],
                                                  officer: "Sam Jones", today: today))
            _ = try store.addActivity(NewActivity(scope: .authority("Somerset"), kind: .workshop, date: day, agencies: ["Somerset heads"],
                                                  newAgencyType: .schools, officer: "Sam Jones", today: today))
            // National activities on one day that differ only in sector.
            for sector in [Sector.prisons, .health] {
                _ = try store.addActivity(NewActivity(scope: .national, kind: .conference, date: day, sector: sector, officer: "Ann Lee", today: today))
            }
            // Follow-ups asked on one day in the same words, of different kinds.
            for kind in [FollowUp.Kind.workshop, .materials] {
                _ = try store.addFollowUp(NewFollowUp(authority: "Bury", summary: "More please", kind: kind, openedOn: day, today: today))
            }
            #expect(try rows(probe, "activities") == 4 && rows(probe, "followups") == 2)
            try roundTrip(store, probe)
            for kind in kinds {
                let again = try importCSV(store, kind, exportCSV(store, kind)).summary
                #expect(again?.added == 0 && again?.unchanged == again?.rows, "\(kind): importing its own export adds nothing")
            }
        }
    }

    @Test("The demo's records survive the round trip too")
    func roundTripDemo() throws {
        try withStore { store, probe in
            _ = try store.load(Seed.demo(workingDirectory: TestServer.repositoryRoot))
            try roundTrip(store, probe)
        }
    }

    @Test("JSON lines: one object per record, keys sorted, typed values")
    func json() throws {
        try withStore { store, probe in
            try seedForImport(store)
            let text = "authority,kind,date,sector,title,attendees,officer,planned,agencies,notes\n"
                + "Somerset,presentation,2014-03-01,,Board,18,Sam Jones,,Somerset LSCB,\n"
            _ = try importCSV(store, .activities, text)
            let ref = try probe.execute("SELECT ref::text FROM activities").singleRow().decode(at: 0, as: String.self)
            #expect(try exportCSV(store, .activities, format: .json) == #"""
                {"agencies":["Somerset LSCB"],"attendees":18,"authority":"Somerset","date":"2014-03-01","kind":"presentation","notes":null,"officer":"Sam Jones","planned":false,"ref":"\#(ref)","sector":null,"title":"Board"}

                """#)
            #expect(try exportCSV(store, .authorities, format: .json).split(separator: "\n").count == 2)
        }
    }

    @Test("A 100,000-row activities file imports in one go")
    func hundredThousand() throws {
        try withStore { store, probe in
            try seedForImport(store)
            var text = "authority,kind,date,sector,title,attendees,officer,planned,agencies,notes\n"
            text.reserveCapacity(9_000_000)
            for index in 0..<100_000 {
                let authority = index % 2 == 0 ? "Somerset" : "Bury"
                text += "\(authority),workshop,2014-0\(1 + index % 9)-1\(index % 10),education,Session \(index),\(index % 90),Ann Lee,,\(authority) LSCB,\n"
            }
            let summary = try importCSV(store, .activities, text).summary
            #expect(summary?.added == 100_000)
            #expect(try rows(probe, "activities") == 100_000 && rows(probe, "activity_agencies") == 100_000)
        }
    }
}
