-- Outcomes: each authority's self-assessment against the eight i-HOP Quality Statements, before
-- and after engagement, and the work plan that follows from it.
--
-- The statements' titles and keys are the Quality Statements & Toolkit's (Barnardo's/i-HOP); the
-- one-line descriptions are engage's own summaries, which a manager may reword. A statement that
-- has ratings cannot be deleted (the foreign keys restrict it).

CREATE TABLE quality_statements (
    key          text PRIMARY KEY CHECK (key ~ '^[a-z]+(-[a-z]+)*$'),
    position     smallint NOT NULL UNIQUE CHECK (position BETWEEN 1 AND 99),
    title        text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
    description  text NOT NULL CHECK (btrim(description) <> '' AND length(description) <= 2000),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER quality_statements_touch BEFORE UPDATE ON quality_statements FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

INSERT INTO quality_statements (key, position, title, description) VALUES
    ('awareness', 1, 'Awareness',
     'Staff across services know that children of offenders exist locally, what they face and where to turn.'),
    ('identification', 2, 'Identification',
     'Services ask about and record when a child has a parent or family member in the criminal justice system.'),
    ('voice', 3, 'Children''s voice and rights',
     'Children''s views shape the support they get, and their rights (to contact, to information) are upheld.'),
    ('multi-agency', 4, 'Multi-agency working',
     'Agencies share information and plan together, with named leads, so that no child falls between services.'),
    ('cjs-stages', 5, 'Stages of the criminal justice system',
     'Support follows the child through arrest, court, sentence, custody and release, not one stage only.'),
    ('support', 6, 'Support and services',
     'Children and families can reach support that fits their needs, and staff know what is available.'),
    ('stigma', 7, 'Challenging stigma',
     'Services counter the shame and stigma children feel, in schools and in the community.'),
    ('evidence', 8, 'Building the evidence',
     'Services gather data and evaluate what they do, so that need and impact can be shown.');

-- One self-assessment of an authority, on a date: who took part, and ratings per statement.
CREATE TABLE assessments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    assessed_on   date NOT NULL,
    notes         text CHECK (notes IS NULL OR length(notes) <= 2000),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessments_authority ON assessments (authority_id, assessed_on, id);

-- Who took part: a contact of the authority, or a name in free text.
CREATE TABLE assessment_participants (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id  bigint NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    contact_id     bigint REFERENCES contacts (id) ON DELETE SET NULL,
    name           text CHECK (name IS NULL OR (btrim(name) <> '' AND length(name) <= 200)),
    CONSTRAINT assessment_participants_someone CHECK (contact_id IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX assessment_participants_assessment ON assessment_participants (assessment_id);

-- A rating on the four-point scale: 1 not yet in place, 2 emerging, 3 developing, 4 embedded.
-- At most one per statement per assessment; a statement may be left unrated.
CREATE TABLE assessment_ratings (
    assessment_id  bigint NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    statement_key  text NOT NULL REFERENCES quality_statements (key) ON UPDATE CASCADE ON DELETE RESTRICT,
    rating         smallint NOT NULL CHECK (rating BETWEEN 1 AND 4),
    evidence       text CHECK (evidence IS NULL OR length(evidence) <= 2000),
    PRIMARY KEY (assessment_id, statement_key)
);
CREATE INDEX assessment_ratings_statement ON assessment_ratings (statement_key);

-- The work plan: actions for an authority, each tied to one statement, owned by an officer or a
-- contact, due on a date; open, done, or dropped with a reason.
CREATE TABLE plan_actions (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id      bigint NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    statement_key     text NOT NULL REFERENCES quality_statements (key) ON UPDATE CASCADE ON DELETE RESTRICT,
    action            text NOT NULL CHECK (btrim(action) <> '' AND length(action) <= 2000),
    owner_officer_id  bigint REFERENCES officers (id),
    owner_contact_id  bigint REFERENCES contacts (id) ON DELETE SET NULL,
    owner_name        text NOT NULL CHECK (btrim(owner_name) <> '' AND length(owner_name) <= 200),
    due_on            date NOT NULL,
    status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    closed_on         date,
    drop_reason       text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT plan_actions_one_owner CHECK (owner_officer_id IS NULL OR owner_contact_id IS NULL),
    CONSTRAINT plan_actions_closed_when_not_open CHECK ((status = 'open') = (closed_on IS NULL)),
    CONSTRAINT plan_actions_dropped_with_reason CHECK ((status = 'dropped') = (drop_reason IS NOT NULL AND btrim(drop_reason) <> ''))
);
CREATE INDEX plan_actions_authority ON plan_actions (authority_id);
CREATE INDEX plan_actions_open_due ON plan_actions (due_on) WHERE status = 'open';
CREATE TRIGGER plan_actions_touch BEFORE UPDATE ON plan_actions FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
