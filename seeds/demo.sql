-- Demo data: the team and the authorities of the i-HOP evaluation (Sept 2013 – Aug 2014),
-- chapter 3. Officer names are invented; the posts and regions are the evaluation's.
-- Idempotent: loading it twice changes nothing. Applied by scripts/demo in one transaction.

UPDATE team_settings SET team_cap = 4 WHERE team_cap IS NULL;

INSERT INTO officers (name, region, active_cap) VALUES
    ('Alex Morgan', 'south-west', 4),     -- Strategic Development Officer, southern regions (30 h/week)
    ('Jo Whitfield', 'north-west', 4),    -- Engagement Officer, northern regions (37 h/week)
    ('Priya Shah', 'west-midlands', 4)    -- Service Manager, Midlands (37 h/week)
ON CONFLICT (lower(name)) DO NOTHING;

INSERT INTO authorities (name, region, profile) VALUES
    ('Bristol', 'south-west', NULL),
    ('Somerset', 'south-west', 'Champion model planned for a cluster of 17 schools; LA event planned for November.'),
    ('Devon', 'south-west', 'Peer support group in Children''s Centres; multi-agency workshops.'),
    ('Wiltshire', 'south-west', NULL),
    ('Worcestershire', 'west-midlands', NULL),
    ('Coventry', 'west-midlands', NULL),
    ('Bury', 'north-west', NULL),
    ('Sefton', 'north-west', NULL),
    ('Manchester', 'north-west', NULL),
    ('Stockport', 'north-west', NULL),
    ('Lancashire', 'north-west', NULL),
    ('Cumbria', 'north-west', NULL),
    ('Oldham', 'north-west', NULL),
    ('Hull', 'yorkshire-and-the-humber', 'HMP Hull runs twilight homework sessions for children of prisoners.'),
    ('Croydon', 'london', NULL),
    ('South West Hertfordshire', 'east-of-england', NULL),
    ('Buckinghamshire', 'south-east', NULL),
    ('North Hampshire', 'south-east', NULL)
ON CONFLICT (lower(name)) DO NOTHING;

INSERT INTO stage_changes (authority_id, to_status, changed_by, reason)
SELECT a.id, 'prospect', 'demo seed', 'added'
FROM authorities a
WHERE NOT EXISTS (SELECT 1 FROM stage_changes s WHERE s.authority_id = a.id);
