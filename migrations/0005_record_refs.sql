-- A stable key for the records whose natural key does not tell them apart (issue 14).
--
-- Two workshops at one authority on one day by one officer with no title, two national activities
-- on one day that differ only in sector, two follow-ups asked on one day in the same words but of
-- different kinds: the write paths accept them, so export must be able to write them and import
-- to read them back. Each activity and follow-up gets a ref, a random UUID given when it is
-- stored (existing rows get theirs here) and never changed. Export writes it as a column; import
-- matches a row that has one on it, and adds the record with that ref when it is new.
--
-- Authorities and agencies need none: their names are unique ignoring case (per authority, for
-- agencies, national ones included), so their natural key is already a key.

ALTER TABLE activities ADD COLUMN ref uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE activities ADD CONSTRAINT activities_ref_key UNIQUE (ref);

ALTER TABLE followups ADD COLUMN ref uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE followups ADD CONSTRAINT followups_ref_key UNIQUE (ref);
