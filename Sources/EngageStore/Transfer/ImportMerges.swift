import Postgres

/// The statements that add the good, new rows of `import_checked` (see `ImportStatements`).
///
/// Existing records (by ref, or else natural key) are left exactly as they are: an import adds,
/// never overwrites, so a spreadsheet copy taken last month cannot undo this month's edits. A new
/// record keeps the ref its row gives, so that exporting it again writes the same file; a row
/// without one leaves it to the column's default.
enum ImportMerges {
    /// New authorities start as prospects, with the first row of their history.
    static func authorities(actor: String) -> Query {
        """
        WITH added AS (
            INSERT INTO authorities (name, region, profile)
            SELECT name, region, profile FROM import_checked
            WHERE error_message IS NULL AND NOT existing ORDER BY line
            RETURNING id),
        history AS (
            INSERT INTO stage_changes (authority_id, to_status, changed_by, reason)
            SELECT id, 'prospect', \(actor), 'imported' FROM added)
        SELECT count(*) FROM added
        """
    }

    static let agencies: Query = """
        WITH added AS (
            INSERT INTO agencies (authority_id, name, type, is_forum, identified_on, reached_on, notes)
            SELECT authority_id, name, type, forum::boolean, identified_on::date, reached_on::date, notes
            FROM import_checked WHERE error_message IS NULL AND NOT existing ORDER BY line
            RETURNING 1)
        SELECT count(*) FROM added
        """

    /// Activities get their ids first, so that the agencies they reached can be linked in the same
    /// statement; then agencies reached by an activity that happened record the earliest date.
    ///
    /// The sequence is looked up once (an uncorrelated subquery, run once before the rows):
    /// `nextval(pg_get_serial_sequence(…))` would parse the names and search the catalog for every
    /// row, about a tenth of the merge's time on a large file.
    static let activities: [Query] = ["""
        WITH fresh AS MATERIALIZED (
            SELECT c.*, nextval((SELECT pg_get_serial_sequence('activities', 'id')::regclass)) AS new_id
            FROM import_checked c WHERE c.error_message IS NULL AND NOT c.existing ORDER BY c.line),
        added AS (
            INSERT INTO activities (id, ref, kind, occurred_on, authority_id, sector, title, attendees, officer_id, notes, planned)
            OVERRIDING SYSTEM VALUE
            SELECT new_id, coalesce(ref_id, gen_random_uuid()), kind, day, authority_id, sector, title, attendees::integer, officer_id, notes, planned::boolean
            FROM fresh),
        linked AS (
            INSERT INTO activity_agencies (activity_id, agency_id)
            SELECT DISTINCT f.new_id, l.agency_id FROM fresh f JOIN import_links l ON l.line = f.line)
        SELECT count(*) FROM fresh
        """, """
        UPDATE agencies g SET reached_on = least(g.reached_on, r.first_on), identified_on = least(g.identified_on, r.first_on)
        FROM (SELECT l.agency_id, min(c.day) AS first_on
              FROM import_checked c JOIN import_links l ON l.line = c.line
              WHERE c.error_message IS NULL AND NOT c.existing AND c.planned = 'false'
              GROUP BY l.agency_id) r
        WHERE g.id = r.agency_id AND (g.reached_on IS NULL OR r.first_on < g.reached_on OR r.first_on < g.identified_on)
        """]

    static let followUps: Query = """
        WITH added AS (
            INSERT INTO followups (ref, authority_id, request, kind, opened_on, due_on, closed_on, outcome)
            SELECT coalesce(ref_id, gen_random_uuid()), authority_id, request, kind, opened_on::date, due_on::date, closed_on::date, outcome
            FROM import_checked WHERE error_message IS NULL AND NOT existing ORDER BY line
            RETURNING 1)
        SELECT count(*) FROM added
        """
}
