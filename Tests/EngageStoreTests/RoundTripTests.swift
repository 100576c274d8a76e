import EngageCore
import EngageStore
import Foundation
import Postgres
import TestSupport
import Testing

/// Generated records through export and import (issue 14): whatever the write paths accept,
/// an export restores into an empty database, byte for byte.
///
/// The reports compared are those built only from what export carries: events (activities:
/// kind, sector, date, planned, officer by name, authority's region), agencies (activities and
/// the agencies they reached, agencies' reached_on) and follow-ups (follow-ups, and activities
/// for "engaged"), and the summary (all of these; its briefing counts are zero on both sides,
/// since the generator makes no briefings). Agencies, follow-ups and summary are compared without
/// `--officer`: there it means the authority's lead officer, which export leaves out (imported
/// authorities are prospects). Funnel and capacity read the status and stage history, which no
/// export carries; briefings and outcomes read briefings and assessments, which are not exported.
@Suite("Generated records survive export and import")
struct RoundTripTests {
    private let kinds: [ImportKind] = [.authorities, .agencies, .activities, .followups]

    @Test("Random valid records of every kind: export, import into an empty database, export again: the same files and reports")
    func generated() throws {
        let settings = try RoundTripSettings(environment: ProcessInfo.processInfo.environment)
        let today = Day.today()
        do {
            try withStore { source, probe in
                var generator = RecordGenerator(seed: settings.seed, records: settings.records, today: today)
                try generator.fill(source)
                #expect(generator.unlinkedByErasure > 0, "some follow-ups came from contacts erased since; \(settings)")
                try expectAwkwardCases(probe, settings)
                let files = try kinds.map { try exportCSV(source, $0) }
                try withStore { target, _ in
                    for name in generator.officerNames {
                        let officer = try source.officer(named: name)
                        _ = try target.addOfficer(NewOfficer(name: officer.name, region: officer.region, activeCap: officer.activeCap))
                    }
                    try importAll(files, into: target, expecting: probe, today: today, settings)
                    let again = try kinds.map { try exportCSV(target, $0) }
                    for (kind, (before, after)) in zip(kinds, zip(files, again)) {
                        let same = before == after  // not in #expect, which would print both files whole
                        #expect(same, "\(kind): \(firstDifference(before, after)); \(settings)")
                    }
                    try expectSameReports(source, target, officer: generator.officerNames[0], today: today, settings)
                    for (kind, file) in zip(kinds, again) {
                        let summary = try importCSV(target, kind, file, today: today).summary
                        #expect(summary?.added == 0 && summary?.unchanged == summary?.rows, "\(kind) imported again; \(settings)")
                    }
                }
            }
        } catch {
            Issue.record(error, "\(settings)")
        }
    }

    /// Imports the files in order, expecting each to add exactly the source's records.
    private func importAll(_ files: [String], into target: Store, expecting source: Connection, today: Day,
                           _ settings: RoundTripSettings) throws {
        for (kind, file) in zip(kinds, files) {
            let outcome = try importCSV(target, kind, file, today: today)
            let problems = outcome.refused?.errors.prefix(5).map(\.description).joined(separator: " | ") ?? ""
            #expect(outcome.refused == nil, "\(kind): \(problems); \(settings)")
            #expect(try outcome.summary?.added == rows(source, kind.rawValue), "\(kind); \(settings)")
        }
    }

    /// The source holds every case a natural key cannot tell apart, so the run tests them.
    private func expectAwkwardCases(_ probe: Connection, _ settings: RoundTripSettings) throws {
        let cases: [(String, Query)] = [
            ("untitled activities of one kind on one day by one officer", """
                SELECT count(*) FROM (SELECT FROM activities WHERE title IS NULL AND authority_id IS NOT NULL
                                      GROUP BY authority_id, kind, occurred_on, officer_id HAVING count(*) > 1) d
                """),
            ("national activities on one day differing only in sector", """
                SELECT count(*) FROM (SELECT FROM activities WHERE authority_id IS NULL
                                      GROUP BY kind, occurred_on, title, officer_id HAVING count(DISTINCT sector) > 1) d
                """),
            ("activities alike in every column (their agencies aside)", """
                SELECT count(*) FROM (SELECT FROM activities GROUP BY authority_id, kind, occurred_on, sector, title, attendees,
                                      officer_id, planned, notes HAVING count(*) > 1) d
                """),
            ("follow-ups asked on one day in the same words, of different kinds", """
                SELECT count(*) FROM (SELECT FROM followups GROUP BY authority_id, opened_on, request HAVING count(DISTINCT kind) > 1) d
                """),
            ("closed follow-ups", "SELECT count(*) FROM followups WHERE closed_on IS NOT NULL"),
            ("planned activities", "SELECT count(*) FROM activities WHERE planned"),
            ("names beyond ASCII", "SELECT count(*) FROM authorities WHERE name LIKE 'Łódź%' OR name LIKE '%☕%'"),
        ]
        for (what, query) in cases {
            #expect(try count(probe, query) > 0, "the source has no \(what); \(settings)")
        }
    }

    /// Each report built only from exported data is the same on both sides, over a few scopes.
    private func expectSameReports(_ source: Store, _ target: Store, officer: String, today: Day,
                                   _ settings: RoundTripSettings) throws {
        let region = try source.authorities().first?.region
        let scopes = [try ReportScope(today: today), try ReportScope(from: today.adding(days: -400), to: today.adding(days: -60), today: today),
                      try ReportScope(region: region, today: today)]
        for scope in scopes + [try ReportScope(officer: officer, today: today)] {
            #expect(try target.eventsReport(scope) == source.eventsReport(scope), "events, \(scope.headline); \(settings)")
        }
        for scope in scopes {
            #expect(try target.agenciesReport(scope) == source.agenciesReport(scope), "agencies, \(scope.headline); \(settings)")
            #expect(try target.followUpsReport(scope) == source.followUpsReport(scope), "follow-ups, \(scope.headline); \(settings)")
            #expect(try target.summaryReport(scope) == source.summaryReport(scope), "summary, \(scope.headline); \(settings)")
        }
    }

    /// Where two texts first differ, by line, quoting both lines.
    private func firstDifference(_ before: String, _ after: String) -> String {
        let (old, new) = (before.split(separator: "\n", omittingEmptySubsequences: false),
                          after.split(separator: "\n", omittingEmptySubsequences: false))
        guard let line = old.indices.first(where: { $0 >= new.count || old[$0] != new[$0] }), line < new.count else {
            return old.count == new.count ? "the same" : "\(old.count) lines before, \(new.count) after"
        }
        return "line \(line + 1) was \(String(reflecting: String(old[line]))), is \(String(reflecting: String(new[line])))"
    }
}
