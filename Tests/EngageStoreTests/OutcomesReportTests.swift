import EngageCore
import EngageStore
import Postgres
import Testing

/// A small hand-counted world for the outcomes report. The period under test is 2014-01-01 to
/// 2014-06-30 ("P"), today 2014-12-31, time zone UTC. Changes are latest − first.
///
/// Officers Ann (NW), Ben (SW). Authorities and their ratings (P marked *):
/// - Rise (NW, Ann): 01-10* awareness 1, voice 2, stigma 3; 03-01* awareness 2; 05-01* awareness 3,
///   voice 4 → awareness +2, voice +2; stigma rated once, not counted.
/// - Fall (SW, Ben): 02-01* awareness 4, voice 3; 04-01* (first id) awareness 2, voice 2; 04-01* (later
///   id) awareness 3 → awareness −1 (the later id on the same day is the latest), voice −1.
/// - Stay (NW, Ben): 01-20* awareness 2; 06-30* awareness 2 (last day, included); 07-01 awareness 4
///   (outside) → awareness 0 in P, +2 all time.
/// - Single (SW, Ann): 02-10* awareness 3 → counts in nothing.
/// - Outside (NW, Ann): 2013-12-31 awareness 1; 03-10* awareness 3 → nothing in P, +2 all time.
/// - Done1 (SW, Ann, completed 05-15*): 02-01* awareness 2, nothing since → in the evidence gap.
/// - Done2 (NW, Ben, completed 04-10*): 01-05* evidence 1; 04-10* evidence 3 (on the day: not a gap)
///   → evidence +2.
/// - Done3 (NW, no lead, completed 2013-11-01): no assessment → in the gap for all time only.
/// - Reopened (SW, Ben, completed 02-01*, active again 03-01): no assessment, not completed now → no gap.
/// - Done4 (SW, Ben, completed 01-15*, active again 02-01, completed again 06-01*): no assessment → in
///   the gap once, as of 06-01 (its latest completion); not in a period ending before 06-01.
///
/// P: awareness 3 counted (Rise +2, Fall −1, Stay 0): 1 rose, 1 stayed, 1 fell, median 0; voice 2
/// (+2, −1): median 0.5; evidence 1 (+2); the rest 0 with no median. Gap: Done1, Done4.
/// All time: awareness 4 (+2, −1, +2, +2): 3 rose, 1 fell, median 2. Gap: Done3, Done1, Done4.
/// NW in P: awareness 2 (+2, 0), median 1; voice 1 (+2); evidence 1. Gap: none.
/// Ben in P: awareness 2 (−1, 0), median −0.5; voice 1 (−1); evidence 1. Gap: Done4. Ann: gap Done1.
enum OutcomesFixture {
    static let period = (from: Day(year: 2014, month: 1, day: 1)!, to: Day(year: 2014, month: 6, day: 30)!)
    static let today = Day(year: 2014, month: 12, day: 31)!

    /// A scope over P (or the given period) as of `today`, in UTC.
    static func scope(from: Day? = period.from, to: Day? = period.to, region: Region? = nil, officer: String? = nil) throws -> ReportScope {
        try ReportScope(from: from, to: to, region: region, officer: officer, today: today, timeZone: "UTC")
    }

    /// Assessments in insertion (id) order: authority, date, ratings.
    private static let assessments: [(String, String, [(String, Int)])] = [
        ("Outside", "2013-12-31", [("awareness", 1)]),
        ("Done2", "2014-01-05", [("evidence", 1)]),
        ("Rise", "2014-01-10", [("awareness", 1), ("voice", 2), ("stigma", 3)]),
        ("Stay", "2014-01-20", [("awareness", 2)]),
        ("Fall", "2014-02-01", [("awareness", 4), ("voice", 3)]),
        ("Done1", "2014-02-01", [("awareness", 2)]),
        ("Single", "2014-02-10", [("awareness", 3)]),
        ("Rise", "2014-03-01", [("awareness", 2)]),
        ("Outside", "2014-03-10", [("awareness", 3)]),
        ("Fall", "2014-04-01", [("awareness", 2), ("voice", 2)]),
        ("Fall", "2014-04-01", [("awareness", 3)]),
        ("Done2", "2014-04-10", [("evidence", 3)]),
        ("Rise", "2014-05-01", [("awareness", 3), ("voice", 4)]),
        ("Stay", "2014-06-30", [("awareness", 2)]),
        ("Stay", "2014-07-01", [("awareness", 4)]),
    ]

    /// Loads the fixture through `connection`, one statement per assessment so ids follow the list.
    static func load(_ connection: Connection) throws {
        let ratings = assessments.map { authority, day, ratings in
            let values = ratings.map { "('\($0.0)', \($0.1))" }.joined(separator: ", ")
            return """
                WITH x AS (INSERT INTO assessments (authority_id, assessed_on)
                           SELECT id, DATE '\(day)' FROM authorities WHERE name = '\(authority)' RETURNING id)
                INSERT INTO assessment_ratings (assessment_id, statement_key, rating)
                SELECT x.id, v.k, v.r FROM x, (VALUES \(values)) AS v (k, r);

                """
        }.joined()
        try connection.executeScript(people + history + ratings)
    }

    private static let people = """
        UPDATE team_settings SET team_cap = 20;
        INSERT INTO officers (name, region, active_cap) VALUES ('Ann', 'north-west', 10), ('Ben', 'south-west', 10);
        INSERT INTO authorities (name, region, status, stage, lead_officer_id)
        SELECT v.name, v.region, v.status, v.stage, o.id
        FROM (VALUES ('Rise', 'north-west', 'active', 3::smallint, 'Ann'), ('Fall', 'south-west', 'active', 3, 'Ben'),
                     ('Stay', 'north-west', 'active', 2, 'Ben'), ('Single', 'south-west', 'active', 1, 'Ann'),
                     ('Outside', 'north-west', 'active', 2, 'Ann'), ('Done1', 'south-west', 'completed', 4, 'Ann'),
                     ('Done2', 'north-west', 'completed', 4, 'Ben'), ('Done3', 'north-west', 'completed', 4, NULL),
                     ('Reopened', 'south-west', 'active', 4, 'Ben'), ('Done4', 'south-west', 'completed', 4, 'Ben')) AS v (name, region, status, stage, officer)
        LEFT JOIN officers o ON o.name = v.officer;
        """

    private static let history = """
        INSERT INTO stage_changes (authority_id, from_status, to_status, from_stage, to_stage, changed_at, changed_by)
        SELECT a.id, NULL, v.status, NULL, v.stage, v.at::timestamptz, 'fixture'
        FROM (VALUES
            ('Done1', 'active', 4::smallint, '2014-03-01 10:00Z'),
            ('Done1', 'completed', 4, '2014-05-15 10:00Z'),
            ('Done2', 'active', 4, '2014-02-01 10:00Z'),
            ('Done2', 'completed', 4, '2014-04-10 10:00Z'),
            ('Done3', 'active', 4, '2013-09-01 10:00Z'),
            ('Done3', 'completed', 4, '2013-11-01 10:00Z'),
            ('Reopened', 'active', 4, '2014-01-10 10:00Z'),
            ('Reopened', 'completed', 4, '2014-02-01 10:00Z'),
            ('Reopened', 'active', 4, '2014-03-01 10:00Z'),
            ('Done4', 'active', 4, '2014-01-01 10:00Z'),
            ('Done4', 'completed', 4, '2014-01-15 10:00Z'),
            ('Done4', 'active', 4, '2014-02-01 10:00Z'),
            ('Done4', 'completed', 4, '2014-06-01 10:00Z')
        ) AS v (authority, status, stage, at)
        JOIN authorities a ON a.name = v.authority;
        """
}

@Suite("The outcomes report counts movement on each statement, and the evidence gap")
struct OutcomesReportTests {
    private func withFixture(_ body: (Store) throws -> Void) throws {
        try withStore { store, probe in
            try OutcomesFixture.load(probe)
            try body(store)
        }
    }

    private typealias Counts = (authorities: Int, rose: Int, stayed: Int, fell: Int, median: Double?)

    private func counts(_ report: OutcomesReport, _ key: String) -> Counts? {
        report.statement(key).map { ($0.authorities, $0.rose, $0.stayed, $0.fell, $0.medianChange) }
    }

    private func expect(_ report: OutcomesReport, _ key: String, _ expected: Counts, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = counts(report, key)
        #expect(actual?.authorities == expected.authorities && actual?.rose == expected.rose && actual?.stayed == expected.stayed
                    && actual?.fell == expected.fell && actual?.median == expected.median,
                "\(key): \(String(describing: actual)) != \(expected)", sourceLocation: sourceLocation)
    }

    @Test("In the period: first against latest of two or more ratings, by date then id; medians; every statement in order")
    func period() throws {
        try withFixture { store in
            let report = try store.outcomesReport(try OutcomesFixture.scope())
            #expect(report.statements.map(\.statement)
                    == ["awareness", "identification", "voice", "multi-agency", "cjs-stages", "support", "stigma", "evidence"])
            #expect(report.statement("voice")?.title == "Children's voice and rights")
            expect(report, "awareness", (3, 1, 1, 1, 0))
            expect(report, "voice", (2, 1, 0, 1, 0.5))
            expect(report, "evidence", (1, 1, 0, 0, 2))
            expect(report, "stigma", (0, 0, 0, 0, nil))
            expect(report, "identification", (0, 0, 0, 0, nil))
        }
    }

    @Test("All time counts the ratings outside the period too")
    func allTime() throws {
        try withFixture { store in
            let report = try store.outcomesReport(try OutcomesFixture.scope(from: nil, to: nil))
            expect(report, "awareness", (4, 3, 0, 1, 2))
            expect(report, "voice", (2, 1, 0, 1, 0.5))
            let fromApril = try store.outcomesReport(try OutcomesFixture.scope(from: Day(year: 2014, month: 4, day: 1)!, to: nil))
            // Fall 2 → 3 on 04-01 (+1), Stay 2 → 4 (+2); Rise has one rating from April.
            expect(fromApril, "awareness", (2, 2, 0, 0, 1.5))
        }
    }

    @Test("Region and officer keep the authorities in that region, led by that officer now")
    func filters() throws {
        try withFixture { store in
            let north = try store.outcomesReport(try OutcomesFixture.scope(region: .northWest))
            expect(north, "awareness", (2, 1, 1, 0, 1))
            expect(north, "voice", (1, 1, 0, 0, 2))
            expect(north, "evidence", (1, 1, 0, 0, 2))
            #expect(north.evidenceGap.isEmpty)
            let ben = try store.outcomesReport(try OutcomesFixture.scope(officer: "ben"))
            expect(ben, "awareness", (2, 0, 1, 1, -0.5))
            expect(ben, "voice", (1, 0, 0, 1, -1))
            #expect(ben.evidenceGap.map(\.authority) == ["Done4"])
            let ann = try store.outcomesReport(try OutcomesFixture.scope(officer: "Ann"))
            expect(ann, "awareness", (1, 1, 0, 0, 2))
            #expect(ann.evidenceGap.map(\.authority) == ["Done1"])
            let south = try store.outcomesReport(try OutcomesFixture.scope(region: .southWest))
            #expect(south.evidenceGap.map(\.authority) == ["Done1", "Done4"])
            let error = engageError { _ = try store.outcomesReport(try OutcomesFixture.scope(officer: "Nobody")) }
            #expect(error?.kind == .notFound)
        }
    }

    @Test("Evidence gap: completed now, completion in the period, no assessment on or after that day")
    func evidenceGap() throws {
        try withFixture { store in
            let report = try store.outcomesReport(try OutcomesFixture.scope())
            #expect(report.evidenceGap == [.init(authority: "Done1", region: .southWest, officer: "Ann",
                                                 completedOn: Day(year: 2014, month: 5, day: 15)!),
                                           .init(authority: "Done4", region: .southWest, officer: "Ben",
                                                 completedOn: Day(year: 2014, month: 6, day: 1)!)])
            let all = try store.outcomesReport(try OutcomesFixture.scope(from: nil, to: nil))
            #expect(all.evidenceGap == [.init(authority: "Done3", region: .northWest, officer: nil, completedOn: Day(year: 2013, month: 11, day: 1)!),
                                        .init(authority: "Done1", region: .southWest, officer: "Ann", completedOn: Day(year: 2014, month: 5, day: 15)!),
                                        .init(authority: "Done4", region: .southWest, officer: "Ben", completedOn: Day(year: 2014, month: 6, day: 1)!)])
            let before = try store.outcomesReport(try OutcomesFixture.scope(to: Day(year: 2014, month: 5, day: 14)!))
            #expect(before.evidenceGap.isEmpty)
        }
    }
}
