import EngageCore
import Postgres
import Testing

/// A small hand-counted world for the report tests; the counts each test expects are worked out
/// in the comments here. The period under test is 2014-01-01 to 2014-03-31 ("P"), today 2014-06-30,
/// time zone UTC.
///
/// Officers: Ann (north-west, cap 1), Ben (south-west, cap 3); team cap 4.
/// Authorities: Alpha (NW, Ann, active stage 2), Beta (SW, Ben, active stage 3), Gamma (NW, lead Ann,
/// waitlisted, no activity), Delta (SW, signposted, no activity).
enum ReportFixture {
    static let period = (from: Day(year: 2014, month: 1, day: 1)!, to: Day(year: 2014, month: 3, day: 31)!)
    static let today = Day(year: 2014, month: 6, day: 30)!

    /// A scope over P (or the given period) as of `today`, in UTC.
    static func scope(from: Day? = period.from, to: Day? = period.to, region: Region? = nil, officer: String? = nil) throws -> ReportScope {
        try ReportScope(from: from, to: to, region: region, officer: officer, today: today, timeZone: "UTC")
    }

    /// Loads the fixture through `connection`.
    static func load(_ connection: Connection) throws {
        try connection.executeScript(people + history + recording + briefings + followUps)
    }

    private static let people = """
        UPDATE team_settings SET team_cap = 4;
        INSERT INTO officers (name, region, active_cap) VALUES ('Ann', 'north-west', 1), ('Ben', 'south-west', 3);
        INSERT INTO authorities (name, region, status, stage, lead_officer_id, signposted_to)
        VALUES ('Alpha', 'north-west', 'active', 2, (SELECT id FROM officers WHERE name = 'Ann'), NULL),
               ('Beta', 'south-west', 'active', 3, (SELECT id FROM officers WHERE name = 'Ben'), NULL),
               ('Gamma', 'north-west', 'waitlisted', NULL, (SELECT id FROM officers WHERE name = 'Ann'), NULL),
               ('Delta', 'south-west', 'signposted', NULL, NULL, 'Hidden Sentence trainers');
        """

    /// Stays: Alpha 1 (01-01 → 02-01, 31 days), Alpha 2 (02-01 → open, 149 days to today; the 02-15
    /// reassignment does not split it); Beta 1 (2013-11-20 → 01-10, 51), Beta 2 (01-10 → paused 03-10,
    /// 59), Beta 2 again (resumed 04-01 → 05-01, 30), Beta 3 (05-01 → open, 60).
    private static let history = """
        INSERT INTO stage_changes (authority_id, from_status, to_status, from_stage, to_stage, officer_id, changed_at, changed_by)
        SELECT a.id, NULL, v.status, NULL, v.stage, o.id, v.at::timestamptz, 'fixture'
        FROM (VALUES
            ('Alpha', 'prospect', NULL::smallint, NULL, '2013-12-01 09:00Z'),
            ('Alpha', 'requested', NULL, NULL, '2013-12-10 09:00Z'),
            ('Alpha', 'active', 1, 'Ann', '2014-01-01 10:00Z'),
            ('Alpha', 'active', 2, 'Ann', '2014-02-01 10:00Z'),
            ('Alpha', 'active', 2, 'Ann', '2014-02-15 10:00Z'),
            ('Beta', 'prospect', NULL, NULL, '2013-11-01 09:00Z'),
            ('Beta', 'active', 1, 'Ben', '2013-11-20 10:00Z'),
            ('Beta', 'active', 2, 'Ben', '2014-01-10 10:00Z'),
            ('Beta', 'paused', 2, 'Ben', '2014-03-10 10:00Z'),
            ('Beta', 'active', 2, 'Ben', '2014-04-01 10:00Z'),
            ('Beta', 'active', 3, 'Ben', '2014-05-01 10:00Z'),
            ('Gamma', 'prospect', NULL, NULL, '2014-03-05 09:00Z'),
            ('Gamma', 'waitlisted', NULL, NULL, '2014-03-15 09:00Z'),
            ('Delta', 'prospect', NULL, NULL, '2014-01-05 09:00Z'),
            ('Delta', 'requested', NULL, NULL, '2014-02-05 09:00Z'),
            ('Delta', 'signposted', NULL, NULL, '2014-02-20 09:00Z')
        ) AS v (authority, status, stage, officer, at)
        JOIN authorities a ON a.name = v.authority
        LEFT JOIN officers o ON o.name = v.officer;
        """

    /// Activities (P marked *): 1* Alpha presentation C&F Ann [LSCB]; 2* Alpha workshop education Ann
    /// [Schools]; 3 Alpha presentation education Ann 2014-05-01 [Police]; 4* Alpha presentation health
    /// Ben [Police]; 5* Beta stall no sector Ben [Health]; 6 Beta workshop prisons Ben PLANNED;
    /// 7* national delegate voluntary Ann; 8* national lecture other Ben on 03-31; 9 national update
    /// other Ann on 2013-12-31. Agencies reached_on: Alpha LSCB 01-10*, Alpha Police 2013-06-01,
    /// Beta Prison 02-01*.
    private static let recording = """
        INSERT INTO agencies (authority_id, name, type, identified_on, reached_on)
        SELECT a.id, v.name, v.type, DATE '2013-01-01', v.reached::date
        FROM (VALUES ('Alpha', 'Alpha LSCB', 'lscb', '2014-01-10'), ('Alpha', 'Alpha Schools', 'schools', NULL),
                     ('Alpha', 'Alpha Police', 'police', '2013-06-01'), ('Beta', 'Beta Prison', 'prison', '2014-02-01'),
                     ('Beta', 'Beta Health', 'health', NULL)) AS v (authority, name, type, reached)
        JOIN authorities a ON a.name = v.authority;
        WITH v (n, authority, on_date, kind, sector, officer, planned, agency) AS (VALUES
            (1, 'Alpha', DATE '2014-01-15', 'presentation', 'children-and-families', 'Ann', false, 'Alpha LSCB'),
            (2, 'Alpha', DATE '2014-02-10', 'workshop', 'education', 'Ann', false, 'Alpha Schools'),
            (3, 'Alpha', DATE '2014-05-01', 'presentation', 'education', 'Ann', false, 'Alpha Police'),
            (4, 'Alpha', DATE '2014-03-01', 'presentation', 'health', 'Ben', false, 'Alpha Police'),
            (5, 'Beta', DATE '2014-03-20', 'stall', NULL, 'Ben', false, 'Beta Health'),
            (6, 'Beta', DATE '2014-03-25', 'workshop', 'prisons', 'Ben', true, NULL),
            (7, NULL, DATE '2014-02-20', 'delegate', 'voluntary', 'Ann', false, NULL),
            (8, NULL, DATE '2014-03-31', 'lecture', 'other', 'Ben', false, NULL),
            (9, NULL, DATE '2013-12-31', 'update', 'other', 'Ann', false, NULL)
        ), added AS (
            INSERT INTO activities (kind, occurred_on, authority_id, sector, title, officer_id, planned)
            SELECT v.kind, v.on_date, a.id, v.sector, 'activity ' || v.n, o.id, v.planned
            FROM v LEFT JOIN authorities a ON a.name = v.authority JOIN officers o ON o.name = v.officer
            RETURNING id, title
        )
        INSERT INTO activity_agencies (activity_id, agency_id)
        SELECT added.id, g.id FROM added JOIN v ON 'activity ' || v.n = added.title JOIN agencies g ON g.name = v.agency;
        """

    /// Sendings: Alpha briefing (published 01-05*) to Alpha 01-07* and Alpha LSCB 01-20* by Ann; Schools
    /// briefing (published 2013-11-01) to Clinks 02-01* and 03-01*, Beta Prison 02-05*, Beta 04-15, by Ben.
    private static let briefings = """
        INSERT INTO briefings (title, kind, sector, published_on) VALUES
            ('Alpha briefing', 'locality', NULL, DATE '2014-01-05'), ('Schools briefing', 'sector', 'education', DATE '2013-11-01');
        INSERT INTO briefing_localities (briefing_id, authority_id)
        SELECT b.id, a.id FROM briefings b, authorities a WHERE b.title = 'Alpha briefing' AND a.name = 'Alpha';
        INSERT INTO networks (name) VALUES ('Clinks');
        INSERT INTO briefing_disseminations (briefing_id, authority_id, agency_id, network_id, sent_on, officer_id)
        SELECT b.id, a.id, g.id, n.id, v.sent, o.id
        FROM (VALUES ('Alpha briefing', 'Alpha', NULL, NULL, DATE '2014-01-07', 'Ann'),
                     ('Alpha briefing', NULL, 'Alpha LSCB', NULL, DATE '2014-01-20', 'Ann'),
                     ('Schools briefing', NULL, NULL, 'Clinks', DATE '2014-02-01', 'Ben'),
                     ('Schools briefing', NULL, NULL, 'Clinks', DATE '2014-03-01', 'Ben'),
                     ('Schools briefing', NULL, 'Beta Prison', NULL, DATE '2014-02-05', 'Ben'),
                     ('Schools briefing', 'Beta', NULL, NULL, DATE '2014-04-15', 'Ben')) AS v (briefing, authority, agency, network, sent, officer)
        JOIN briefings b ON b.title = v.briefing
        LEFT JOIN authorities a ON a.name = v.authority
        LEFT JOIN agencies g ON g.name = v.agency
        LEFT JOIN networks n ON n.name = v.network
        JOIN officers o ON o.name = v.officer;
        """

    /// F1 Alpha 01-20 → 02-19 (30 days)*; F2 Alpha 03-01 → 03-11 (10)*; F3 Beta 02-01*, open (149 days
    /// old); F4 Gamma 06-10, open (20); F5 Beta 2013-12-01 → 01-05* (35); F6 Alpha 05-15, open (46);
    /// F7 Delta 04-10, open (81); F8 Gamma 05-31, open (30: the edge of the youngest band).
    private static let followUps = """
        INSERT INTO followups (authority_id, request, opened_on, closed_on, outcome)
        SELECT a.id, v.request, v.opened, v.closed, CASE WHEN v.closed IS NOT NULL THEN 'done' END
        FROM (VALUES ('Alpha', 'F1', DATE '2014-01-20', DATE '2014-02-19'), ('Alpha', 'F2', DATE '2014-03-01', DATE '2014-03-11'),
                     ('Beta', 'F3', DATE '2014-02-01', NULL), ('Gamma', 'F4', DATE '2014-06-10', NULL),
                     ('Beta', 'F5', DATE '2013-12-01', DATE '2014-01-05'), ('Alpha', 'F6', DATE '2014-05-15', NULL),
                     ('Delta', 'F7', DATE '2014-04-10', NULL), ('Gamma', 'F8', DATE '2014-05-31', NULL)) AS v (authority, request, opened, closed)
        JOIN authorities a ON a.name = v.authority;
        """
}

@Suite("The report fixture")
struct ReportFixtureTests {
    @Test("loads into a migrated database as described")
    func loads() throws {
        try withStore { _, probe in
            try ReportFixture.load(probe)
            #expect(try count(probe, "SELECT count(*) FROM activities") == 9)
            #expect(try count(probe, "SELECT count(*) FROM stage_changes") == 16)
            #expect(try count(probe, "SELECT count(*) FROM briefing_disseminations") == 6)
        }
    }
}
