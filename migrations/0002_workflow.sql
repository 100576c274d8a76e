-- The engagement workflow: capacity caps that hold under concurrency, the activity kinds the
-- team uses, planned and national activities, follow-ups from a contact, days in stage, and
-- data-protection erasure in the audit log.

-- Capacity ------------------------------------------------------------------------------------
--
-- Each officer, and the team, carries a count of the active authorities it holds, kept by a
-- trigger on authorities and bounded by a CHECK. Two assignments racing for the last place both
-- update the same counter row: the second waits for the first to commit, re-reads the row, and
-- fails the CHECK. This holds for every path that makes an authority active (assign, reassign,
-- resume, reopen, raw SQL), and at any isolation level (under REPEATABLE READ or SERIALIZABLE the
-- second gets a serialization failure instead, which callers retry).

ALTER TABLE officers ADD COLUMN active_count integer NOT NULL DEFAULT 0 CHECK (active_count >= 0);
UPDATE officers o SET active_count =
    (SELECT count(*) FROM authorities a WHERE a.lead_officer_id = o.id AND a.status = 'active');
ALTER TABLE officers ADD CONSTRAINT officers_within_cap CHECK (active_count <= active_cap);

ALTER TABLE team_settings ADD COLUMN active_count integer NOT NULL DEFAULT 0 CHECK (active_count >= 0);
UPDATE team_settings SET active_count = (SELECT count(*) FROM authorities WHERE status = 'active');
ALTER TABLE team_settings ADD CONSTRAINT team_within_cap CHECK (team_cap IS NULL OR active_count <= team_cap);

CREATE FUNCTION count_active_places() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_active boolean := TG_OP <> 'INSERT' AND OLD.status = 'active';
    is_active  boolean := TG_OP <> 'DELETE' AND NEW.status = 'active';
    old_lead   bigint := CASE WHEN was_active THEN OLD.lead_officer_id END;
    new_lead   bigint := CASE WHEN is_active THEN NEW.lead_officer_id END;
    lead       bigint;
BEGIN
    -- Locks are taken team first, then officers by ascending id, so concurrent changes queue
    -- instead of deadlocking (two reassignments crossing between the same two officers included).
    IF was_active IS DISTINCT FROM is_active THEN
        UPDATE team_settings SET active_count = active_count + CASE WHEN is_active THEN 1 ELSE -1 END;
    END IF;
    IF old_lead IS DISTINCT FROM new_lead THEN
        FOR lead IN SELECT l FROM unnest(ARRAY[old_lead, new_lead]) AS l WHERE l IS NOT NULL ORDER BY l LOOP
            UPDATE officers SET active_count = active_count + CASE WHEN lead = new_lead THEN 1 ELSE -1 END
            WHERE id = lead;
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER authorities_count_places
    AFTER INSERT OR DELETE OR UPDATE OF status, lead_officer_id ON authorities
    FOR EACH ROW EXECUTE FUNCTION count_active_places();

-- When the authority entered its current stage, for "days in stage". The database keeps this and
-- status_changed_at itself; a writer may set either explicitly (e.g. a seed recording the past).
ALTER TABLE authorities ADD COLUMN stage_changed_at timestamptz;
UPDATE authorities SET stage_changed_at = status_changed_at WHERE stage IS NOT NULL;

CREATE FUNCTION stamp_authority_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status_changed_at IS NOT DISTINCT FROM OLD.status_changed_at THEN
        NEW.status_changed_at := now();
    END IF;
    IF NEW.stage IS NULL THEN
        NEW.stage_changed_at := NULL;
    ELSIF NEW.stage IS DISTINCT FROM OLD.stage AND NEW.stage_changed_at IS NOT DISTINCT FROM OLD.stage_changed_at THEN
        NEW.stage_changed_at := now();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER authorities_stamp_changes BEFORE UPDATE ON authorities
    FOR EACH ROW EXECUTE FUNCTION stamp_authority_changes();
CREATE FUNCTION stamp_new_authority() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.stage IS NULL THEN
        NEW.stage_changed_at := NULL;
    ELSE
        NEW.stage_changed_at := coalesce(NEW.stage_changed_at, NEW.status_changed_at);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER authorities_stamp_new BEFORE INSERT ON authorities
    FOR EACH ROW EXECUTE FUNCTION stamp_new_authority();

-- Activities ------------------------------------------------------------------------------------

ALTER TABLE activities DROP CONSTRAINT activities_kind_check;
UPDATE activities SET kind = 'lecture' WHERE kind = 'guest-lecture';
ALTER TABLE activities ADD CONSTRAINT activities_kind_check CHECK (kind IN
    ('presentation', 'workshop', 'stall', 'update', 'delegate', 'lecture', 'conference', 'meeting'));
-- An activity booked for a future date; it counts for nothing until it has happened.
ALTER TABLE activities ADD COLUMN planned boolean NOT NULL DEFAULT false;
-- A national activity (no authority) says which sector its audience was.
ALTER TABLE activities ADD CONSTRAINT activities_national_has_sector CHECK (authority_id IS NOT NULL OR sector IS NOT NULL);

-- Follow-ups ------------------------------------------------------------------------------------

ALTER TABLE followups ADD COLUMN contact_id bigint REFERENCES contacts (id) ON DELETE SET NULL;
CREATE INDEX followups_contact ON followups (contact_id);

-- Audit -----------------------------------------------------------------------------------------
--
-- The log stays append-only, with one exception: a data-protection erasure blanks the personal
-- data in earlier rows. The store sets engage.erasure for the erasing transaction only.

CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('engage.erasure', true) = 'on' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

-- A row trigger lets the erasing UPDATE through; TRUNCATE, which skips row triggers, is refused too.
DROP TRIGGER audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
