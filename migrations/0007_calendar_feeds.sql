-- Calendar feeds: each person may subscribe to an iCalendar feed of what is due for them, at an
-- address holding a secret of its own (not a session's, not a token's).
--
-- As for sessions, only the SHA-256 of the secret is kept: the full address is shown once, when
-- it is issued, and never again. A person has at most one live feed; issuing a new one revokes
-- the old (its address answers 404 at once, on every service), and revoking stamps revoked_at
-- (the row stays, so the board can say when). The scope is fixed by the role when it is issued:
-- 'own' for an officer's account (the authorities that officer leads), 'team' for a manager's or
-- a viewer's. A disabled account's feed answers 404 while it is disabled.

CREATE TABLE calendar_feeds (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret_hash  text NOT NULL UNIQUE CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    scope        text NOT NULL CHECK (scope IN ('own', 'team')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    CONSTRAINT calendar_feeds_revoked_after_created CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
CREATE UNIQUE INDEX calendar_feeds_one_live ON calendar_feeds (user_id) WHERE revoked_at IS NULL;
