-- Consistency checks for the demo data (seeds/demo.sql), run after loading it:
--   psql -q -v ON_ERROR_STOP=1 -f seeds/demo-checks.sql
-- Silent when every check passes (-q hides psql's "DO" tag); otherwise one exception listing every
-- failed check. Read-only.
--
-- The seed shifts the evaluation year (Sept 2013 – Aug 2014) so that 2014-09-01 is the day it was
-- loaded. The checks take that day from the seed's audit row, not from today, so they give the same
-- answer whenever they run.

DO $checks$
DECLARE
    failures text[] := '{}';
    load_day date;
    shift integer;
    n bigint;
    bad text;
BEGIN
    SELECT min(at)::date, count(*) INTO load_day, n FROM audit_log
    WHERE actor = 'demo seed' AND action = 'seed.load' AND entity = 'seed' AND details = '{"file": "seeds/demo.sql"}'::jsonb;
    IF n <> 1 THEN
        RAISE EXCEPTION 'demo checks: expected exactly one seed.load audit row by ''demo seed'', found %', n;
    END IF;
    shift := load_day - DATE '2014-09-01';

    -- Team and officers ----------------------------------------------------------------------------
    IF (SELECT team_cap FROM team_settings) IS DISTINCT FROM 4 THEN
        failures := failures || 'team_settings.team_cap is not 4'::text;
    END IF;
    SELECT string_agg(name, ', ') INTO bad FROM (
        SELECT v.name FROM (VALUES ('Alex Morgan', 'south-west'), ('Jo Whitfield', 'north-west'), ('Priya Shah', 'west-midlands')) v (name, region)
        LEFT JOIN officers o ON o.name = v.name AND o.region = v.region AND o.active_cap = 4
        WHERE o.id IS NULL) x;
    IF bad IS NOT NULL OR (SELECT count(*) FROM officers) <> 3 THEN
        failures := failures || ('officers are not the three posts with cap 4: ' || coalesce(bad, 'extra officers'));
    END IF;

    -- Capacity: exactly 4 active, and the counters equal the real counts ----------------------------
    SELECT count(*) INTO n FROM authorities WHERE status = 'active';
    IF n <> 4 THEN
        failures := failures || ('expected 4 active authorities, found ' || n);
    END IF;
    IF (SELECT active_count FROM team_settings) <> n THEN
        failures := failures || 'team_settings.active_count differs from the active authorities'::text;
    END IF;
    SELECT string_agg(o.name, ', ') INTO bad FROM officers o
    WHERE o.active_count <> (SELECT count(*) FROM authorities a WHERE a.lead_officer_id = o.id AND a.status = 'active')
       OR o.active_count > o.active_cap;
    IF bad IS NOT NULL THEN
        failures := failures || ('officers.active_count wrong or over cap: ' || bad);
    END IF;

    -- The 18 authorities of the evaluation's table, with their regions ------------------------------
    SELECT string_agg(v.name, ', ') INTO bad
    FROM (VALUES ('Bristol', 'south-west'), ('Somerset', 'south-west'), ('Devon', 'south-west'), ('Wiltshire', 'south-west'),
                 ('Worcestershire', 'west-midlands'), ('Coventry', 'west-midlands'), ('Bury', 'north-west'), ('Sefton', 'north-west'),
                 ('Manchester', 'north-west'), ('Stockport', 'north-west'), ('Lancashire', 'north-west'), ('Cumbria', 'north-west'),
                 ('Oldham', 'north-west'), ('Hull', 'yorkshire-and-the-humber'), ('Croydon', 'london'),
                 ('South West Hertfordshire', 'east-of-england'), ('Buckinghamshire', 'south-east'), ('North Hampshire', 'south-east')
         ) v (name, region)
    LEFT JOIN authorities a ON a.name = v.name AND a.region = v.region AND a.lead_officer_id IS NOT NULL
    WHERE a.id IS NULL;
    IF bad IS NOT NULL THEN
        failures := failures || ('evaluation authority missing, in the wrong region or without a lead: ' || bad);
    END IF;

    -- The 13 turned away: 10 signposted, 3 waitlisted in the team's regions, in order --------------------
    IF (SELECT count(*) FROM authorities WHERE status = 'signposted'
          AND signposted_to LIKE 'Hidden Sentence trainers, % and the i-HOP web materials') <> 10
       OR (SELECT count(*) FROM authorities WHERE status = 'signposted') <> 10 THEN
        failures := failures || 'expected 10 authorities signposted to Hidden Sentence trainers and the web materials'::text;
    END IF;
    IF (SELECT count(DISTINCT status_changed_at) FROM authorities WHERE status = 'waitlisted'
          AND region IN (SELECT region FROM officers)) <> 3
       OR (SELECT count(*) FROM authorities WHERE status = 'waitlisted') <> 3 THEN
        failures := failures || 'expected 3 waitlisted authorities in the officers'' regions, each waitlisted at a different time'::text;
    END IF;
    IF EXISTS (SELECT 1 FROM authorities WHERE status IN ('signposted', 'waitlisted') AND (stage IS NOT NULL OR lead_officer_id IS NOT NULL)) THEN
        failures := failures || 'a signposted or waitlisted authority has a stage or a lead officer'::text;
    END IF;
    IF (SELECT count(*) FROM authorities) <> 31 THEN
        failures := failures || 'expected 31 authorities (18 + 13)'::text;
    END IF;
    IF (SELECT count(*) FROM authorities WHERE status = 'completed') < 2
       OR (SELECT count(*) FROM authorities WHERE status = 'paused') < 2 THEN
        failures := failures || 'expected a few completed and a couple of paused authorities'::text;
    END IF;

    -- History -------------------------------------------------------------------------------------------
    SELECT string_agg(a.name, ', ') INTO bad FROM authorities a
    WHERE NOT EXISTS (SELECT 1 FROM stage_changes s WHERE s.authority_id = a.id);
    IF bad IS NOT NULL THEN
        failures := failures || ('authorities without history: ' || bad);
    END IF;
    -- Each row starts where the previous one ended; the first is "→ prospect".
    SELECT string_agg(DISTINCT a.name, ', ') INTO bad
    FROM (SELECT s.*, lag(s.to_status) OVER w AS prev_status, lag(s.to_stage) OVER w AS prev_stage,
                 row_number() OVER w AS seq
          FROM stage_changes s WINDOW w AS (PARTITION BY s.authority_id ORDER BY s.changed_at, s.id)) h
    JOIN authorities a ON a.id = h.authority_id
    WHERE (h.seq = 1 AND (h.from_status IS NOT NULL OR h.to_status <> 'prospect'))
       OR (h.seq > 1 AND (h.from_status IS DISTINCT FROM h.prev_status OR h.from_stage IS DISTINCT FROM h.prev_stage));
    IF bad IS NOT NULL THEN
        failures := failures || ('history rows do not chain: ' || bad);
    END IF;
    -- The last row is the current state; the change times are the history's.
    SELECT string_agg(a.name, ', ') INTO bad
    FROM authorities a
    JOIN LATERAL (SELECT * FROM stage_changes s WHERE s.authority_id = a.id ORDER BY s.changed_at DESC, s.id DESC LIMIT 1) l ON true
    WHERE l.to_status <> a.status OR l.to_stage IS DISTINCT FROM a.stage
       OR a.status_changed_at <> (SELECT max(changed_at) FROM stage_changes s
                                  WHERE s.authority_id = a.id AND s.from_status IS DISTINCT FROM s.to_status)
       OR a.stage_changed_at IS DISTINCT FROM (SELECT max(changed_at) FROM stage_changes s
                                               WHERE s.authority_id = a.id AND s.to_stage IS NOT NULL
                                                 AND s.from_stage IS DISTINCT FROM s.to_stage)
       OR a.created_at <> (SELECT min(changed_at) FROM stage_changes s WHERE s.authority_id = a.id);
    IF bad IS NOT NULL THEN
        failures := failures || ('current state or change times differ from the history: ' || bad);
    END IF;
    -- The overrides: at least one, each with a reason; every start at a later stage is one.
    IF NOT EXISTS (SELECT 1 FROM stage_changes WHERE overridden AND reason IS NOT NULL) THEN
        failures := failures || 'no overridden history row'::text;
    END IF;
    IF EXISTS (SELECT 1 FROM stage_changes WHERE from_status IS DISTINCT FROM 'active' AND to_status = 'active'
                 AND to_stage > 1 AND NOT overridden) THEN
        failures := failures || 'an authority started at a later stage without an overridden row'::text;
    END IF;
    -- Every advance that is not overridden had the gate's evidence recorded by then.
    SELECT string_agg(a.name || ' leaving stage ' || s.from_stage, ', ') INTO bad
    FROM stage_changes s JOIN authorities a ON a.id = s.authority_id
    WHERE s.from_status = 'active' AND NOT s.overridden
      AND ((s.to_status = 'active' AND s.to_stage = s.from_stage + 1) OR (s.to_status = 'completed' AND s.from_stage = 4))
      AND NOT CASE s.from_stage
          WHEN 1 THEN EXISTS (SELECT 1 FROM agencies g WHERE g.authority_id = a.id AND g.identified_on <= s.changed_at::date)
                  AND EXISTS (SELECT 1 FROM briefing_localities l JOIN briefings b ON b.id = l.briefing_id
                              WHERE l.authority_id = a.id AND b.kind = 'locality' AND b.published_on <= s.changed_at::date)
          WHEN 2 THEN EXISTS (SELECT 1 FROM activities v JOIN activity_agencies aa ON aa.activity_id = v.id
                              JOIN agencies g ON g.id = aa.agency_id JOIN agency_types t ON t.key = g.type
                              WHERE v.authority_id = a.id AND NOT v.planned AND v.kind IN ('presentation', 'workshop')
                                AND (g.is_forum OR t.is_forum) AND v.occurred_on <= s.changed_at::date)
          WHEN 3 THEN EXISTS (SELECT 1 FROM activities v JOIN activity_agencies aa ON aa.activity_id = v.id
                              JOIN agencies g ON g.id = aa.agency_id JOIN agency_types t ON t.key = g.type
                              WHERE v.authority_id = a.id AND NOT v.planned AND v.kind IN ('presentation', 'workshop')
                                AND NOT (g.is_forum OR t.is_forum) AND v.occurred_on <= s.changed_at::date)
          ELSE EXISTS (SELECT 1 FROM strategic_responses r WHERE r.authority_id = a.id AND r.recorded_on <= s.changed_at::date)
      END;
    IF bad IS NOT NULL THEN
        failures := failures || ('advances without their gate''s evidence: ' || bad);
    END IF;
    -- From the revised strategy (1 June 2014, shifted) on, never more than 4 active at once.
    SELECT max(active) INTO n FROM (
        SELECT t.at, (SELECT count(*) FROM authorities a
                      WHERE (SELECT s.to_status FROM stage_changes s WHERE s.authority_id = a.id AND s.changed_at <= t.at
                             ORDER BY s.changed_at DESC, s.id DESC LIMIT 1) = 'active') AS active
        FROM (SELECT changed_at AS at FROM stage_changes
              UNION SELECT (DATE '2014-06-01' + shift)::timestamptz) t
        WHERE t.at >= (DATE '2014-06-01' + shift)::timestamptz) x;
    IF n > 4 THEN
        failures := failures || ('more than 4 authorities active at once after the revised strategy: ' || n);
    END IF;

    -- Agencies reached: the X marks of the evaluation's table ---------------------------------------------
    SELECT string_agg(coalesce(e.authority, r.authority) || '/' || coalesce(e.type, r.type)
                      || CASE WHEN e.authority IS NULL THEN ' (unexpected)' ELSE ' (missing)' END, ', ') INTO bad
    FROM (VALUES
            ('Bristol', 'schools'), ('Bristol', 'probation'), ('Bristol', 'other'),
            ('Somerset', 'lscb'), ('Somerset', 'schools'), ('Somerset', 'school-support'), ('Somerset', 'police'),
            ('Somerset', 'probation'), ('Somerset', 'health'),
            ('Devon', 'schools'), ('Devon', 'other'),
            ('Wiltshire', 'prison'),
            ('Worcestershire', 'lscb'), ('Worcestershire', 'prison'),
            ('Coventry', 'schools'), ('Coventry', 'probation'), ('Coventry', 'prison'),
            ('Bury', 'lscb'), ('Bury', 'cyp-board'),
            ('Sefton', 'lscb'), ('Manchester', 'lscb'),
            ('Stockport', 'lscb'), ('Stockport', 'cyp-board'),
            ('Lancashire', 'lscb'), ('Cumbria', 'lscb'), ('Oldham', 'lscb'),
            ('Hull', 'prison'),
            ('Croydon', 'schools'), ('Croydon', 'school-support'),
            ('Buckinghamshire', 'schools'), ('Buckinghamshire', 'cyp-board'), ('Buckinghamshire', 'school-support'),
            ('North Hampshire', 'cyp-board')
         ) e (authority, type)
    FULL JOIN (SELECT DISTINCT a.name AS authority, g.type
               FROM agencies g JOIN authorities a ON a.id = g.authority_id
               WHERE g.reached_on IS NOT NULL) r ON r.authority = e.authority AND r.type = e.type
    WHERE e.authority IS NULL OR r.authority IS NULL;
    IF bad IS NOT NULL THEN
        failures := failures || ('agency types reached differ from the table''s X marks: ' || bad);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM agencies g JOIN authorities a ON a.id = g.authority_id
                   WHERE a.name = 'South West Hertfordshire' AND g.reached_on IS NULL) THEN
        failures := failures || 'South West Hertfordshire has no identified, unreached agency'::text;
    END IF;
    -- reached_on is the first delivery that reached the agency; nothing else is marked reached.
    SELECT string_agg(g.name, ', ') INTO bad FROM agencies g
    WHERE g.reached_on IS DISTINCT FROM (SELECT min(v.occurred_on) FROM activity_agencies aa JOIN activities v ON v.id = aa.activity_id
                                         WHERE aa.agency_id = g.id AND NOT v.planned)
       OR g.identified_on > g.reached_on
       OR g.is_forum IS DISTINCT FROM (g.type IN ('lscb', 'cyp-board') OR g.name = 'Bristol CAPI strategy group');
    IF bad IS NOT NULL THEN
        failures := failures || ('agencies with a wrong reached_on, identified_on or is_forum: ' || bad);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM agencies WHERE type = 'other' AND is_forum AND reached_on IS NOT NULL) THEN
        failures := failures || 'no multi-agency forum of type other'::text;
    END IF;

    -- Activities ----------------------------------------------------------------------------------------
    -- 53 presentations and workshops in authorities, each reaching one of its own agencies, by its lead
    -- officer, while it was active; nothing else happens in authorities.
    IF (SELECT count(*) FROM activities WHERE authority_id IS NOT NULL AND kind IN ('presentation', 'workshop')) <> 53
       OR EXISTS (SELECT 1 FROM activities WHERE authority_id IS NOT NULL AND kind NOT IN ('presentation', 'workshop')) THEN
        failures := failures || 'expected exactly 53 presentations and workshops in authorities, and no other local activity'::text;
    END IF;
    SELECT string_agg(a.name || ' ' || v.occurred_on, ', ') INTO bad
    FROM activities v JOIN authorities a ON a.id = v.authority_id
    WHERE v.officer_id IS DISTINCT FROM a.lead_officer_id
       OR NOT EXISTS (SELECT 1 FROM activity_agencies aa JOIN agencies g ON g.id = aa.agency_id
                      WHERE aa.activity_id = v.id AND g.authority_id = a.id)
       OR EXISTS (SELECT 1 FROM activity_agencies aa JOIN agencies g ON g.id = aa.agency_id
                  WHERE aa.activity_id = v.id AND g.authority_id IS DISTINCT FROM a.id)
       OR (SELECT s.to_status FROM stage_changes s WHERE s.authority_id = a.id AND s.changed_at::date <= v.occurred_on
           ORDER BY s.changed_at DESC, s.id DESC LIMIT 1) IS DISTINCT FROM 'active';
    IF bad IS NOT NULL THEN
        failures := failures || ('local activities with a wrong officer, no agency of their authority, or outside its active time: ' || bad);
    END IF;
    -- All inside the (shifted) evaluation year, none planned, each with a sector.
    IF EXISTS (SELECT 1 FROM activities WHERE occurred_on NOT BETWEEN DATE '2013-09-01' + shift AND DATE '2014-08-31' + shift
                 OR planned OR sector IS NULL) THEN
        failures := failures || 'an activity is outside the evaluation year, planned, or without a sector'::text;
    END IF;
    -- The events table's cells, sector × kind, over all activities (106 in all).
    SELECT string_agg(coalesce(e.sector, c.sector) || '/' || coalesce(e.kind, c.kind) || ': expected '
                      || coalesce(e.n, 0) || ', found ' || coalesce(c.n, 0), ', ') INTO bad
    FROM (VALUES
            ('children-and-families', 'presentation', 19), ('children-and-families', 'delegate', 4), ('children-and-families', 'stall', 5),
            ('children-and-families', 'update', 4), ('children-and-families', 'workshop', 2),
            ('education', 'presentation', 11), ('education', 'delegate', 1), ('education', 'workshop', 3),
            ('health', 'presentation', 3), ('health', 'stall', 1), ('health', 'workshop', 1),
            ('other', 'presentation', 2), ('other', 'delegate', 6), ('other', 'stall', 1), ('other', 'update', 4),
            ('prisons', 'presentation', 1), ('prisons', 'stall', 1), ('prisons', 'update', 5), ('prisons', 'workshop', 1),
            ('voluntary', 'presentation', 6), ('voluntary', 'delegate', 7), ('voluntary', 'stall', 4), ('voluntary', 'update', 6),
            ('voluntary', 'workshop', 1),
            ('probation', 'presentation', 3), ('probation', 'delegate', 1), ('probation', 'stall', 3)
         ) e (sector, kind, n)
    FULL JOIN (SELECT sector, kind, count(*) AS n FROM activities GROUP BY sector, kind) c
           ON c.sector = e.sector AND c.kind = e.kind
    WHERE e.n IS DISTINCT FROM c.n;
    IF bad IS NOT NULL OR (SELECT count(*) FROM activities) <> 106 THEN
        failures := failures || ('events table (sector × kind) differs: ' || coalesce(bad, 'total is not 106'));
    END IF;

    -- Briefings --------------------------------------------------------------------------------------
    IF (SELECT count(*) FROM briefings WHERE kind = 'sector') <> 8 OR (SELECT count(*) FROM briefings WHERE kind = 'locality') <> 6 THEN
        failures := failures || 'expected 8 sector and 6 locality briefings'::text;
    END IF;
    SELECT string_agg(coalesce(e.briefing, c.briefing) || ' → ' || coalesce(e.network, c.network), ', ') INTO bad
    FROM (VALUES
            ('Early Years briefing', 'Clinks', 1), ('Early Years briefing', 'CJA', 1),
            ('Health briefing', 'Clinks', 1), ('Health briefing', 'CJA', 1),
            ('Education briefing', 'Academy clusters', 1), ('Education briefing', 'Clinks', 1), ('Education briefing', 'CJA', 1),
            ('Education briefing', 'Barnardo''s education based services', 1), ('Education briefing', 'Place2Be', 1),
            ('Education briefing', 'NEPACS', 1), ('Education briefing', 'Women in Prison', 1),
            ('Education briefing', 'All Somerset schools', 1), ('Education briefing', 'Educational Psychology services', 1),
            ('Education briefing', 'Education forums', 1),
            ('Workforce Development briefing', 'Clinks', 1),
            ('Prisons briefing', 'Every prison visitors centre', 2), ('Prisons briefing', 'Clinks', 1), ('Prisons briefing', 'CJA', 1),
            ('Prisons briefing', 'Women in Prison', 1), ('Prisons briefing', 'Independent Monitoring Boards', 1),
            ('LSCBs briefing', 'LSCBs'' Association of Independent Chairs', 1), ('LSCBs briefing', 'Clinks', 1),
            ('LSCBs briefing', 'CJA', 1), ('LSCBs briefing', 'Women in Prison', 1),
            ('CJS Commissioners briefing', 'Clinks', 1), ('CJS Commissioners briefing', 'CJA', 1),
            ('CJS Commissioners briefing', 'Women in Prison', 1),
            ('Local Authorities briefing', 'Clinks', 1), ('Local Authorities briefing', 'CJA', 1),
            ('Local Authorities briefing', 'Education forums', 1)
         ) e (briefing, network, n)
    FULL JOIN (SELECT b.title AS briefing, w.name AS network, count(*) AS n
               FROM briefing_disseminations d JOIN briefings b ON b.id = d.briefing_id JOIN networks w ON w.id = d.network_id
               GROUP BY b.title, w.name) c ON c.briefing = e.briefing AND c.network = e.network
    WHERE e.n IS DISTINCT FROM c.n;
    IF bad IS NOT NULL THEN
        failures := failures || ('briefing × networks differs from the evaluation''s table: ' || bad);
    END IF;
    SELECT string_agg(b.title || ' → ' || a.name, ', ') INTO bad
    FROM briefing_localities l JOIN briefings b ON b.id = l.briefing_id JOIN authorities a ON a.id = l.authority_id
    WHERE NOT EXISTS (SELECT 1 FROM briefing_disseminations d WHERE d.briefing_id = b.id AND d.authority_id = a.id
                        AND d.sent_on >= b.published_on);
    IF bad IS NOT NULL THEN
        failures := failures || ('locality briefings not sent to their authorities: ' || bad);
    END IF;
    IF (SELECT string_agg(a.name, ',' ORDER BY a.name) FROM briefing_localities l JOIN briefings b ON b.id = l.briefing_id
        JOIN authorities a ON a.id = l.authority_id WHERE b.title = 'Greater Manchester briefing') IS DISTINCT FROM 'Bury,Manchester,Oldham,Stockport' THEN
        failures := failures || 'the Greater Manchester briefing does not cover Bury, Manchester, Oldham and Stockport'::text;
    END IF;
    IF EXISTS (SELECT 1 FROM briefing_disseminations d JOIN briefings b ON b.id = d.briefing_id WHERE d.sent_on < b.published_on) THEN
        failures := failures || 'a briefing was sent before it was published'::text;
    END IF;

    -- Strategic responses and contacts ------------------------------------------------------------------
    SELECT string_agg(a.name, ', ') INTO bad FROM authorities a
    WHERE (a.status = 'completed' OR a.name = 'Somerset')
      AND NOT EXISTS (SELECT 1 FROM strategic_responses r WHERE r.authority_id = a.id);
    IF bad IS NOT NULL OR NOT EXISTS (SELECT 1 FROM strategic_responses r JOIN authorities a ON a.id = r.authority_id
                                      WHERE a.name = 'Somerset' AND r.model = 'Schools Champions') THEN
        failures := failures || ('strategic responses missing: ' || coalesce(bad, 'Somerset''s Schools Champions'));
    END IF;
    SELECT string_agg(a.name, ', ') INTO bad FROM authorities a
    WHERE a.status = 'active' AND (SELECT count(*) FROM contacts c WHERE c.authority_id = a.id) NOT BETWEEN 1 AND 2;
    IF bad IS NOT NULL THEN
        failures := failures || ('active authorities without 1–2 contacts: ' || bad);
    END IF;

    -- Follow-ups ----------------------------------------------------------------------------------------
    IF (SELECT count(*) FROM followups WHERE closed_on IS NULL) <> 7 OR (SELECT count(*) FROM followups WHERE closed_on IS NOT NULL) <> 5 THEN
        failures := failures || 'expected 7 open and 5 closed follow-ups'::text;
    END IF;
    SELECT count(*) INTO n FROM followups WHERE closed_on IS NULL AND due_on < load_day;
    IF n NOT BETWEEN 2 AND 3 THEN
        failures := failures || ('expected 2–3 overdue follow-ups, found ' || n);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM followups f JOIN authorities a ON a.id = f.authority_id
                   WHERE f.closed_on IS NULL AND a.status = 'completed') THEN
        failures := failures || 'no open follow-up on a completed authority'::text;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM followups WHERE contact_id IS NOT NULL) THEN
        failures := failures || 'no follow-up names a contact'::text;
    END IF;
    IF EXISTS (SELECT 1 FROM followups f
               WHERE (f.closed_on IS NULL) <> (f.outcome IS NULL)
                  OR f.opened_on NOT BETWEEN DATE '2013-09-01' + shift AND load_day
                  OR f.closed_on > load_day
                  OR (f.contact_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = f.contact_id AND c.authority_id = f.authority_id))
                  OR (f.agency_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agencies g WHERE g.id = f.agency_id AND g.authority_id = f.authority_id))) THEN
        failures := failures || 'a follow-up has an outcome without being closed, dates outside the year, or another authority''s contact or agency'::text;
    END IF;

    -- Outcomes: assessments and the work plan (design) ---------------------------------------------------
    IF (SELECT count(*) FROM assessments) <> 6 OR (SELECT count(*) FROM assessment_ratings) <> 45
       OR (SELECT count(*) FROM assessment_participants) <> 8 THEN
        failures := failures || 'expected 6 assessments, 45 ratings and 8 participants'::text;
    END IF;
    IF EXISTS (SELECT 1 FROM assessment_ratings WHERE rating NOT BETWEEN 1 AND 4) THEN
        failures := failures || 'a rating outside 1–4'::text;
    END IF;
    -- Each assessment dated in the (shifted) year, none before the authority was taken on, with someone
    -- taking part; contacts are the authority's own, stored with the erasure placeholder name.
    SELECT string_agg(a.name || ' ' || x.assessed_on, ', ') INTO bad
    FROM assessments x JOIN authorities a ON a.id = x.authority_id
    WHERE x.assessed_on NOT BETWEEN DATE '2013-09-01' + shift AND load_day
       OR x.assessed_on < (SELECT min(s.changed_at)::date FROM stage_changes s WHERE s.authority_id = a.id AND s.to_status = 'active')
       OR NOT EXISTS (SELECT 1 FROM assessment_participants p WHERE p.assessment_id = x.id)
       OR EXISTS (SELECT 1 FROM assessment_participants p
                  WHERE p.assessment_id = x.id AND p.contact_id IS NOT NULL
                    AND (p.name IS DISTINCT FROM 'an erased contact'
                         OR NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = p.contact_id AND c.authority_id = a.id)));
    IF bad IS NOT NULL THEN
        failures := failures || ('assessments outside the year, before the authority was taken on, without participants, or with another authority''s contact: ' || bad);
    END IF;
    -- Who was assessed: before and after for two completed authorities (the first while active, all
    -- eight statements rated each time; the later one after completing, with most statements rising,
    -- one staying, one falling); a first only for one active authority, with statements unrated.
    SELECT string_agg(a.name, ', ' ORDER BY a.name) INTO bad
    FROM authorities a
    WHERE a.status = 'completed' AND (SELECT count(*) FROM assessments x WHERE x.authority_id = a.id) = 2;
    IF bad IS DISTINCT FROM 'Buckinghamshire, Worcestershire' THEN
        failures := failures || ('expected Buckinghamshire and Worcestershire assessed before and after, found: ' || coalesce(bad, 'none'));
    END IF;
    SELECT string_agg(a.name, ', ') INTO bad
    FROM authorities a
    JOIN LATERAL (SELECT x.id AS first_id, x.assessed_on AS first_on FROM assessments x WHERE x.authority_id = a.id
                  ORDER BY x.assessed_on, x.id LIMIT 1) f ON true
    JOIN LATERAL (SELECT x.id AS later_id, x.assessed_on AS later_on FROM assessments x WHERE x.authority_id = a.id
                  ORDER BY x.assessed_on DESC, x.id DESC LIMIT 1) l ON true
    JOIN LATERAL (SELECT max(c.changed_at)::date AS completed_on FROM stage_changes c
                  WHERE c.authority_id = a.id AND c.to_status = 'completed') k ON true
    WHERE a.status = 'completed' AND (SELECT count(*) FROM assessments x WHERE x.authority_id = a.id) = 2
      AND (NOT (l.later_on > f.first_on AND f.first_on < k.completed_on AND l.later_on >= k.completed_on)
       OR (SELECT count(*) FROM assessment_ratings r WHERE r.assessment_id IN (f.first_id, l.later_id)) <> 16
       OR (SELECT count(*) FILTER (WHERE lr.rating > fr.rating) >= 5 AND count(*) FILTER (WHERE lr.rating = fr.rating) = 1
                  AND count(*) FILTER (WHERE lr.rating < fr.rating) = 1
           FROM assessment_ratings fr JOIN assessment_ratings lr ON lr.statement_key = fr.statement_key
           WHERE fr.assessment_id = f.first_id AND lr.assessment_id = l.later_id) IS NOT TRUE);
    IF bad IS NOT NULL THEN
        failures := failures || ('before/after assessments not around completion, not fully rated, or not mostly rising with one staying and one falling: ' || bad);
    END IF;
    IF (SELECT count(*) FROM assessments x JOIN authorities a ON a.id = x.authority_id WHERE a.status = 'active') <> 1
       OR NOT EXISTS (SELECT 1 FROM assessments x JOIN authorities a ON a.id = x.authority_id
                      WHERE a.status = 'active' AND (SELECT count(*) FROM assessment_ratings r WHERE r.assessment_id = x.id) < 8) THEN
        failures := failures || 'expected one assessment of an active authority, with statements left unrated'::text;
    END IF;
    -- The evidence gap: exactly one completed authority, Bristol, with no assessment on or after the
    -- day it completed (it has a first one).
    SELECT string_agg(a.name, ', ' ORDER BY a.name) INTO bad
    FROM authorities a
    WHERE a.status = 'completed'
      AND NOT EXISTS (SELECT 1 FROM assessments x WHERE x.authority_id = a.id
                        AND x.assessed_on >= (SELECT max(c.changed_at)::date FROM stage_changes c
                                              WHERE c.authority_id = a.id AND c.to_status = 'completed'));
    IF bad IS DISTINCT FROM 'Bristol' OR NOT EXISTS (SELECT 1 FROM assessments x JOIN authorities a ON a.id = x.authority_id
                                                      WHERE a.name = 'Bristol') THEN
        failures := failures || ('expected Bristol, assessed once before completing, as the only evidence gap; found: ' || coalesce(bad, 'none'));
    END IF;
    -- The plan: 6 actions for the active Somerset and the completed Worcestershire, owned by officers;
    -- one done, one dropped with its reason, the rest open, at least one overdue and one not yet due.
    IF (SELECT count(*) FROM plan_actions) <> 6
       OR (SELECT string_agg(DISTINCT a.name || '/' || a.status, ', ') FROM plan_actions p JOIN authorities a ON a.id = p.authority_id)
          IS DISTINCT FROM 'Somerset/active, Worcestershire/completed' THEN
        failures := failures || 'expected 6 plan actions, for Somerset (active) and Worcestershire (completed)'::text;
    END IF;
    IF EXISTS (SELECT 1 FROM plan_actions p LEFT JOIN officers o ON o.id = p.owner_officer_id
               WHERE o.id IS NULL OR p.owner_name <> o.name OR p.owner_contact_id IS NOT NULL
                  OR p.closed_on > load_day OR p.closed_on < p.created_at::date OR p.created_at::date > load_day) THEN
        failures := failures || 'a plan action not owned by an officer by name, or closed in the future or before it was added'::text;
    END IF;
    IF (SELECT count(*) FROM plan_actions WHERE status = 'done') <> 1
       OR (SELECT count(*) FROM plan_actions WHERE status = 'dropped' AND btrim(drop_reason) <> '') <> 1
       OR NOT EXISTS (SELECT 1 FROM plan_actions WHERE status = 'open' AND due_on < load_day)
       OR NOT EXISTS (SELECT 1 FROM plan_actions WHERE status = 'open' AND due_on >= load_day) THEN
        failures := failures || 'expected one done and one dropped plan action, and open ones both overdue and not yet due'::text;
    END IF;

    IF cardinality(failures) > 0 THEN
        RAISE EXCEPTION 'demo checks failed (%): %', cardinality(failures), array_to_string(failures, '; ');
    END IF;
END
$checks$;
