-- Indexes that the plans asked for at national scale (issue 17, scripts/bench-scale: 100,000
-- authorities, 1,000,000 activities, 200,000 follow-ups of which 50,000 open, 100,000 audit
-- entries). Each replaces a sequential scan of a large table that a filter narrows to a few rows,
-- or a sort of a whole table for a few rows. Times are EXPLAIN ANALYZE at that size, before and
-- after. No answer changes.

-- `engage authority list --officer`, GET /api/authorities?officer=, and the follow-up and plan
-- lists filtered by officer (a.lead_officer_id = $1, whatever the status): authorities_lead_active
-- holds active authorities only, so these read all 100,000 authorities for an officer's few dozen
-- (35 ms before, 0.6 ms after).
CREATE INDEX authorities_lead ON authorities (lead_officer_id);

-- `engage audit` and GET /api/audit: the newest entries first (ORDER BY at DESC, id DESC LIMIT n)
-- read the newest n backwards instead of sorting the whole log (59 ms before, 0.06 ms after).
CREATE INDEX audit_log_at ON audit_log (at, id);

-- `engage audit --authority` and GET /api/audit?authority=: an authority's entries are those of the
-- authority itself (audit_log_entity) or of a record whose before or after names it; with these
-- two the three conditions are one BitmapOr of index scans instead of a scan of the whole log
-- (25 ms before, 0.09 ms after).
CREATE INDEX audit_log_after_authority ON audit_log ((details -> 'after' ->> 'authority'));
CREATE INDEX audit_log_before_authority ON audit_log ((details -> 'before' ->> 'authority'));

-- `engage workload`, GET /api/workload and the board's team page count each authority's open
-- follow-ups (closed_on IS NULL GROUP BY authority_id); the open ones by authority, read from the
-- index alone, instead of fetching 50,000 rows of the table (90 ms before, 19 ms after). The
-- show calls' count of one authority's open follow-ups uses it too.
CREATE INDEX followups_open_authority ON followups (authority_id) WHERE closed_on IS NULL;

-- The agencies, summary and period reports mark an agency type reached in an authority when an
-- agency's reached_on falls in the period (g.reached_on BETWEEN $from AND $to): a year holds about
-- one agency in seven, which this finds without reading all 300,000 (109 ms before, 44 ms after).
CREATE INDEX agencies_reached ON agencies (reached_on);
