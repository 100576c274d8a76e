-- People sign in to the board with a name and a password; API tokens stay for scripts.
--
-- Passwords are hashed by pgcrypto's crypt() with a Blowfish salt of cost 12 and compared in the
-- database; no code of engage's hashes them. pgcrypto is a trusted extension: the database's
-- owner may create it. A session is a random secret in a cookie, of which only the SHA-256 is
-- kept here; it ends when it is idle too long, when it is too old, on sign-out, and when its
-- user is disabled or changes password (the rows are deleted, so every service process sees it
-- at the next request). Failed sign-ins are counted per folded name, known or not, so that the
-- throttle holds across processes and says nothing about which names exist.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE users (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                 display_name NOT NULL,
    role                 text NOT NULL CHECK (role IN ('viewer', 'officer', 'manager')),
    officer_id           bigint REFERENCES officers (id),
    password_hash        text CHECK (password_hash ~ '^\$2[abxy]\$[0-9]{2}\$'),
    must_change_password boolean NOT NULL DEFAULT false,
    password_changed_at  timestamptz,
    disabled_at          timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_officer_acts_as_officer CHECK ((role = 'officer') = (officer_id IS NOT NULL))
);
CREATE UNIQUE INDEX users_name_key ON users (lower(name));

CREATE TABLE sessions (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret_hash   text NOT NULL UNIQUE CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    csrf_token    text NOT NULL CHECK (csrf_token ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE signin_failures (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_key   text NOT NULL,
    failed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signin_failures_name ON signin_failures (name_key, failed_at);

CREATE TABLE signin_locks (
    name_key      text PRIMARY KEY,
    locked_until  timestamptz NOT NULL
);
