-- Demo data: the i-HOP engagement team's year as told by the evaluation of the i-HOP service
-- (Sept 2013 – Aug 2014), chapter 3 "Engagement" (reference/004_c7b0fc7b46870eb5.txt).
--
-- What is quotation and what is design
--   Quoted from the evaluation: the three posts and their regions, the team's "3–4 LAs at any one
--   time", the 18 authorities of its agency table and which agency types were reached in each (the
--   X marks), the events table (sector × kind), the 8 sector briefings and the locality briefings,
--   the briefing × networks table, the 13 LA contacts turned away after the schools briefing, and
--   the colour in the authorities' profiles (Somerset's Schools Champions, Devon's Children's
--   Centres, HMP Hull's twilight homework sessions, Bristol's CAPI strategy group, …).
--   Design (invented to make a consistent, usable demo; each block says so): officer names,
--   contact names, agency names, every exact date, which authorities are active / completed /
--   paused / closed now, the stage paths, attendee counts, event titles, the 13 turned-away
--   authorities' names, the follow-ups, the strategic-response models other than Somerset's, and the
--   outcomes: every self-assessment, rating, evidence note and work-plan action (the evaluation
--   reports none).
--
-- Dates: "the last twelve months"
--   Every date is written in the evaluation's calendar and passed through pg_temp.d (dates) or
--   pg_temp.t (timestamps), which add (today − 2014-09-01) days. So 2014-09-01 becomes the day the
--   seed is loaded, the evaluation year becomes the last twelve months, and days in stage, ages of
--   follow-ups and overdue markers read the same whenever the demo is loaded. (Weekdays are not
--   kept: a Tuesday meeting may land on a Saturday.) Text never names a month or year, except the
--   Somerset event's month, which is computed from its shifted date.
--
-- Loading
--   Into a freshly migrated, EMPTY database (no officers, no authorities), in ONE transaction:
--   psql -v ON_ERROR_STOP=1 --single-transaction -f seeds/demo.sql, or `engage seed`, which sends
--   the whole file as one multi-statement string. No psql meta-commands, no transaction control.
--   seeds/demo-checks.sql verifies the result (run it afterwards; it is silent when all is well).
--
-- Capacity
--   The database counts active authorities per officer and for the team (migration 0002) and
--   refuses more than the caps at every statement. So authorities are inserted as prospects and
--   moved to their final status by one UPDATE at the end of the history section: only 4 end up
--   active, 2 per officer at most.

-- Helpers (temporary: dropped at the end of the file) ----------------------------------------------

CREATE OR REPLACE FUNCTION pg_temp.d(date) RETURNS date LANGUAGE sql STABLE
    AS $$ SELECT $1 + (current_date - DATE '2014-09-01') $$;
CREATE OR REPLACE FUNCTION pg_temp.t(timestamptz) RETURNS timestamptz LANGUAGE sql STABLE
    AS $$ SELECT $1 + (current_date - DATE '2014-09-01') * interval '1 day' $$;

-- Team --------------------------------------------------------------------------------------------

-- "had to revise their strategy to focus on only 3–4 LAs at any one time, as a team": cap 4.
UPDATE team_settings SET team_cap = 4;

-- The evaluation's three posts (section 3.1, "Staffing"); the names and e-mail addresses are invented.
-- The officers table has no hours column: the hours are noted here only.
INSERT INTO officers (name, region, active_cap, email, created_at) VALUES
    -- Strategic Development Officer, southern regions, 30 hours a week
    ('Alex Morgan', 'south-west', 4, 'alex.morgan@example.org', pg_temp.t('2013-09-02 09:00')),
    -- Engagement Officer, northern regions, 37 hours a week
    ('Jo Whitfield', 'north-west', 4, 'jo.whitfield@example.org', pg_temp.t('2013-09-02 09:00')),
    -- Service Manager, Midlands, 37 hours a week
    ('Priya Shah', 'west-midlands', 4, 'priya.shah@example.org', pg_temp.t('2013-09-02 09:00'));

-- Authorities ---------------------------------------------------------------------------------------

-- The 18 authorities of the evaluation's "Agencies directly engaged with" table (section 3.2 c).
-- The text says 19 Local Authorities were worked with directly, but the table lists 18: the demo has
-- the 18. Lead officers follow the posts' regions (design: the south-east, London and the East of
-- England go to the southern post, Yorkshire and the Humber to the northern one). created_at is when
-- the mapping phase (Aug 2013 – Jan 2014, "Consultation & Mapping") first recorded each authority.
-- Profiles: the evaluation's colour where it gives any; the rest is design.
INSERT INTO authorities (name, region, lead_officer_id, profile, created_at, status_changed_at)
SELECT v.name, v.region, o.id, v.profile, v.created, v.created
FROM (VALUES
    ('Bristol', 'south-west', 'Alex Morgan', pg_temp.t('2013-09-02 10:00'),
     'Already had a Children Affected by Parental Imprisonment (CAPI) strategy group, so work started at stage 2; '
     'the group went on to adopt LA-wide guidelines.'),
    ('Somerset', 'south-west', 'Alex Morgan', pg_temp.t('2013-09-02 10:30'),
     'Schools Champions model for a cluster of 17 schools. LA event planned for '
     || to_char(pg_temp.d('2014-11-14'), 'FMMonth')
     || ', 130 agencies invited (education 47, criminal justice 20, children''s services and health 12 each). '
     'Rural county; schools are the main way in.'),
    ('Devon', 'south-west', 'Alex Morgan', pg_temp.t('2013-09-02 11:00'),
     'Peer support group in Children''s Centres; multi-agency awareness workshops (safeguarding hub, education, '
     'health, social care, police). Large rural county.'),
    ('Wiltshire', 'south-west', 'Alex Morgan', pg_temp.t('2013-09-03 10:00'),
     'One session for HMP Erlestoke''s family services; no LA forum took it further.'),
    ('Worcestershire', 'west-midlands', 'Priya Shah', pg_temp.t('2013-09-16 10:00'),
     'Safeguarding Children Board engaged early; HMP Hewell''s visitors'' centre and family services in the county.'),
    ('Coventry', 'west-midlands', 'Priya Shah', pg_temp.t('2013-09-16 10:30'),
     'Already had LA-wide guidelines on children affected by parental offending; needed help raising awareness of '
     'them in schools, probation and the prison.'),
    ('Bury', 'north-west', 'Jo Whitfield', pg_temp.t('2013-09-09 10:00'),
     'Own locality briefing as well as the Greater Manchester one; LSCB and CYP Board engaged, schools not yet.'),
    ('Sefton', 'north-west', 'Jo Whitfield', pg_temp.t('2013-09-09 10:30'),
     'Locality briefing written; one LSCB presentation.'),
    ('Manchester', 'north-west', 'Jo Whitfield', pg_temp.t('2013-09-09 11:00'),
     'Covered by the Greater Manchester briefing; one LSCB presentation.'),
    ('Stockport', 'north-west', 'Jo Whitfield', pg_temp.t('2013-09-09 11:30'),
     'Covered by the Greater Manchester briefing; LSCB and Children''s Trust Board engaged; the LSCB is restructuring.'),
    ('Lancashire', 'north-west', 'Jo Whitfield', pg_temp.t('2013-09-10 10:00'),
     'Large two-tier county; one LSCB presentation, no locality briefing.'),
    ('Cumbria', 'north-west', 'Jo Whitfield', pg_temp.t('2013-09-10 10:30'),
     'Rural, dispersed county; one LSCB presentation, no locality briefing.'),
    ('Oldham', 'north-west', 'Jo Whitfield', pg_temp.t('2013-09-10 11:00'),
     'Covered by the Greater Manchester briefing; presented to a joint LSCB and Community Safety Partnership meeting.'),
    ('Hull', 'yorkshire-and-the-humber', 'Jo Whitfield', pg_temp.t('2013-09-10 11:30'),
     'HMP Hull runs twilight homework sessions for prisoners'' children; work started with the prison.'),
    ('Croydon', 'london', 'Alex Morgan', pg_temp.t('2013-09-17 10:00'),
     'Many schools with academy status; head teachers forum and education welfare service engaged.'),
    ('South West Hertfordshire', 'east-of-england', 'Alex Morgan', pg_temp.t('2013-09-17 10:30'),
     'Mapping only: the evaluation''s table has no mark for it.'),
    ('Buckinghamshire', 'south-east', 'Alex Morgan', pg_temp.t('2013-09-16 11:00'),
     'A team of school family workers raises parental offending at Team Around the Family meetings and in the '
     'schools newsletter.'),
    ('North Hampshire', 'south-east', 'Alex Morgan', pg_temp.t('2013-09-17 11:00'),
     'District children''s partnership engaged.')
) AS v (name, region, lead, created, profile)
JOIN officers o ON o.name = v.lead;

-- The 13 LA contacts who asked for help after the schools briefing went out and could not be taken
-- on (section 3.1 b / DOMAIN.md). The evaluation does not name them: these 13 real English LAs are a
-- design choice. 10 were signposted to their nearest Hidden Sentence trainers and the web materials;
-- 3, in regions where the team works, wait on the waitlist (design). They have no lead officer.
INSERT INTO authorities (name, region, created_at, status_changed_at)
SELECT v.name, v.region, v.created, v.created
FROM (VALUES
    ('Leeds', 'yorkshire-and-the-humber', pg_temp.t('2014-03-12 09:00')),
    ('Kent', 'south-east', pg_temp.t('2014-03-13 09:00')),
    ('Norfolk', 'east-of-england', pg_temp.t('2014-03-17 09:00')),
    ('Newcastle upon Tyne', 'north-east', pg_temp.t('2014-03-18 09:00')),
    ('Nottinghamshire', 'east-midlands', pg_temp.t('2014-03-24 09:00')),
    ('Lambeth', 'london', pg_temp.t('2014-03-31 09:00')),
    ('Wigan', 'north-west', pg_temp.t('2014-04-02 09:00')),
    ('Essex', 'east-of-england', pg_temp.t('2014-04-09 09:00')),
    ('Sheffield', 'yorkshire-and-the-humber', pg_temp.t('2014-04-23 09:00')),
    ('Staffordshire', 'west-midlands', pg_temp.t('2014-05-06 09:00')),
    ('Derbyshire', 'east-midlands', pg_temp.t('2014-05-07 09:00')),
    ('Surrey', 'south-east', pg_temp.t('2014-05-21 09:00')),
    ('Salford', 'north-west', pg_temp.t('2014-06-16 09:00'))
) AS v (name, region, created);

-- History -------------------------------------------------------------------------------------------

-- One stage_changes row per change, as `engage` records them; from_status/from_stage are the previous
-- row's, and officer_id is the lead once an authority has been taken on. The process is the
-- evaluation's four stages (section 3.1 b); each path, date and reason is design, chosen so that:
--   * every advance without `overridden` had its gate's evidence recorded below by then (an agency
--     identified and a locality briefing for stage 1; a presentation or workshop to a forum for stage
--     2, to a key agency for stage 3; a strategic response before completing);
--   * the four rows that skip gates are `overridden`, with the reason: authorities that "already had
--     strategic guidelines in place" or an existing service started at a later stage (Bristol, Coventry,
--     Devon, Hull). Authorities without a locality briefing that were never taken further stay at stage 1;
--   * many authorities were open at once until the team revised its strategy (here dated to the end of
--     May 2014); from then on at most 4 are active, the cap the demo sets. Closures, pauses and
--     completions around that date carry the reason.
INSERT INTO stage_changes (authority_id, from_status, to_status, from_stage, to_stage, officer_id,
                           changed_at, changed_by, reason, overridden)
SELECT a.id,
       lag(h.to_status) OVER w, h.to_status, lag(h.to_stage) OVER w, h.to_stage,
       CASE WHEN h.to_status IN ('active', 'paused', 'completed', 'closed') THEN a.lead_officer_id END,
       h.changed_at, h.changed_by, h.reason, h.overridden
FROM (
    -- Every authority starts as a prospect when it is first recorded.
    SELECT p.name AS authority, p.created_at AS changed_at, 'prospect' AS to_status, NULL::smallint AS to_stage,
           'demo seed' AS changed_by,
           CASE WHEN p.lead_officer_id IS NULL THEN 'Contact asked for help after the schools briefing'
                ELSE 'Identified while mapping priority-sector forums' END AS reason,
           false AS overridden
    FROM authorities p
    UNION ALL
    SELECT v.* FROM (VALUES
        -- Somerset: the full path; active at stage 4 (Schools Champions, LA event being planned).
        ('Somerset', pg_temp.t('2013-10-01 10:00'), 'requested', NULL::smallint, 'Alex Morgan', 'Somerset LSCB asked for support', false),
        ('Somerset', pg_temp.t('2013-10-07 10:00'), 'active', 1, 'Alex Morgan', NULL, false),
        ('Somerset', pg_temp.t('2013-12-02 10:00'), 'active', 2, 'Alex Morgan', NULL, false),
        ('Somerset', pg_temp.t('2014-02-10 10:00'), 'active', 3, 'Alex Morgan', NULL, false),
        ('Somerset', pg_temp.t('2014-05-12 10:00'), 'active', 4, 'Alex Morgan', 'Schools Champions model chosen for a cluster of 17 schools', false),
        -- Devon: active at stage 3, started there.
        ('Devon', pg_temp.t('2014-01-20 10:00'), 'requested', NULL, 'Alex Morgan', 'Children''s Centres asked for multi-agency awareness workshops', false),
        ('Devon', pg_temp.t('2014-02-03 10:00'), 'active', 3, 'Alex Morgan',
         'Children''s Centres already run a peer support group and had mapped their partners: started at stage 3 without a locality briefing', true),
        -- Bristol: started at stage 2, completed.
        ('Bristol', pg_temp.t('2013-10-28 10:00'), 'requested', NULL, 'Alex Morgan', 'The CAPI strategy group invited i-HOP to its meeting', false),
        ('Bristol', pg_temp.t('2013-11-04 10:00'), 'active', 2, 'Alex Morgan',
         'Bristol already has a CAPI strategy group: no mapping or locality briefing needed, started at stage 2', true),
        ('Bristol', pg_temp.t('2014-01-13 10:00'), 'active', 3, 'Alex Morgan', NULL, false),
        ('Bristol', pg_temp.t('2014-03-03 10:00'), 'active', 4, 'Alex Morgan', NULL, false),
        ('Bristol', pg_temp.t('2014-04-28 10:00'), 'completed', 4, 'Alex Morgan', 'LA-wide guidelines adopted by the CAPI strategy group', false),
        -- Wiltshire: one prison session, closed at stage 1.
        ('Wiltshire', pg_temp.t('2014-02-24 10:00'), 'requested', NULL, 'Alex Morgan', 'HMP Erlestoke family services asked for a staff session', false),
        ('Wiltshire', pg_temp.t('2014-03-03 10:00'), 'active', 1, 'Alex Morgan', NULL, false),
        ('Wiltshire', pg_temp.t('2014-04-14 10:00'), 'closed', 1, 'Alex Morgan', 'One session at HMP Erlestoke; no LA forum took it further', false),
        -- Buckinghamshire: the full path, completed.
        ('Buckinghamshire', pg_temp.t('2013-11-18 10:00'), 'requested', NULL, 'Alex Morgan', 'The CYP Partnership Board asked for a presentation', false),
        ('Buckinghamshire', pg_temp.t('2013-12-02 11:00'), 'active', 1, 'Alex Morgan', NULL, false),
        ('Buckinghamshire', pg_temp.t('2014-01-06 10:00'), 'active', 2, 'Alex Morgan', NULL, false),
        ('Buckinghamshire', pg_temp.t('2014-02-10 11:00'), 'active', 3, 'Alex Morgan', NULL, false),
        ('Buckinghamshire', pg_temp.t('2014-03-31 10:00'), 'active', 4, 'Alex Morgan', NULL, false),
        ('Buckinghamshire', pg_temp.t('2014-05-28 10:00'), 'completed', 4, 'Alex Morgan', 'School family worker model in place', false),
        -- Croydon, South West Hertfordshire, North Hampshire: no locality briefing, closed at stage 1.
        ('Croydon', pg_temp.t('2014-01-27 10:00'), 'requested', NULL, 'Alex Morgan', 'The head teachers forum asked for a presentation', false),
        ('Croydon', pg_temp.t('2014-02-03 11:00'), 'active', 1, 'Alex Morgan', NULL, false),
        ('Croydon', pg_temp.t('2014-05-30 10:00'), 'closed', 1, 'Alex Morgan', 'Closed when the team narrowed its work to 3–4 LAs at a time', false),
        ('South West Hertfordshire', pg_temp.t('2014-03-17 10:00'), 'requested', NULL, 'Alex Morgan', NULL, false),
        ('South West Hertfordshire', pg_temp.t('2014-03-24 10:00'), 'active', 1, 'Alex Morgan', NULL, false),
        ('South West Hertfordshire', pg_temp.t('2014-05-30 10:30'), 'closed', 1, 'Alex Morgan',
         'Mapping only: no presentation arranged before the team narrowed its work to 3–4 LAs at a time', false),
        ('North Hampshire', pg_temp.t('2014-04-14 10:00'), 'requested', NULL, 'Alex Morgan', 'The district children''s partnership asked for a presentation', false),
        ('North Hampshire', pg_temp.t('2014-04-22 10:00'), 'active', 1, 'Alex Morgan', NULL, false),
        ('North Hampshire', pg_temp.t('2014-05-30 11:00'), 'closed', 1, 'Alex Morgan', 'Closed when the team narrowed its work to 3–4 LAs at a time', false),
        -- Worcestershire: the full path, completed.
        ('Worcestershire', pg_temp.t('2013-11-11 10:00'), 'requested', NULL, 'Priya Shah', 'The Safeguarding Children Board asked for a briefing', false),
        ('Worcestershire', pg_temp.t('2013-11-25 10:00'), 'active', 1, 'Priya Shah', NULL, false),
        ('Worcestershire', pg_temp.t('2014-01-06 11:00'), 'active', 2, 'Priya Shah', NULL, false),
        ('Worcestershire', pg_temp.t('2014-02-03 11:00'), 'active', 3, 'Priya Shah', NULL, false),
        ('Worcestershire', pg_temp.t('2014-03-17 10:00'), 'active', 4, 'Priya Shah', NULL, false),
        ('Worcestershire', pg_temp.t('2014-05-29 10:00'), 'completed', 4, 'Priya Shah', 'WSCB guidance on children of prisoners published', false),
        -- Coventry: "already had strategic guidelines in place", started at stage 3; paused.
        ('Coventry', pg_temp.t('2014-01-13 10:00'), 'requested', NULL, 'Priya Shah', 'Coventry asked for help putting its guidelines into practice', false),
        ('Coventry', pg_temp.t('2014-01-27 10:00'), 'active', 3, 'Priya Shah',
         'Already had LA-wide guidelines on children affected by parental offending: started at stage 3 (key agencies)', true),
        ('Coventry', pg_temp.t('2014-05-30 11:30'), 'paused', 3, 'Priya Shah',
         'Paused when the team narrowed its work to 3–4 LAs at a time; to resume when a place is free', false),
        -- Bury: active at stage 2 (forums reached; schools next).
        ('Bury', pg_temp.t('2014-01-27 11:00'), 'requested', NULL, 'Jo Whitfield', 'Bury LSCB asked for a presentation', false),
        ('Bury', pg_temp.t('2014-02-03 11:30'), 'active', 1, 'Jo Whitfield', NULL, false),
        ('Bury', pg_temp.t('2014-02-24 10:00'), 'active', 2, 'Jo Whitfield', NULL, false),
        -- Sefton, Manchester, Oldham: one forum presentation each, closed at stage 2.
        ('Sefton', pg_temp.t('2013-12-09 10:00'), 'requested', NULL, 'Jo Whitfield', 'Sefton LSCB asked for a presentation', false),
        ('Sefton', pg_temp.t('2014-01-06 11:30'), 'active', 1, 'Jo Whitfield', NULL, false),
        ('Sefton', pg_temp.t('2014-01-27 11:30'), 'active', 2, 'Jo Whitfield', NULL, false),
        ('Sefton', pg_temp.t('2014-05-30 12:00'), 'closed', 2, 'Jo Whitfield', 'Closed when the team narrowed its work to 3–4 LAs at a time', false),
        ('Manchester', pg_temp.t('2014-01-20 10:00'), 'requested', NULL, 'Jo Whitfield', NULL, false),
        ('Manchester', pg_temp.t('2014-01-27 12:00'), 'active', 1, 'Jo Whitfield', NULL, false),
        ('Manchester', pg_temp.t('2014-02-03 12:00'), 'active', 2, 'Jo Whitfield', NULL, false),
        ('Manchester', pg_temp.t('2014-05-30 12:30'), 'closed', 2, 'Jo Whitfield', 'Closed when the team narrowed its work to 3–4 LAs at a time', false),
        ('Oldham', pg_temp.t('2014-02-10 10:00'), 'requested', NULL, 'Jo Whitfield', NULL, false),
        ('Oldham', pg_temp.t('2014-02-17 10:00'), 'active', 1, 'Jo Whitfield', NULL, false),
        ('Oldham', pg_temp.t('2014-02-24 11:00'), 'active', 2, 'Jo Whitfield', NULL, false),
        ('Oldham', pg_temp.t('2014-05-30 13:00'), 'closed', 2, 'Jo Whitfield', 'Closed when the team narrowed its work to 3–4 LAs at a time', false),
        -- Stockport: forums reached, paused at stage 2.
        ('Stockport', pg_temp.t('2013-12-02 11:00'), 'requested', NULL, 'Jo Whitfield', 'Stockport LSCB asked for support', false),
        ('Stockport', pg_temp.t('2013-12-16 10:00'), 'active', 1, 'Jo Whitfield', NULL, false),
        ('Stockport', pg_temp.t('2014-01-14 10:00'), 'active', 2, 'Jo Whitfield', NULL, false),
        ('Stockport', pg_temp.t('2014-05-30 13:30'), 'paused', 2, 'Jo Whitfield',
         'LSCB restructuring; paused when the team narrowed its work to 3–4 LAs at a time', false),
        -- Lancashire, Cumbria: one LSCB presentation each during mapping, no locality briefing, closed at stage 1.
        ('Lancashire', pg_temp.t('2014-03-03 10:00'), 'requested', NULL, 'Jo Whitfield', 'Lancashire LSCB asked for a presentation', false),
        ('Lancashire', pg_temp.t('2014-03-10 10:00'), 'active', 1, 'Jo Whitfield', NULL, false),
        ('Lancashire', pg_temp.t('2014-05-30 14:00'), 'closed', 1, 'Jo Whitfield', 'Closed when the team narrowed its work to 3–4 LAs at a time', false),
        ('Cumbria', pg_temp.t('2014-04-07 10:00'), 'requested', NULL, 'Jo Whitfield', 'Cumbria LSCB asked for a presentation', false),
        ('Cumbria', pg_temp.t('2014-04-14 11:00'), 'active', 1, 'Jo Whitfield', NULL, false),
        ('Cumbria', pg_temp.t('2014-05-30 14:30'), 'closed', 1, 'Jo Whitfield', 'Closed when the team narrowed its work to 3–4 LAs at a time', false),
        -- Hull: an existing prison service, started at stage 3; active.
        ('Hull', pg_temp.t('2014-03-24 11:00'), 'requested', NULL, 'Jo Whitfield', 'HMP Hull family services asked for staff awareness sessions', false),
        ('Hull', pg_temp.t('2014-04-01 10:00'), 'active', 3, 'Jo Whitfield',
         'HMP Hull already runs family support (twilight homework sessions): started at stage 3 with the prison', true),

        -- The 13 turned away: asked (the day they were recorded), then signposted (the reason is where
        -- to, as `engage authority signpost` records it) or, once the team was at its cap, waitlisted.
        -- The waitlist's order is the waitlisting time: Wigan, then Staffordshire, then Salford.
        ('Leeds', pg_temp.t('2014-03-12 09:30'), 'requested', NULL, 'Jo Whitfield', 'Asked for help after the schools briefing', false),
        ('Leeds', pg_temp.t('2014-03-19 10:00'), 'signposted', NULL, 'Jo Whitfield', 'Hidden Sentence trainers, Yorkshire and the Humber and the i-HOP web materials', false),
        ('Kent', pg_temp.t('2014-03-13 09:30'), 'requested', NULL, 'Alex Morgan', 'Asked for help after the schools briefing', false),
        ('Kent', pg_temp.t('2014-03-20 10:00'), 'signposted', NULL, 'Alex Morgan', 'Hidden Sentence trainers, South East and the i-HOP web materials', false),
        ('Norfolk', pg_temp.t('2014-03-17 09:30'), 'requested', NULL, 'Alex Morgan', 'Asked for help after the schools briefing', false),
        ('Norfolk', pg_temp.t('2014-03-24 10:00'), 'signposted', NULL, 'Alex Morgan', 'Hidden Sentence trainers, East of England and the i-HOP web materials', false),
        ('Newcastle upon Tyne', pg_temp.t('2014-03-18 09:30'), 'requested', NULL, 'Jo Whitfield', 'Asked for help after the schools briefing', false),
        ('Newcastle upon Tyne', pg_temp.t('2014-03-25 10:00'), 'signposted', NULL, 'Jo Whitfield', 'Hidden Sentence trainers, North East (NEPACS) and the i-HOP web materials', false),
        ('Nottinghamshire', pg_temp.t('2014-03-24 09:30'), 'requested', NULL, 'Priya Shah', 'Asked for help after the schools briefing', false),
        ('Nottinghamshire', pg_temp.t('2014-03-31 10:00'), 'signposted', NULL, 'Priya Shah', 'Hidden Sentence trainers, East Midlands and the i-HOP web materials', false),
        ('Lambeth', pg_temp.t('2014-03-31 09:30'), 'requested', NULL, 'Alex Morgan', 'Asked for help after the schools briefing', false),
        ('Lambeth', pg_temp.t('2014-04-07 10:00'), 'signposted', NULL, 'Alex Morgan', 'Hidden Sentence trainers, London and the i-HOP web materials', false),
        ('Wigan', pg_temp.t('2014-04-02 09:30'), 'requested', NULL, 'Jo Whitfield', 'Asked for help after the schools briefing', false),
        ('Wigan', pg_temp.t('2014-06-09 10:00'), 'waitlisted', NULL, 'Jo Whitfield', 'The team works with 3–4 LAs at a time and is at its cap of 4', false),
        ('Essex', pg_temp.t('2014-04-09 09:30'), 'requested', NULL, 'Alex Morgan', 'Asked for help after the schools briefing', false),
        ('Essex', pg_temp.t('2014-04-16 10:00'), 'signposted', NULL, 'Alex Morgan', 'Hidden Sentence trainers, East of England and the i-HOP web materials', false),
        ('Sheffield', pg_temp.t('2014-04-23 09:30'), 'requested', NULL, 'Jo Whitfield', 'Asked for help after the schools briefing', false),
        ('Sheffield', pg_temp.t('2014-04-30 10:00'), 'signposted', NULL, 'Jo Whitfield', 'Hidden Sentence trainers, Yorkshire and the Humber and the i-HOP web materials', false),
        ('Staffordshire', pg_temp.t('2014-05-06 09:30'), 'requested', NULL, 'Priya Shah', 'Asked for help after the schools briefing', false),
        ('Staffordshire', pg_temp.t('2014-07-07 10:00'), 'waitlisted', NULL, 'Priya Shah', 'The team works with 3–4 LAs at a time and is at its cap of 4', false),
        ('Derbyshire', pg_temp.t('2014-05-07 09:30'), 'requested', NULL, 'Priya Shah', 'Asked for help after the schools briefing', false),
        ('Derbyshire', pg_temp.t('2014-05-14 10:00'), 'signposted', NULL, 'Priya Shah', 'Hidden Sentence trainers, East Midlands and the i-HOP web materials', false),
        ('Surrey', pg_temp.t('2014-05-21 09:30'), 'requested', NULL, 'Alex Morgan', 'Asked for help after the schools briefing', false),
        ('Surrey', pg_temp.t('2014-05-28 10:00'), 'signposted', NULL, 'Alex Morgan', 'Hidden Sentence trainers, South East (Pact) and the i-HOP web materials', false),
        ('Salford', pg_temp.t('2014-06-16 09:30'), 'requested', NULL, 'Jo Whitfield', 'Asked for help after the schools briefing', false),
        ('Salford', pg_temp.t('2014-08-11 10:00'), 'waitlisted', NULL, 'Jo Whitfield', 'The team works with 3–4 LAs at a time and is at its cap of 4', false)
    ) AS v (authority, changed_at, to_status, to_stage, changed_by, reason, overridden)
) AS h
JOIN authorities a ON a.name = h.authority
WINDOW w AS (PARTITION BY a.id ORDER BY h.changed_at)
ORDER BY a.id, h.changed_at;

-- Each authority takes the state its last history row left it in, with status_changed_at and
-- stage_changed_at as recorded there (the BEFORE UPDATE trigger keeps explicit values). One UPDATE:
-- the capacity trigger counts the 4 that become active, within the team cap and each officer's cap.
-- Signposted and waitlisted authorities were never taken on: they lose the lead officer.
UPDATE authorities a
SET status = l.to_status,
    stage = l.to_stage,
    signposted_to = CASE WHEN l.to_status = 'signposted' THEN l.reason END,
    lead_officer_id = CASE WHEN l.to_status IN ('signposted', 'waitlisted') THEN NULL ELSE a.lead_officer_id END,
    status_changed_at = (SELECT max(s.changed_at) FROM stage_changes s
                         WHERE s.authority_id = a.id AND s.from_status IS DISTINCT FROM s.to_status),
    stage_changed_at = (SELECT max(s.changed_at) FROM stage_changes s
                        WHERE s.authority_id = a.id AND s.to_stage IS NOT NULL AND s.from_stage IS DISTINCT FROM s.to_stage)
FROM (SELECT DISTINCT ON (authority_id) authority_id, to_status, to_stage, reason
      FROM stage_changes ORDER BY authority_id, changed_at DESC, id DESC) AS l
WHERE l.authority_id = a.id;

-- Agencies -------------------------------------------------------------------------------------------

-- The agencies behind the X marks of the evaluation's table (section 3.2 c), one or more per mark, plus
-- a few identified but never reached (design). Names and identified_on dates are design. reached_on
-- is set below from the activities that reached them. LSCBs and CYP Boards are multi-agency forums (as
-- `engage` records them); Bristol's CAPI strategy group is one too: "Other" in the evaluation's table
-- "includes multi-agency forums (such as Children Affected by Parental Imprisonment strategy groups) and
-- Early Years provision" (Devon's Children's Centres).
INSERT INTO agencies (authority_id, name, type, is_forum, identified_on, notes)
SELECT a.id, v.name, v.type, v.type IN ('lscb', 'cyp-board') OR v.forum, v.identified, v.notes
FROM (VALUES
    ('Bristol', 'Bristol CAPI strategy group', 'other', true, pg_temp.d('2013-10-28'), 'Children Affected by Parental Imprisonment strategy group'),
    ('Bristol', 'Bristol schools safeguarding leads network', 'schools', false, pg_temp.d('2013-11-04'), NULL),
    ('Bristol', 'Bristol probation (Avon and Somerset Probation Trust)', 'probation', false, pg_temp.d('2013-11-04'), NULL),
    ('Somerset', 'Somerset LSCB', 'lscb', false, pg_temp.d('2013-10-14'), NULL),
    ('Somerset', 'Somerset primary head teachers forum', 'schools', false, pg_temp.d('2013-10-21'), NULL),
    ('Somerset', 'Somerset Schools Champions cluster (17 schools)', 'schools', false, pg_temp.d('2014-03-24'), 'A Champion in each of the 17 schools'),
    ('Somerset', 'Somerset Educational Psychology Service', 'school-support', false, pg_temp.d('2013-11-11'), NULL),
    ('Somerset', 'Avon and Somerset Police safeguarding team (Somerset)', 'police', false, pg_temp.d('2013-11-11'), NULL),
    ('Somerset', 'Somerset probation (Avon and Somerset Probation Trust)', 'probation', false, pg_temp.d('2013-11-11'), NULL),
    ('Somerset', 'Somerset school nursing service', 'health', false, pg_temp.d('2013-11-25'), NULL),
    ('Somerset', 'Somerset health visiting service', 'health', false, pg_temp.d('2014-02-17'), NULL),
    ('Somerset', 'Somerset CAMHS', 'health', false, pg_temp.d('2014-05-19'), NULL),
    ('Devon', 'Devon Children''s Centres', 'other', false, pg_temp.d('2014-02-03'), 'Early Years provision; runs a parents'' peer support group'),
    ('Devon', 'Exeter secondary schools cluster', 'schools', false, pg_temp.d('2014-02-03'), NULL),
    ('Devon', 'Devon Safeguarding Children Board', 'lscb', false, pg_temp.d('2014-02-03'), 'Identified, not yet reached'),
    ('Wiltshire', 'HMP Erlestoke', 'prison', false, pg_temp.d('2014-02-24'), 'Visitors'' centre and family services'),
    ('Wiltshire', 'Wiltshire Safeguarding Children Board', 'lscb', false, pg_temp.d('2014-03-03'), 'Identified, not reached'),
    ('Worcestershire', 'Worcestershire Safeguarding Children Board', 'lscb', false, pg_temp.d('2013-11-25'), NULL),
    ('Worcestershire', 'HMP Hewell', 'prison', false, pg_temp.d('2013-11-25'), 'Visitors'' centre and family services'),
    ('Coventry', 'Coventry primary schools cluster', 'schools', false, pg_temp.d('2014-01-27'), NULL),
    ('Coventry', 'Coventry probation team', 'probation', false, pg_temp.d('2014-01-27'), NULL),
    ('Coventry', 'HMP Onley', 'prison', false, pg_temp.d('2014-01-27'), 'Family services and visitors'' centre'),
    ('Bury', 'Bury LSCB', 'lscb', false, pg_temp.d('2014-02-03'), NULL),
    ('Bury', 'Bury CYP Board', 'cyp-board', false, pg_temp.d('2014-02-03'), NULL),
    ('Bury', 'Bury primary head teachers forum', 'schools', false, pg_temp.d('2014-07-14'), 'Identified, not yet reached: the next step'),
    ('Sefton', 'Sefton LSCB', 'lscb', false, pg_temp.d('2014-01-06'), NULL),
    ('Manchester', 'Manchester Safeguarding Children Board', 'lscb', false, pg_temp.d('2014-01-27'), NULL),
    ('Stockport', 'Stockport LSCB', 'lscb', false, pg_temp.d('2013-12-16'), NULL),
    ('Stockport', 'Stockport Children''s Trust Board', 'cyp-board', false, pg_temp.d('2013-12-16'), NULL),
    ('Lancashire', 'Lancashire LSCB', 'lscb', false, pg_temp.d('2014-03-10'), NULL),
    ('Cumbria', 'Cumbria LSCB', 'lscb', false, pg_temp.d('2014-04-14'), NULL),
    ('Oldham', 'Oldham LSCB', 'lscb', false, pg_temp.d('2014-02-17'), NULL),
    ('Hull', 'HMP Hull', 'prison', false, pg_temp.d('2014-03-24'), 'Runs twilight homework sessions for prisoners'' children'),
    ('Hull', 'Hull Safeguarding Children Board', 'lscb', false, pg_temp.d('2014-04-01'), 'Identified, not yet reached'),
    ('Croydon', 'Croydon head teachers forum', 'schools', false, pg_temp.d('2014-01-27'), NULL),
    ('Croydon', 'Croydon Education Welfare Service', 'school-support', false, pg_temp.d('2014-02-03'), NULL),
    -- South West Hertfordshire: no X in the table; one forum identified during mapping, never reached.
    ('South West Hertfordshire', 'Hertfordshire Safeguarding Children Board (south-west area)', 'lscb', false, pg_temp.d('2014-03-24'), 'Identified, not reached'),
    ('Buckinghamshire', 'Buckinghamshire Children and Young People''s Partnership Board', 'cyp-board', false, pg_temp.d('2013-12-02'), NULL),
    ('Buckinghamshire', 'Buckinghamshire secondary head teachers forum', 'schools', false, pg_temp.d('2013-12-02'), NULL),
    ('Buckinghamshire', 'Buckinghamshire school family workers team', 'school-support', false, pg_temp.d('2014-02-10'), 'Raises parental offending at Team Around the Family meetings'),
    ('North Hampshire', 'North Hampshire Children''s Partnership', 'cyp-board', false, pg_temp.d('2014-04-22'), NULL)
) AS v (authority, name, type, forum, identified, notes)
JOIN authorities a ON a.name = v.authority;

-- Activities in authorities -------------------------------------------------------------------------------

-- "53 workshops and presentations" in the authorities (section 3.1 b). The events table's presentation
-- and workshop columns also add up to 53 (45 + 8), so every presentation and workshop of that table is
-- one of these, and each carries the sector its cell needs:
--   presentations: children and families 19, education 11, health 3, other 2, prisons 1, voluntary 6, probation 3
--   workshops:     children and families 2, education 3, health 1, prisons 1, voluntary 1
-- Each X of the agency table is reached by at least one of them (activity_agencies); the officer is
-- the lead officer. "The majority of engagement however, occurred after January 2014". Dates, titles,
-- attendee counts and notes are design; every date falls while its authority was active.
WITH v (authority, on_date, kind, sector, title, attendees, agencies, notes) AS (VALUES
    -- Somerset (14)
    ('Somerset', pg_temp.d('2014-01-15'), 'presentation', 'children-and-families', 'Somerset LSCB board meeting', 22, ARRAY['Somerset LSCB'], NULL),
    ('Somerset', pg_temp.d('2014-02-05'), 'presentation', 'children-and-families', 'Somerset LSCB education subgroup', 12, ARRAY['Somerset LSCB'], NULL),
    ('Somerset', pg_temp.d('2014-02-20'), 'presentation', 'education', 'Somerset primary head teachers forum', 40, ARRAY['Somerset primary head teachers forum'], 'Schools Handbook handed out'),
    ('Somerset', pg_temp.d('2014-03-05'), 'presentation', 'other', 'Police safeguarding team meeting', 15, ARRAY['Avon and Somerset Police safeguarding team (Somerset)'], NULL),
    ('Somerset', pg_temp.d('2014-03-12'), 'presentation', 'probation', 'Somerset probation team meeting', 18, ARRAY['Somerset probation (Avon and Somerset Probation Trust)'], NULL),
    ('Somerset', pg_temp.d('2014-03-26'), 'presentation', 'health', 'School nursing team day', 25, ARRAY['Somerset school nursing service'], NULL),
    ('Somerset', pg_temp.d('2014-04-09'), 'presentation', 'education', 'Educational Psychology Service team meeting', 14, ARRAY['Somerset Educational Psychology Service'], NULL),
    ('Somerset', pg_temp.d('2014-04-30'), 'presentation', 'health', 'Health visitors'' locality meeting', 30, ARRAY['Somerset health visiting service'], NULL),
    ('Somerset', pg_temp.d('2014-05-14'), 'workshop', 'education', 'Schools Champions workshop', 21, ARRAY['Somerset Schools Champions cluster (17 schools)'], 'One Champion from each school of the cluster, with two pastoral leads'),
    ('Somerset', pg_temp.d('2014-06-04'), 'presentation', 'education', 'Schools Champions cluster: head teachers', 17, ARRAY['Somerset Schools Champions cluster (17 schools)'], NULL),
    ('Somerset', pg_temp.d('2014-06-18'), 'workshop', 'health', 'Multi-agency health workshop', 16, ARRAY['Somerset school nursing service', 'Somerset health visiting service'], NULL),
    ('Somerset', pg_temp.d('2014-06-25'), 'presentation', 'voluntary', 'Somerset LSCB voluntary and community sector forum', 26, ARRAY['Somerset LSCB'], NULL),
    ('Somerset', pg_temp.d('2014-07-09'), 'presentation', 'health', 'CAMHS team meeting', 11, ARRAY['Somerset CAMHS'], NULL),
    ('Somerset', pg_temp.d('2014-07-16'), 'presentation', 'education', 'Schools Champions network meeting', 19, ARRAY['Somerset Schools Champions cluster (17 schools)'], NULL),
    -- Devon (6)
    ('Devon', pg_temp.d('2014-02-12'), 'presentation', 'children-and-families', 'Children''s Centres managers meeting', 18, ARRAY['Devon Children''s Centres'], NULL),
    ('Devon', pg_temp.d('2014-03-19'), 'workshop', 'children-and-families', 'Multi-agency awareness workshop, Exeter', 24, ARRAY['Devon Children''s Centres'],
     'Safeguarding hub, education, health, social care and police staff'),
    ('Devon', pg_temp.d('2014-04-23'), 'presentation', 'education', 'Exeter secondary schools cluster meeting', 20, ARRAY['Exeter secondary schools cluster'], 'Schools Handbook handed out'),
    ('Devon', pg_temp.d('2014-05-21'), 'workshop', 'children-and-families', 'Multi-agency awareness workshop, Barnstaple', 19, ARRAY['Devon Children''s Centres'], NULL),
    ('Devon', pg_temp.d('2014-06-11'), 'presentation', 'children-and-families', 'Children''s Centres peer support group leads', 12, ARRAY['Devon Children''s Centres'], NULL),
    ('Devon', pg_temp.d('2014-07-02'), 'workshop', 'education', 'Schools workshop: pupils with a parent in prison', 22, ARRAY['Exeter secondary schools cluster'], NULL),
    -- Bristol (4)
    ('Bristol', pg_temp.d('2013-11-13'), 'presentation', 'voluntary', 'Bristol CAPI strategy group meeting', 14, ARRAY['Bristol CAPI strategy group'], NULL),
    ('Bristol', pg_temp.d('2014-01-22'), 'presentation', 'education', 'Schools safeguarding leads network', 35, ARRAY['Bristol schools safeguarding leads network'], NULL),
    ('Bristol', pg_temp.d('2014-02-26'), 'presentation', 'probation', 'Offender managers'' team meeting', 20, ARRAY['Bristol probation (Avon and Somerset Probation Trust)'], NULL),
    ('Bristol', pg_temp.d('2014-04-02'), 'workshop', 'voluntary', 'CAPI strategy group workshop', 16, ARRAY['Bristol CAPI strategy group'], NULL),
    -- Wiltshire (1)
    ('Wiltshire', pg_temp.d('2014-03-13'), 'presentation', 'voluntary', 'HMP Erlestoke visitors'' centre and family services staff', 10, ARRAY['HMP Erlestoke'], NULL),
    -- Buckinghamshire (5)
    ('Buckinghamshire', pg_temp.d('2014-01-29'), 'presentation', 'children-and-families', 'CYP Partnership Board', 25, ARRAY['Buckinghamshire Children and Young People''s Partnership Board'], NULL),
    ('Buckinghamshire', pg_temp.d('2014-03-04'), 'presentation', 'education', 'Secondary head teachers forum', 30, ARRAY['Buckinghamshire secondary head teachers forum'], 'Schools Handbook handed out'),
    ('Buckinghamshire', pg_temp.d('2014-03-25'), 'presentation', 'education', 'School family workers team meeting', 12, ARRAY['Buckinghamshire school family workers team'], NULL),
    ('Buckinghamshire', pg_temp.d('2014-04-29'), 'workshop', 'education', 'School family workers workshop: Team Around the Family', 14, ARRAY['Buckinghamshire school family workers team'], NULL),
    ('Buckinghamshire', pg_temp.d('2014-05-13'), 'presentation', 'children-and-families', 'CYP Partnership Board: the school family worker model', 20, ARRAY['Buckinghamshire Children and Young People''s Partnership Board'], NULL),
    -- Croydon (2)
    ('Croydon', pg_temp.d('2014-02-18'), 'presentation', 'education', 'Croydon head teachers forum', 40, ARRAY['Croydon head teachers forum'], NULL),
    ('Croydon', pg_temp.d('2014-03-18'), 'presentation', 'education', 'Education Welfare Service team meeting', 15, ARRAY['Croydon Education Welfare Service'], NULL),
    -- North Hampshire (1)
    ('North Hampshire', pg_temp.d('2014-05-07'), 'presentation', 'children-and-families', 'North Hampshire Children''s Partnership meeting', 18, ARRAY['North Hampshire Children''s Partnership'], NULL),
    -- Worcestershire (3)
    ('Worcestershire', pg_temp.d('2014-01-16'), 'presentation', 'children-and-families', 'WSCB board meeting', 20, ARRAY['Worcestershire Safeguarding Children Board'], NULL),
    ('Worcestershire', pg_temp.d('2014-02-27'), 'presentation', 'voluntary', 'HMP Hewell visitors'' centre and family services', 12, ARRAY['HMP Hewell'], NULL),
    ('Worcestershire', pg_temp.d('2014-05-15'), 'presentation', 'children-and-families', 'WSCB training subgroup', 14, ARRAY['Worcestershire Safeguarding Children Board'], NULL),
    -- Coventry (3)
    ('Coventry', pg_temp.d('2014-02-13'), 'presentation', 'education', 'Primary schools cluster meeting', 25, ARRAY['Coventry primary schools cluster'], 'Schools Handbook handed out'),
    ('Coventry', pg_temp.d('2014-03-20'), 'presentation', 'probation', 'Probation team meeting', 15, ARRAY['Coventry probation team'], NULL),
    ('Coventry', pg_temp.d('2014-04-24'), 'presentation', 'voluntary', 'HMP Onley family services and visitors'' centre', 10, ARRAY['HMP Onley'], NULL),
    -- Bury (3)
    ('Bury', pg_temp.d('2014-03-11'), 'presentation', 'children-and-families', 'Bury LSCB board meeting', 20, ARRAY['Bury LSCB'], NULL),
    ('Bury', pg_temp.d('2014-04-08'), 'presentation', 'children-and-families', 'Bury CYP Board', 18, ARRAY['Bury CYP Board'], NULL),
    ('Bury', pg_temp.d('2014-07-08'), 'presentation', 'children-and-families', 'Bury LSCB learning and improvement subgroup', 12, ARRAY['Bury LSCB'], NULL),
    -- Sefton, Manchester, Lancashire, Cumbria, Oldham (1 each)
    ('Sefton', pg_temp.d('2014-02-04'), 'presentation', 'children-and-families', 'Sefton LSCB board meeting', 20, ARRAY['Sefton LSCB'], NULL),
    ('Manchester', pg_temp.d('2014-03-06'), 'presentation', 'children-and-families', 'Manchester Safeguarding Children Board', 24, ARRAY['Manchester Safeguarding Children Board'], NULL),
    ('Lancashire', pg_temp.d('2014-04-03'), 'presentation', 'children-and-families', 'Lancashire LSCB board meeting', 25, ARRAY['Lancashire LSCB'], NULL),
    ('Cumbria', pg_temp.d('2014-05-13'), 'presentation', 'children-and-families', 'Cumbria LSCB board meeting', 22, ARRAY['Cumbria LSCB'], NULL),
    ('Oldham', pg_temp.d('2014-03-27'), 'presentation', 'other', 'Joint meeting of Oldham LSCB and the Community Safety Partnership', 30, ARRAY['Oldham LSCB'], NULL),
    -- Stockport (3)
    ('Stockport', pg_temp.d('2014-01-21'), 'presentation', 'children-and-families', 'Stockport LSCB board meeting', 18, ARRAY['Stockport LSCB'], NULL),
    ('Stockport', pg_temp.d('2014-02-25'), 'presentation', 'children-and-families', 'Stockport Children''s Trust Board', 16, ARRAY['Stockport Children''s Trust Board'], NULL),
    ('Stockport', pg_temp.d('2014-04-15'), 'presentation', 'children-and-families', 'Stockport LSCB learning and development subgroup', 10, ARRAY['Stockport LSCB'], NULL),
    -- Hull (3)
    ('Hull', pg_temp.d('2014-04-17'), 'presentation', 'prisons', 'HMP Hull family services and safer custody staff', 12, ARRAY['HMP Hull'], NULL),
    ('Hull', pg_temp.d('2014-06-05'), 'workshop', 'prisons', 'HMP Hull twilight homework sessions: volunteers and teachers', 15, ARRAY['HMP Hull'], NULL),
    ('Hull', pg_temp.d('2014-07-24'), 'presentation', 'voluntary', 'HMP Hull visitors'' centre team', 10, ARRAY['HMP Hull'], NULL)
),
added AS (
    INSERT INTO activities (kind, occurred_on, authority_id, sector, title, attendees, officer_id, notes)
    SELECT v.kind, v.on_date, a.id, v.sector, v.title, v.attendees, a.lead_officer_id, v.notes
    FROM v JOIN authorities a ON a.name = v.authority
    RETURNING id, authority_id, occurred_on, title
)
INSERT INTO activity_agencies (activity_id, agency_id)
SELECT added.id, g.id
FROM added
JOIN authorities a ON a.id = added.authority_id
JOIN v ON v.authority = a.name AND v.on_date = added.occurred_on AND v.title = added.title
CROSS JOIN LATERAL unnest(v.agencies) AS reached (name)
JOIN agencies g ON g.authority_id = a.id AND g.name = reached.name;

-- An agency was reached on the day of the first activity that reached it (as `engage activity add` records).
UPDATE agencies g
SET reached_on = r.first
FROM (SELECT aa.agency_id, min(v.occurred_on) AS first
      FROM activity_agencies aa JOIN activities v ON v.id = aa.activity_id
      WHERE NOT v.planned GROUP BY aa.agency_id) AS r
WHERE r.agency_id = g.id;

-- National events --------------------------------------------------------------------------------------

-- The rest of the evaluation's events table (section 3.2, "i-HOP communications and publicity"):
-- "103 separate events and forums". Its printed totals were added by hand and disagree with its cells
-- (Health's row adds to 5, not 4; Voluntary's to 24, not 26; the Stall column to 15, not 14; the Update
-- column to 19, not 17): the demo reproduces the CELLS, which add up to 106. With the 53 presentations
-- and workshops above, these 53 national events (no authority) fill the delegate, stall and update cells:
--                          delegate  stall  update
--   children and families      4       5      4
--   education                  1       0      0
--   health                     0       1      0
--   other                      6       1      4
--   prisons                    0       1      5
--   voluntary                  7       4      6
--   probation                  1       3      0
-- Titles (cycled through for each cell), dates (spread over the year), officers (in turn) and the odd
-- attendee count are design. The launch event (September 2013, 93 delegates) is not one of them: the
-- evaluation reports it separately from the events table.
INSERT INTO activities (kind, occurred_on, sector, title, attendees, officer_id)
SELECT c.kind,
       -- a cell's events at the midpoints of n equal parts of the year, moved by up to 11 days;
       -- a single event on its offset day
       pg_temp.d(DATE '2013-09-02' + CASE WHEN c.n = 1 THEN c.offset_days
                                          ELSE (2 * i - 1) * 355 / (2 * c.n) + c.offset_days % 23 - 11 END),
       c.sector,
       c.titles[1 + (i - 1) % cardinality(c.titles)],
       CASE WHEN c.kind = 'update' AND i % 2 = 1 THEN 8 + (i * 7) % 17 END,
       o.id
FROM (VALUES
    ('children-and-families', 'delegate', 4, 3, ARRAY['Family Rights Group conference', 'Regional Children''s Centres network day',
                                                        'Troubled Families regional event', 'National Children and Adult Services Conference']),
    ('children-and-families', 'stall', 5, 11, ARRAY['Family Information Service network day', 'Regional safeguarding conference',
                                                      'Early Years regional conference', 'Children''s Centres leaders'' network', 'Social work practice conference']),
    ('children-and-families', 'update', 4, 19, ARRAY['Association of LSCB Business Managers network', 'Regional children''s services leads meeting',
                                                       'Early Help practitioners network', 'Family Information Services network']),
    ('education', 'delegate', 1, 150, ARRAY['National education safeguarding conference']),
    ('health', 'stall', 1, 200, ARRAY['School nursing and health visiting conference']),
    ('other', 'delegate', 6, 7, ARRAY['Police and Crime Commissioners'' victims and families event', 'Ministry of Justice families and reoffending seminar',
                                        'Criminal justice research seminar', 'Youth Justice convention', 'Housing and resettlement conference',
                                        'University children of prisoners symposium']),
    ('other', 'stall', 1, 120, ARRAY['Criminal justice practitioners'' conference']),
    ('other', 'update', 4, 24, ARRAY['i-HOP Advisory Committee']),
    ('prisons', 'stall', 1, 90, ARRAY['Prison family services conference']),
    ('prisons', 'update', 5, 15, ARRAY['Prison family support workers network', 'Visitors'' centre managers meeting', 'Family ties working group',
                                        'Pact Family Engagement Worker induction', 'Prison education leads network']),
    ('voluntary', 'delegate', 7, 5, ARRAY['Clinks annual conference', 'Barnardo''s CAPI practitioners day', 'POPS Hidden Sentence trainers day',
                                            'Action for Prisoners'' and Offenders'' Families annual meeting', 'NEPACS conference',
                                            'Families Outside conference', 'Voluntary sector children and families forum']),
    ('voluntary', 'stall', 4, 17, ARRAY['Clinks regional members event', 'Action for Prisoners'' and Offenders'' Families conference',
                                         'Voluntary sector safeguarding event', 'Hidden Sentence network day']),
    ('voluntary', 'update', 6, 9, ARRAY['Action for Prisoners'' and Offenders'' Families members meeting', 'Hidden Sentence trainers network',
                                         'Barnardo''s CAPI services managers', 'POPS team meeting', 'Pact family services managers', 'Women in Prison team meeting']),
    ('probation', 'delegate', 1, 60, ARRAY['Probation families and desistance event']),
    ('probation', 'stall', 3, 25, ARRAY['Probation trust practitioners conference'])
) AS c (sector, kind, n, offset_days, titles)
CROSS JOIN LATERAL generate_series(1, c.n) AS i
JOIN officers o ON o.name = (ARRAY['Alex Morgan', 'Jo Whitfield', 'Priya Shah'])[1 + (i + c.offset_days) % 3];

-- Strategic responses -----------------------------------------------------------------------------------

-- Stage 4 "Supporting strategic response": Somerset's Schools Champions model is the evaluation's;
-- the models of the three completed authorities are design ("Schools Champions model & production of
-- LA wide guidelines" are the evaluation's examples; Buckinghamshire's follows the school family workers
-- quoted from the South East).
INSERT INTO strategic_responses (authority_id, model, note, recorded_on, officer_id)
SELECT a.id, v.model, v.note, v.recorded, a.lead_officer_id
FROM (VALUES
    ('Somerset', 'Schools Champions', 'A Champion in each school of a cluster of 17 schools; an LA event to launch it more widely is being planned.', pg_temp.d('2014-05-14')),
    ('Bristol', 'LA-wide guidelines', 'Guidelines on children affected by parental imprisonment, adopted by the CAPI strategy group.', pg_temp.d('2014-04-07')),
    ('Buckinghamshire', 'School family workers', 'School family workers raise parental offending at Team Around the Family meetings and in the schools newsletter.', pg_temp.d('2014-05-12')),
    ('Worcestershire', 'LA-wide guidelines', 'WSCB multi-agency guidance on children of prisoners, with HMP Hewell''s family services.', pg_temp.d('2014-05-19'))
) AS v (authority, model, note, recorded)
JOIN authorities a ON a.name = v.authority;

-- Contacts ------------------------------------------------------------------------------------------------

-- Invented people (design), 1–2 per active authority and one in each authority with a follow-up that
-- names its contact. E-mails at example.org; phone numbers from Ofcom's ranges for drama (01632 960xxx,
-- 0161 496 0xxx).
INSERT INTO contacts (authority_id, name, role, organisation, email, phone)
SELECT a.id, v.name, v.role, v.organisation, v.email, v.phone
FROM (VALUES
    ('Somerset', 'Helen Carver', 'LSCB Manager', 'Somerset LSCB', 'helen.carver@example.org', '01632 960114'),
    ('Somerset', 'Mark Ellison', 'Learning Partnership Coordinator', 'Somerset Schools Champions cluster', 'mark.ellison@example.org', NULL),
    ('Devon', 'Rachel Penhale', 'Children''s Centre Manager', 'Devon Children''s Centres', 'rachel.penhale@example.org', '01632 960287'),
    ('Devon', 'Tom Yeo', 'Education Safeguarding Adviser', 'Devon County Council', 'tom.yeo@example.org', NULL),
    ('Bury', 'Claire Hughes', 'LSCB Business Manager', 'Bury LSCB', 'claire.hughes@example.org', '0161 496 0735'),
    ('Hull', 'Dave Robson', 'Family Services Manager', 'HMP Hull', 'dave.robson@example.org', '01632 960455'),
    ('Hull', 'Angela Marsh', 'Family Learning Coordinator', 'HMP Hull', 'angela.marsh@example.org', NULL),
    ('Buckinghamshire', 'Nina Osei', 'School Family Workers Team Manager', 'Buckinghamshire County Council', 'nina.osei@example.org', '01632 960631'),
    ('Stockport', 'Fiona Byrne', 'LSCB Manager', 'Stockport LSCB', 'fiona.byrne@example.org', '0161 496 0218'),
    ('Worcestershire', 'Gareth Lloyd', 'WSCB Training Coordinator', 'Worcestershire Safeguarding Children Board', 'gareth.lloyd@example.org', NULL),
    ('Coventry', 'Imran Qureshi', 'Head Teacher and Cluster Chair', 'Coventry primary schools cluster', 'imran.qureshi@example.org', NULL)
) AS v (authority, name, role, organisation, email, phone)
JOIN authorities a ON a.name = v.authority;

-- Briefings -------------------------------------------------------------------------------------------------

-- The 8 sector briefings and the 6 locality briefings the evaluation names (section 3.2 and DOMAIN.md).
-- Publication dates are design; the Education briefing is "the schools briefing" after which 13 LA
-- contacts asked for help. Sectors are set where one of the events table's sectors fits; Workforce
-- Development (academia and training institutions), CJS Commissioners and Local Authorities have none.
INSERT INTO briefings (title, kind, sector, published_on) VALUES
    ('LSCBs briefing', 'sector', 'children-and-families', pg_temp.d('2013-11-04')),
    ('Prisons briefing', 'sector', 'prisons', pg_temp.d('2013-12-09')),
    ('Education briefing', 'sector', 'education', pg_temp.d('2014-03-03')),
    ('Early Years briefing', 'sector', 'children-and-families', pg_temp.d('2014-03-24')),
    ('Health briefing', 'sector', 'health', pg_temp.d('2014-04-14')),
    ('CJS Commissioners briefing', 'sector', NULL, pg_temp.d('2014-05-12')),
    ('Local Authorities briefing', 'sector', NULL, pg_temp.d('2014-06-09')),
    ('Workforce Development briefing', 'sector', NULL, pg_temp.d('2014-07-14')),
    ('Somerset briefing', 'locality', NULL, pg_temp.d('2013-11-18')),
    ('Buckinghamshire briefing', 'locality', NULL, pg_temp.d('2013-12-09')),
    ('Worcestershire briefing', 'locality', NULL, pg_temp.d('2013-12-16')),
    ('Greater Manchester briefing', 'locality', NULL, pg_temp.d('2014-01-13')),
    ('Sefton briefing', 'locality', NULL, pg_temp.d('2014-01-20')),
    ('Bury briefing', 'locality', NULL, pg_temp.d('2014-02-17'));

-- The authorities each locality briefing was written for; Greater Manchester covers four of them.
INSERT INTO briefing_localities (briefing_id, authority_id)
SELECT b.id, a.id
FROM (VALUES
    ('Somerset briefing', 'Somerset'),
    ('Buckinghamshire briefing', 'Buckinghamshire'),
    ('Worcestershire briefing', 'Worcestershire'),
    ('Greater Manchester briefing', 'Manchester'),
    ('Greater Manchester briefing', 'Stockport'),
    ('Greater Manchester briefing', 'Oldham'),
    ('Greater Manchester briefing', 'Bury'),
    ('Sefton briefing', 'Sefton'),
    ('Bury briefing', 'Bury')
) AS v (briefing, authority)
JOIN briefings b ON b.title = v.briefing
JOIN authorities a ON a.name = v.authority;

-- The networks of the evaluation's "Briefing / Networks mapped and disseminated" table.
INSERT INTO networks (name) VALUES
    ('Clinks'),
    ('CJA'),
    ('Women in Prison'),
    ('Independent Monitoring Boards'),
    ('Every prison visitors centre'),
    ('Academy clusters'),
    ('Barnardo''s education based services'),
    ('Place2Be'),
    ('NEPACS'),
    ('All Somerset schools'),
    ('Educational Psychology services'),
    ('Education forums'),
    ('LSCBs'' Association of Independent Chairs');

-- That table, row by row (31 sendings; the Prisons briefing went to every prison visitors' centre twice
-- "to ensure maximum exposure"). Notes quote the table. Who sent each and when is design: the Service
-- Manager for national networks, the lead officers for their own areas' networks.
INSERT INTO briefing_disseminations (briefing_id, network_id, sent_on, officer_id, notes)
SELECT b.id, n.id, v.sent, o.id, v.notes
FROM (VALUES
    ('Early Years briefing', 'Clinks', pg_temp.d('2014-03-26'), 'Priya Shah', NULL),
    ('Early Years briefing', 'CJA', pg_temp.d('2014-03-26'), 'Priya Shah', NULL),
    ('Health briefing', 'Clinks', pg_temp.d('2014-04-16'), 'Priya Shah', NULL),
    ('Health briefing', 'CJA', pg_temp.d('2014-04-16'), 'Priya Shah', NULL),
    ('Education briefing', 'Academy clusters', pg_temp.d('2014-03-05'), 'Priya Shah', NULL),
    ('Education briefing', 'Clinks', pg_temp.d('2014-03-05'), 'Priya Shah', NULL),
    ('Education briefing', 'CJA', pg_temp.d('2014-03-05'), 'Priya Shah', NULL),
    ('Education briefing', 'Barnardo''s education based services', pg_temp.d('2014-03-06'), 'Priya Shah', NULL),
    ('Education briefing', 'Place2Be', pg_temp.d('2014-03-06'), 'Priya Shah', 'Disseminated to heads and service managers'),
    ('Education briefing', 'NEPACS', pg_temp.d('2014-03-07'), 'Jo Whitfield', 'Disseminated to schools'),
    ('Education briefing', 'Women in Prison', pg_temp.d('2014-03-07'), 'Priya Shah', NULL),
    ('Education briefing', 'All Somerset schools', pg_temp.d('2014-03-17'), 'Alex Morgan', NULL),
    ('Education briefing', 'Educational Psychology services', pg_temp.d('2014-03-10'), 'Priya Shah', NULL),
    ('Education briefing', 'Education forums', pg_temp.d('2014-03-12'), 'Priya Shah',
     'Children and young people''s partnership board, strategic partnership, workforce network, head teacher forum, education safeguarding, governor forums'),
    ('Workforce Development briefing', 'Clinks', pg_temp.d('2014-07-16'), 'Priya Shah', 'Academia and training institutions'),
    ('Prisons briefing', 'Every prison visitors centre', pg_temp.d('2013-12-11'), 'Priya Shah', 'First round'),
    ('Prisons briefing', 'Every prison visitors centre', pg_temp.d('2014-03-19'), 'Priya Shah', 'Second round, to ensure maximum exposure'),
    ('Prisons briefing', 'Clinks', pg_temp.d('2013-12-11'), 'Priya Shah', NULL),
    ('Prisons briefing', 'CJA', pg_temp.d('2013-12-11'), 'Priya Shah', NULL),
    ('Prisons briefing', 'Women in Prison', pg_temp.d('2013-12-12'), 'Priya Shah', NULL),
    ('Prisons briefing', 'Independent Monitoring Boards', pg_temp.d('2013-12-12'), 'Priya Shah', NULL),
    ('LSCBs briefing', 'LSCBs'' Association of Independent Chairs', pg_temp.d('2013-11-06'), 'Priya Shah', NULL),
    ('LSCBs briefing', 'Clinks', pg_temp.d('2013-11-06'), 'Priya Shah', NULL),
    ('LSCBs briefing', 'CJA', pg_temp.d('2013-11-06'), 'Priya Shah', NULL),
    ('LSCBs briefing', 'Women in Prison', pg_temp.d('2013-11-07'), 'Priya Shah', NULL),
    ('CJS Commissioners briefing', 'Clinks', pg_temp.d('2014-05-14'), 'Priya Shah', NULL),
    ('CJS Commissioners briefing', 'CJA', pg_temp.d('2014-05-14'), 'Priya Shah', NULL),
    ('CJS Commissioners briefing', 'Women in Prison', pg_temp.d('2014-05-15'), 'Priya Shah', NULL),
    ('Local Authorities briefing', 'Clinks', pg_temp.d('2014-06-11'), 'Priya Shah', NULL),
    ('Local Authorities briefing', 'CJA', pg_temp.d('2014-06-11'), 'Priya Shah', NULL),
    ('Local Authorities briefing', 'Education forums', pg_temp.d('2014-06-12'), 'Priya Shah', 'The education forums as for the Education briefing')
) AS v (briefing, network, sent, officer, notes)
JOIN briefings b ON b.title = v.briefing
JOIN networks n ON n.name = v.network
JOIN officers o ON o.name = v.officer;

-- Each locality briefing was also sent to the authorities it was written for, by their lead officer,
-- two days after publication (design).
INSERT INTO briefing_disseminations (briefing_id, authority_id, sent_on, officer_id)
SELECT b.id, a.id, b.published_on + 2, a.lead_officer_id
FROM briefing_localities l
JOIN briefings b ON b.id = l.briefing_id
JOIN authorities a ON a.id = l.authority_id;

-- Follow-ups ------------------------------------------------------------------------------------------------

-- "At the time of the evaluation, the majority of the Local Authorities listed below had requested
-- additional engagement from i-HOP post August 2014." The requests themselves are design: 7 open (the
-- oldest about four months old; Bury's, Hull's and Buckinghamshire's past their due date; Buckinghamshire's
-- on a completed authority, so it needs taking on again; Stockport's unassigned and without a due date)
-- and 5 closed, each with its outcome.
INSERT INTO followups (authority_id, agency_id, contact_id, request, kind, opened_on, due_on,
                       assigned_officer_id, closed_on, outcome)
SELECT a.id, g.id, c.id, v.request, v.kind, v.opened, v.due, o.id, v.closed, v.outcome
FROM (VALUES
    -- open
    ('Coventry', NULL, 'Imran Qureshi', 'Join the review of Coventry''s guidelines on children affected by parental offending',
     'other', pg_temp.d('2014-04-28'), pg_temp.d('2014-10-31'), 'Priya Shah', NULL::date, NULL),
    ('Stockport', 'Stockport LSCB', 'Fiona Byrne', 'An updated briefing for the new members of the restructured LSCB',
     'briefing', pg_temp.d('2014-05-12'), NULL, NULL, NULL, NULL),
    ('Somerset', 'Somerset LSCB', 'Helen Carver', 'Plan and present at the Somerset LA event (130 agencies invited)',
     'conference', pg_temp.d('2014-06-16'), pg_temp.d('2014-11-14'), 'Alex Morgan', NULL, NULL),
    ('Buckinghamshire', 'Buckinghamshire school family workers team', 'Nina Osei',
     'A second workshop for newly recruited school family workers',
     'workshop', pg_temp.d('2014-06-23'), pg_temp.d('2014-07-31'), NULL, NULL, NULL),
    ('Devon', 'Devon Children''s Centres', 'Rachel Penhale', 'Multi-agency workshops for the Children''s Centres in Torridge and Mid Devon',
     'workshop', pg_temp.d('2014-07-07'), pg_temp.d('2014-09-30'), 'Alex Morgan', NULL, NULL),
    ('Bury', 'Bury primary head teachers forum', 'Claire Hughes', 'A workshop for the primary head teachers forum',
     'workshop', pg_temp.d('2014-07-14'), pg_temp.d('2014-08-22'), 'Jo Whitfield', NULL, NULL),
    ('Hull', 'HMP Hull', 'Angela Marsh', 'Schools Handbooks and i-HOP leaflets for the twilight homework sessions',
     'materials', pg_temp.d('2014-08-04'), pg_temp.d('2014-08-29'), 'Jo Whitfield', NULL, NULL),
    -- closed
    ('Worcestershire', 'Worcestershire Safeguarding Children Board', 'Gareth Lloyd', 'Schools Handbooks for the WSCB training pool',
     'materials', pg_temp.d('2014-02-10'), pg_temp.d('2014-03-10'), 'Priya Shah', pg_temp.d('2014-02-24'),
     'Sent 40 Schools Handbooks and the LSCBs briefing'),
    ('Sefton', 'Sefton LSCB', NULL, 'A briefing for the LSCB''s schools bulletin',
     'briefing', pg_temp.d('2014-02-06'), pg_temp.d('2014-03-08'), 'Jo Whitfield', pg_temp.d('2014-03-05'),
     'Sent the Education briefing for the bulletin'),
    ('Bristol', 'Bristol CAPI strategy group', NULL, 'A workshop for the members of the CAPI strategy group',
     'workshop', pg_temp.d('2014-03-03'), pg_temp.d('2014-04-02'), 'Alex Morgan', pg_temp.d('2014-04-02'),
     'Workshop delivered to 16 members'),
    ('Somerset', NULL, 'Mark Ellison', 'The Education briefing for every Somerset school',
     'materials', pg_temp.d('2014-03-10'), pg_temp.d('2014-04-09'), 'Alex Morgan', pg_temp.d('2014-03-17'),
     'Sent to all Somerset schools'),
    ('Manchester', 'Manchester Safeguarding Children Board', NULL, 'Follow-up work with Manchester schools after the LSCB presentation',
     'other', pg_temp.d('2014-03-12'), pg_temp.d('2014-04-11'), 'Jo Whitfield', pg_temp.d('2014-05-30'),
     'Not taken on when the team narrowed its work to 3–4 LAs at a time; referred to Hidden Sentence trainers, North West and the i-HOP web materials')
) AS v (authority, agency, contact, request, kind, opened, due, officer, closed, outcome)
JOIN authorities a ON a.name = v.authority
LEFT JOIN agencies g ON g.authority_id = a.id AND g.name = v.agency
LEFT JOIN contacts c ON c.authority_id = a.id AND c.name = v.contact
LEFT JOIN officers o ON o.name = v.officer;

-- Outcomes ----------------------------------------------------------------------------------------------

-- Self-assessments against the eight Quality Statements (migration 0004) and a short work plan. ALL
-- DESIGN: the evaluation reports no ratings, so every date, rating, evidence note, participant and
-- action here is invented, to show the outcomes report, `engage assessment show` and `engage plan list`.
--   * Worcestershire and Buckinghamshire (completed): a first assessment a week or so after they became
--     active, and a later one two months after completing. Most statements rise; in each, one stays
--     (support; voice) and one falls (evidence; multi-agency), with the reason in its evidence note.
--   * Bristol (completed): a first assessment only, at the CAPI strategy group's meeting. Nobody
--     assessed again after it completed: the report's "evidence gap".
--   * Somerset (active): a first assessment only, with three statements left unrated.
-- Participants are the authority's contacts where the demo has one (stored as `engage assessment add`
-- stores them: the contact's id, with the placeholder name that stands in if the contact is erased),
-- otherwise a role in free text.
INSERT INTO assessments (authority_id, assessed_on, notes, created_at)
SELECT a.id, pg_temp.d(v.assessed), v.notes, pg_temp.t(v.assessed + time '17:00')
FROM (VALUES
    ('Somerset', DATE '2013-10-16',
     'First self-assessment, with the LSCB manager. Voice, CJS stages and evidence left unrated until schools and probation take part.'),
    ('Bristol', DATE '2013-11-13', 'Baseline at the CAPI strategy group''s meeting.'),
    ('Worcestershire', DATE '2013-12-04', 'Baseline with the WSCB training coordinator, before the locality briefing.'),
    ('Worcestershire', DATE '2014-07-23', 'Two months after the WSCB guidance was published.'),
    ('Buckinghamshire', DATE '2013-12-11', 'Baseline with the school family workers team.'),
    ('Buckinghamshire', DATE '2014-08-13', 'Eleven weeks after completing, with the school family workers team.')
) AS v (authority, assessed, notes)
JOIN authorities a ON a.name = v.authority
ORDER BY v.assessed;

INSERT INTO assessment_participants (assessment_id, contact_id, name)
SELECT x.id, c.id, CASE WHEN c.id IS NULL THEN v.name ELSE 'an erased contact' END
FROM (VALUES
    ('Somerset', DATE '2013-10-16', 'Helen Carver', NULL),
    ('Bristol', DATE '2013-11-13', NULL, 'CAPI strategy group chair'),
    ('Bristol', DATE '2013-11-13', NULL, 'LSCB business manager'),
    ('Worcestershire', DATE '2013-12-04', 'Gareth Lloyd', NULL),
    ('Worcestershire', DATE '2014-07-23', 'Gareth Lloyd', NULL),
    ('Buckinghamshire', DATE '2013-12-11', 'Nina Osei', NULL),
    ('Buckinghamshire', DATE '2013-12-11', NULL, 'CYP Partnership Board business manager'),
    ('Buckinghamshire', DATE '2014-08-13', 'Nina Osei', NULL)
) AS v (authority, assessed, contact, name)
JOIN authorities a ON a.name = v.authority
JOIN assessments x ON x.authority_id = a.id AND x.assessed_on = pg_temp.d(v.assessed)
LEFT JOIN contacts c ON c.authority_id = a.id AND c.name = v.contact;

-- Ratings, 1 not yet in place … 4 embedded; NULL: not rated. One column per statement, in order.
INSERT INTO assessment_ratings (assessment_id, statement_key, rating, evidence)
SELECT x.id, r.statement, r.rating, e.evidence
FROM (VALUES
    --                                   aware ident voice multi cjs  supp stigma evid
    ('Somerset',        DATE '2013-10-16', 1,    1,    NULL, 2,    NULL, 2,   1,    NULL),
    ('Bristol',         DATE '2013-11-13', 2,    1,    2,    3,    1,    2,   1,    1),
    ('Worcestershire',  DATE '2013-12-04', 2,    1,    1,    2,    1,    2,   1,    2),
    ('Worcestershire',  DATE '2014-07-23', 3,    3,    2,    4,    2,    2,   2,    1),
    ('Buckinghamshire', DATE '2013-12-11', 1,    1,    2,    3,    1,    2,   1,    1),
    ('Buckinghamshire', DATE '2014-08-13', 3,    3,    2,    2,    2,    4,   3,    2)
) AS v (authority, assessed, awareness, identification, voice, multi_agency, cjs_stages, support, stigma, evidence)
JOIN authorities a ON a.name = v.authority
JOIN assessments x ON x.authority_id = a.id AND x.assessed_on = pg_temp.d(v.assessed)
CROSS JOIN LATERAL (VALUES ('awareness', v.awareness), ('identification', v.identification), ('voice', v.voice),
                           ('multi-agency', v.multi_agency), ('cjs-stages', v.cjs_stages), ('support', v.support),
                           ('stigma', v.stigma), ('evidence', v.evidence)) AS r (statement, rating)
LEFT JOIN (VALUES
    ('Somerset', DATE '2013-10-16', 'awareness', 'Few staff outside the LSCB have heard of the issue'),
    ('Somerset', DATE '2013-10-16', 'support', 'National helplines only; no local service for these families'),
    ('Bristol', DATE '2013-11-13', 'multi-agency', 'The CAPI strategy group meets every six weeks, with named leads'),
    ('Bristol', DATE '2013-11-13', 'identification', 'No service asks or records it'),
    ('Worcestershire', DATE '2013-12-04', 'support', 'HMP Hewell''s family services; little known outside the prison'),
    ('Worcestershire', DATE '2013-12-04', 'evidence', 'The WSCB''s data officer counts children in care with a parent in custody'),
    ('Worcestershire', DATE '2014-07-23', 'awareness', 'The WSCB guidance is part of its multi-agency training programme'),
    ('Worcestershire', DATE '2014-07-23', 'multi-agency', 'Named leads in the guidance; the WSCB reviews it yearly'),
    ('Worcestershire', DATE '2014-07-23', 'support', 'Still only HMP Hewell''s family services'),
    ('Worcestershire', DATE '2014-07-23', 'evidence', 'The data officer post was cut in the spring: no counts since'),
    ('Buckinghamshire', DATE '2013-12-11', 'identification', 'Nobody asks at Team Around the Family meetings'),
    ('Buckinghamshire', DATE '2013-12-11', 'multi-agency', 'The CYP Partnership Board brings the agencies together monthly'),
    ('Buckinghamshire', DATE '2014-08-13', 'identification', 'School family workers ask at every Team Around the Family meeting'),
    ('Buckinghamshire', DATE '2014-08-13', 'multi-agency', 'The Board was restructured; its named lead for this work left'),
    ('Buckinghamshire', DATE '2014-08-13', 'support', 'A school family worker in every secondary school')
) AS e (authority, assessed, statement, evidence)
  ON e.authority = v.authority AND e.assessed = v.assessed AND e.statement = r.statement
WHERE r.rating IS NOT NULL;

-- The work plan: 6 actions, each tied to a statement and owned by an officer (owner_name is the
-- officer's name, as `engage plan add` stores it). Somerset's follows its first assessment and the
-- Schools Champions model: one done, one dropped with its reason, one open and overdue, one open.
-- Worcestershire's follows its later assessment (evidence fell, support stayed): one open and
-- overdue, one open. Dates, like every other, are shifted so that the load day is 2014-09-01.
INSERT INTO plan_actions (authority_id, statement_key, action, owner_officer_id, owner_name, due_on,
                          status, closed_on, drop_reason, created_at, updated_at)
SELECT a.id, v.statement, v.action, o.id, o.name, pg_temp.d(v.due), v.status, pg_temp.d(v.closed), v.drop_reason,
       pg_temp.t(v.created + time '16:00'), pg_temp.t(coalesce(v.closed, v.created) + time '16:00')
FROM (VALUES
    ('Somerset', 'awareness', 'Brief the Schools Champions on the Schools Handbook',
     'Alex Morgan', DATE '2014-05-30', 'done', DATE '2014-05-14', NULL, DATE '2014-03-24'),
    ('Somerset', 'stigma', 'Trial an assembly on families affected by imprisonment in two schools',
     'Alex Morgan', DATE '2014-07-18', 'dropped', DATE '2014-06-25',
     'The Champions cover it in their own PSHE lessons instead', DATE '2014-05-14'),
    ('Somerset', 'identification', 'Add a question on family in custody to the cluster''s pastoral records',
     'Alex Morgan', DATE '2014-07-31', 'open', NULL, NULL, DATE '2014-06-04'),
    ('Somerset', 'multi-agency', 'Agree the programme of the Somerset LA event with the LSCB',
     'Alex Morgan', DATE '2014-10-10', 'open', NULL, NULL, DATE '2014-06-16'),
    ('Worcestershire', 'evidence', 'Ask the WSCB to restore its count of children with a parent in custody',
     'Priya Shah', DATE '2014-08-22', 'open', NULL, NULL, DATE '2014-07-23'),
    ('Worcestershire', 'support', 'List the family support around HMP Hewell in the WSCB directory',
     'Priya Shah', DATE '2014-10-31', 'open', NULL, NULL, DATE '2014-07-23')
) AS v (authority, statement, action, owner, due, status, closed, drop_reason, created)
JOIN authorities a ON a.name = v.authority
JOIN officers o ON o.name = v.owner
ORDER BY v.created, v.due;

-- Audit -----------------------------------------------------------------------------------------------------

-- One row for the load itself (the seed writes tables directly, not through `engage`'s audited commands).
INSERT INTO audit_log (actor, action, entity, details)
VALUES ('demo seed', 'seed.load', 'seed', '{"file": "seeds/demo.sql"}');

DROP FUNCTION pg_temp.d(date);
DROP FUNCTION pg_temp.t(timestamptz);
