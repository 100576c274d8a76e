-- engage: the first schema.
--
-- A small team takes English local authorities (LAs) through four engagement stages:
-- 1 research and mapping, 2 multi-agency forums, 3 key agencies, 4 strategic response.
-- The constraints below keep bad data out even when someone writes raw SQL.
-- Names are unique per kind regardless of case; times are timestamptz; dates of work are date.

-- Reference data ------------------------------------------------------------------------------

CREATE TABLE regions (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z]+(-[a-z]+)*$'),
    name        text NOT NULL UNIQUE,
    sort_order  smallint NOT NULL UNIQUE
);

INSERT INTO regions (key, name, sort_order) VALUES
    ('north-east', 'North East', 1),
    ('north-west', 'North West', 2),
    ('yorkshire-and-the-humber', 'Yorkshire and the Humber', 3),
    ('east-midlands', 'East Midlands', 4),
    ('west-midlands', 'West Midlands', 5),
    ('east-of-england', 'East of England', 6),
    ('london', 'London', 7),
    ('south-east', 'South East', 8),
    ('south-west', 'South West', 9);

-- The evaluation's agency types. A forum type counts as a multi-agency forum for the stage 2 gate.
CREATE TABLE agency_types (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z]+(-[a-z]+)*$'),
    name        text NOT NULL UNIQUE,
    is_forum    boolean NOT NULL,
    sort_order  smallint NOT NULL UNIQUE
);

INSERT INTO agency_types (key, name, is_forum, sort_order) VALUES
    ('lscb', 'LSCB', true, 1),
    ('schools', 'Schools/PRUs', false, 2),
    ('cyp-board', 'CYP Board/Trust', true, 3),
    ('school-support', 'School support services', false, 4),
    ('police', 'Police', false, 5),
    ('probation', 'Probation', false, 6),
    ('health', 'Health', false, 7),
    ('prison', 'Prison', false, 8),
    ('other', 'Other', false, 9);

-- The sectors of an event's audience, as in the evaluation's events table.
CREATE TABLE sectors (
    key         text PRIMARY KEY CHECK (key ~ '^[a-z]+(-[a-z]+)*$'),
    name        text NOT NULL UNIQUE,
    sort_order  smallint NOT NULL UNIQUE
);

INSERT INTO sectors (key, name, sort_order) VALUES
    ('children-and-families', 'Children and Families Services', 1),
    ('education', 'Education', 2),
    ('health', 'Health', 3),
    ('other', 'Other', 4),
    ('prisons', 'Prisons', 5),
    ('voluntary', 'Voluntary', 6),
    ('probation', 'Probation', 7);

-- A display name: trimmed, not empty, one line, of reasonable length.
CREATE DOMAIN display_name AS text
    CHECK (VALUE = btrim(VALUE) AND VALUE <> '' AND length(VALUE) <= 200 AND VALUE !~ '[[:cntrl:]]');

-- Keeps updated_at honest whoever writes the row.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- Team --------------------------------------------------------------------------------------

-- One row of team-wide settings. team_cap NULL means no team-wide cap.
CREATE TABLE team_settings (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    team_cap    integer CHECK (team_cap BETWEEN 1 AND 1000),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO team_settings DEFAULT VALUES;

CREATE TABLE officers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        display_name NOT NULL,
    region      text NOT NULL REFERENCES regions (key),
    active_cap  integer NOT NULL DEFAULT 4 CHECK (active_cap BETWEEN 0 AND 50),
    email       text CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    left_on     date,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX officers_name_key ON officers (lower(name));
CREATE TRIGGER officers_touch BEFORE UPDATE ON officers FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Authorities -------------------------------------------------------------------------------

CREATE TABLE authorities (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name              display_name NOT NULL,
    region            text NOT NULL REFERENCES regions (key),
    status            text NOT NULL DEFAULT 'prospect' CHECK (status IN
                        ('prospect', 'requested', 'waitlisted', 'active', 'paused', 'completed', 'signposted', 'closed')),
    stage             smallint CHECK (stage BETWEEN 1 AND 4),
    lead_officer_id   bigint REFERENCES officers (id),
    signposted_to     text CHECK (signposted_to = btrim(signposted_to) AND signposted_to <> ''),
    -- Free text: what shapes engagement here (commitment, capacity, forums, schools, prison services, rurality).
    profile           text,
    status_changed_at timestamptz NOT NULL DEFAULT now(),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT authorities_active_needs_lead_and_stage
        CHECK (status <> 'active' OR (lead_officer_id IS NOT NULL AND stage IS NOT NULL)),
    CONSTRAINT authorities_paused_keeps_stage CHECK (status <> 'paused' OR stage IS NOT NULL),
    CONSTRAINT authorities_completed_at_stage_4 CHECK (status <> 'completed' OR stage = 4),
    CONSTRAINT authorities_not_started_has_no_stage
        CHECK (status NOT IN ('prospect', 'requested', 'waitlisted') OR stage IS NULL),
    CONSTRAINT authorities_signposted_says_where CHECK ((status = 'signposted') = (signposted_to IS NOT NULL))
);
CREATE UNIQUE INDEX authorities_name_key ON authorities (lower(name));
CREATE INDEX authorities_lead_active ON authorities (lead_officer_id) WHERE status = 'active';
CREATE INDEX authorities_status ON authorities (status, status_changed_at);
CREATE TRIGGER authorities_touch BEFORE UPDATE ON authorities FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- People in an authority the team works with. Personal data: erasable on request.
CREATE TABLE contacts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    name          display_name NOT NULL,
    role          text,          -- e.g. 'LSCB Manager'
    organisation  text,
    email         text CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    phone         text CHECK (phone ~ '^[0-9 +()-]{6,20}$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_authority ON contacts (authority_id);
CREATE TRIGGER contacts_touch BEFORE UPDATE ON contacts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Stage and status changes, one row each: from, to, when, by whom, why, and whether a gate was overridden.
CREATE TABLE stage_changes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    from_status   text,
    to_status     text NOT NULL,
    from_stage    smallint CHECK (from_stage BETWEEN 1 AND 4),
    to_stage      smallint CHECK (to_stage BETWEEN 1 AND 4),
    officer_id    bigint REFERENCES officers (id),
    changed_at    timestamptz NOT NULL DEFAULT now(),
    changed_by    text NOT NULL CHECK (changed_by <> ''),
    reason        text,
    overridden    boolean NOT NULL DEFAULT false,
    CONSTRAINT stage_changes_override_has_reason CHECK (NOT overridden OR reason IS NOT NULL)
);
CREATE INDEX stage_changes_authority ON stage_changes (authority_id, changed_at);

-- The model an authority chose in stage 4 (e.g. 'Schools Champions', LA-wide guidelines).
CREATE TABLE strategic_responses (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    model         display_name NOT NULL,
    note          text,
    recorded_on   date NOT NULL DEFAULT current_date,
    officer_id    bigint REFERENCES officers (id),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX strategic_responses_authority ON strategic_responses (authority_id);

-- Agencies and activities ---------------------------------------------------------------------

-- An agency identified or reached in an authority; authority NULL for a national body or network.
CREATE TABLE agencies (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint REFERENCES authorities (id) ON DELETE CASCADE,
    name          display_name NOT NULL,
    type          text NOT NULL REFERENCES agency_types (key),
    is_forum      boolean NOT NULL DEFAULT false,
    identified_on date NOT NULL DEFAULT current_date,
    reached_on    date,
    notes         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT agencies_reached_after_identified CHECK (reached_on IS NULL OR reached_on >= identified_on)
);
CREATE UNIQUE INDEX agencies_name_key ON agencies (authority_id, lower(name)) NULLS NOT DISTINCT;
CREATE TRIGGER agencies_touch BEFORE UPDATE ON agencies FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- An event the team delivered or attended; authority NULL for national events.
CREATE TABLE activities (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN
                    ('presentation', 'workshop', 'stall', 'update', 'delegate', 'guest-lecture', 'conference')),
    occurred_on   date NOT NULL,
    authority_id  bigint REFERENCES authorities (id) ON DELETE RESTRICT,
    sector        text REFERENCES sectors (key),
    title         text CHECK (title IS NULL OR btrim(title) <> ''),
    attendees     integer CHECK (attendees BETWEEN 0 AND 100000),
    officer_id    bigint NOT NULL REFERENCES officers (id),
    notes         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activities_authority ON activities (authority_id, occurred_on);
CREATE INDEX activities_occurred ON activities (occurred_on);
CREATE TRIGGER activities_touch BEFORE UPDATE ON activities FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Which agencies an activity reached.
CREATE TABLE activity_agencies (
    activity_id  bigint NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    agency_id    bigint NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,
    PRIMARY KEY (activity_id, agency_id)
);
CREATE INDEX activity_agencies_agency ON activity_agencies (agency_id);

-- Briefings -----------------------------------------------------------------------------------

-- A sector briefing (Early Years, Health, …) or a locality briefing written for particular authorities.
CREATE TABLE briefings (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         display_name NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('sector', 'locality')),
    sector        text REFERENCES sectors (key),
    published_on  date,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX briefings_title_key ON briefings (lower(title));
CREATE TRIGGER briefings_touch BEFORE UPDATE ON briefings FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The authorities a locality briefing was written for (Greater Manchester covers several).
CREATE TABLE briefing_localities (
    briefing_id   bigint NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    authority_id  bigint NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    PRIMARY KEY (briefing_id, authority_id)
);
CREATE INDEX briefing_localities_authority ON briefing_localities (authority_id);

-- Networks a briefing is sent through (Clinks, CJA, Women in Prison, prison visitors' centres, …).
CREATE TABLE networks (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        display_name NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX networks_name_key ON networks (lower(name));

-- One sending of a briefing to exactly one of: an authority, an agency, a network.
CREATE TABLE briefing_disseminations (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    briefing_id   bigint NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    authority_id  bigint REFERENCES authorities (id) ON DELETE CASCADE,
    agency_id     bigint REFERENCES agencies (id) ON DELETE CASCADE,
    network_id    bigint REFERENCES networks (id) ON DELETE CASCADE,
    sent_on       date NOT NULL,
    officer_id    bigint REFERENCES officers (id),
    notes         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT briefing_disseminations_one_target CHECK (num_nonnulls(authority_id, agency_id, network_id) = 1)
);
CREATE INDEX briefing_disseminations_briefing ON briefing_disseminations (briefing_id);

-- Follow-up requests --------------------------------------------------------------------------

-- An authority (or one of its agencies) asks for more: another workshop, materials, a conference.
CREATE TABLE followups (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id        bigint NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    agency_id           bigint REFERENCES agencies (id) ON DELETE SET NULL,
    request             text NOT NULL CHECK (btrim(request) <> ''),
    kind                text NOT NULL DEFAULT 'other' CHECK (kind IN ('workshop', 'materials', 'conference', 'briefing', 'other')),
    opened_on           date NOT NULL,
    due_on              date,
    assigned_officer_id bigint REFERENCES officers (id),
    closed_on           date,
    outcome             text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT followups_due_after_opened CHECK (due_on IS NULL OR due_on >= opened_on),
    CONSTRAINT followups_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on),
    CONSTRAINT followups_closed_has_outcome CHECK ((closed_on IS NULL) = (outcome IS NULL))
);
CREATE INDEX followups_open ON followups (opened_on) WHERE closed_on IS NULL;
CREATE INDEX followups_authority ON followups (authority_id);
CREATE TRIGGER followups_touch BEFORE UPDATE ON followups FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Audit ---------------------------------------------------------------------------------------

-- Every change, by whom. Append-only: rows can be added, never changed or removed.
CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    actor      text NOT NULL CHECK (actor <> ''),
    action     text NOT NULL CHECK (action ~ '^[a-z]+(\.[a-z-]+)+$'),  -- e.g. 'authority.assign'
    entity     text NOT NULL,
    entity_id  bigint,
    details    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
