import EngageCore
import Postgres

/// A small world with known figures for the report pages, dated from today (the board reckons
/// from the service's today), with hostile names: an officer, an authority and a Quality
/// Statement's title hold markup, ampersands and quotes.
///
/// Officers: the hostile one (north-west, cap 2), Ben (south-west, cap 3); team cap 5.
/// Authorities: the hostile Alpha (NW, hostile officer, active stage 2 since T-60, stage 1 from
/// T-100), Beta (SW, Ben, active stage 1 since T-40), Gamma (NW, waitlisted).
/// Events: education × presentation 1 and × workshop 1 (Alpha), health × presentation 1 (Beta),
/// no sector × stall 1 (Beta).
/// Follow-ups open now: F1 Alpha 10 days old, due T-2 (overdue); F2 Beta 45 days, due T+10;
/// F3 Alpha 100 days, due T-50 (overdue); F4 Beta closed.
/// Outcomes: awareness (hostile title) rose for Alpha (1 → 3) and stayed for Beta (2 → 2).
enum ReportPagesFixture {
    static let officer = #"O'Neil <i>&amp; "Co"</i>"#
    static let authority = #"Alpha <script>alert("x")</script> & 'co'"#
    static let statementTitle = #"Awareness <b>&</b> "quotes" 'too'"#

    /// Loads the fixture through `connection`, its days counted back from `today`.
    static func load(_ connection: Connection, today: Day = Day.today()) throws {
        func day(_ offset: Int) -> String { "DATE '\(today.adding(days: offset))'" }
        func at(_ offset: Int) -> String { "TIMESTAMPTZ '\(today.adding(days: offset)) 12:00Z'" }
        let officer = sql(Self.officer), authority = sql(Self.authority)
        try connection.executeScript("""
            UPDATE team_settings SET team_cap = 5;
            UPDATE quality_statements SET title = \(sql(statementTitle)) WHERE key = 'awareness';
            INSERT INTO officers (name, region, active_cap) VALUES (\(officer), 'north-west', 2), ('Ben', 'south-west', 3);
            INSERT INTO authorities (name, region, status, stage, lead_officer_id)
            VALUES (\(authority), 'north-west', 'active', 2, (SELECT id FROM officers WHERE name = \(officer))),
                   ('Beta', 'south-west', 'active', 1, (SELECT id FROM officers WHERE name = 'Ben')),
                   ('Gamma', 'north-west', 'waitlisted', NULL, NULL);
            INSERT INTO stage_changes (authority_id, from_status, to_status, from_stage, to_stage, officer_id, changed_at, changed_by)
            SELECT a.id, NULL, v.status, NULL, v.stage, o.id, v.at, 'fixture'
            FROM (VALUES (\(authority), 'active', 1::smallint, \(officer), \(at(-100))),
                         (\(authority), 'active', 2, \(officer), \(at(-60))),
                         ('Beta', 'active', 1, 'Ben', \(at(-40))),
                         ('Gamma', 'waitlisted', NULL, NULL, \(at(-20)))) AS v (authority, status, stage, officer, at)
            JOIN authorities a ON a.name = v.authority LEFT JOIN officers o ON o.name = v.officer;
            INSERT INTO activities (kind, occurred_on, authority_id, sector, title, officer_id, planned)
            SELECT v.kind, v.on_date, a.id, v.sector, 'activity', o.id, false
            FROM (VALUES (\(authority), \(day(-30)), 'presentation', 'education', \(officer)),
                         (\(authority), \(day(-25)), 'workshop', 'education', \(officer)),
                         ('Beta', \(day(-10)), 'presentation', 'health', 'Ben'),
                         ('Beta', \(day(-5)), 'stall', NULL, 'Ben')) AS v (authority, on_date, kind, sector, officer)
            JOIN authorities a ON a.name = v.authority JOIN officers o ON o.name = v.officer;
            INSERT INTO followups (authority_id, request, opened_on, due_on, closed_on, outcome)
            SELECT a.id, v.request, v.opened, v.due, v.closed, CASE WHEN v.closed IS NOT NULL THEN 'done' END
            FROM (VALUES (\(authority), 'F1', \(day(-10)), \(day(-2)), NULL::date),
                         ('Beta', 'F2', \(day(-45)), \(day(10)), NULL),
                         (\(authority), 'F3', \(day(-100)), \(day(-50)), NULL),
                         ('Beta', 'F4', \(day(-50)), NULL, \(day(-20)))) AS v (authority, request, opened, due, closed)
            JOIN authorities a ON a.name = v.authority;
            \(assessment(authority, day(-80), 1))\(assessment(authority, day(-20), 3))\
            \(assessment("'Beta'", day(-30), 2))\(assessment("'Beta'", day(-5), 2))
            """)
    }

    /// One assessment of `authority` (an SQL literal) on `day` rating awareness `rating`.
    private static func assessment(_ authority: String, _ day: String, _ rating: Int) -> String {
        """
        WITH x AS (INSERT INTO assessments (authority_id, assessed_on) SELECT id, \(day) FROM authorities WHERE name = \(authority) RETURNING id)
        INSERT INTO assessment_ratings (assessment_id, statement_key, rating) SELECT x.id, 'awareness', \(rating) FROM x;

        """
    }

    /// `text` as an SQL string literal.
    private static func sql(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
