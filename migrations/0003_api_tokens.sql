-- API tokens for the service (engage serve). Only a SHA-256 hash of each token is stored; the
-- token itself is shown once, when it is created. An officer's token acts as that officer (the
-- service lets officers change only the authorities they lead).

CREATE TABLE api_tokens (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name   display_name NOT NULL,
    role        text NOT NULL CHECK (role IN ('viewer', 'officer', 'manager')),
    officer_id  bigint REFERENCES officers (id),
    token_hash  text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    CONSTRAINT api_tokens_officer_acts_as_officer CHECK ((role = 'officer') = (officer_id IS NOT NULL)),
    CONSTRAINT api_tokens_revoked_after_created CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
CREATE INDEX api_tokens_user ON api_tokens (lower(user_name));
