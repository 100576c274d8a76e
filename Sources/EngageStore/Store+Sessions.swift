import EngageCore
import FoundationEssentials
import Postgres

/// Signing in to the board, its sessions and its throttle, all in the database so that every
/// service process sees the same: a session ended or a name locked on one is so on all.
extension Store {
    /// Checks a name and password and, when they match an enabled account, starts a session.
    ///
    /// Attempts for one name (folded to lower case, known or not) run one at a time, under a
    /// transaction-scoped advisory lock. A locked name is refused without looking at the password.
    /// A failure is counted; the `SignInPolicy.failuresBeforeLock`th within the window locks the
    /// name. An unknown name costs a hash like a known one, so timing tells nothing. Failures and
    /// locks are audited with the name as typed, never the password.
    public func signIn(name rawName: String, password: Password) throws -> SignInOutcome {
        let name = String(rawName.trimmingWhitespace().prefix(DisplayName.maximumLength))
        return try write { connection in
            try connection.execute("SELECT pg_advisory_xact_lock(hashtextextended('engage.signin:' || lower(\(name)), 0))")
            if let until = try connection.execute("""
                SELECT locked_until FROM signin_locks WHERE name_key = lower(\(name)) AND locked_until > now()
                """).first?.decode("locked_until", as: Date.self) {
                try audit(connection, action: "signin.refuse-locked", entity: "user", id: nil, details: SignInAttempt(name: name))
                return .locked(until: until)
            }
            guard let account = try matchingAccount(name: name, password: password, in: connection) else {
                return try countFailure(name: name, in: connection)
            }
            try connection.execute("DELETE FROM signin_failures WHERE name_key = lower(\(name))")
            try connection.execute("""
                DELETE FROM sessions s WHERE s.user_id = \(account.id) AND (\(Self.sessionExpired))
                """)
            let issued = try startSession(for: account.id, in: connection)
            try audit(connection, action: "signin.succeed", entity: "user", id: account.id, details: SignInAttempt(name: account.name),
                      by: account.name)
            return .signedIn(issued)
        }
    }

    /// The live session a cookie's secret belongs to, or nil (unknown, ended, idle too long, too
    /// old, or its account disabled). Records the use at most once a `SignInPolicy.touchInterval`.
    public func session(secret: String) throws -> BoardSession? {
        guard let found = try read({ connection in
            try loadSession(Self.sessionSelect + " WHERE s.secret_hash = \(Self.hashed(secret)) AND u.disabled_at IS NULL "
                            + " AND NOT (" + Self.sessionExpired + ")", in: connection)
        }) else { return nil }
        guard Date().timeIntervalSince(found.lastSeenAt) >= SignInPolicy.touchInterval.seconds else { return found }
        return try write { connection in
            try connection.execute("UPDATE sessions SET last_seen_at = now() WHERE id = \(found.id)")
            return try loadSession(Self.sessionSelect + " WHERE s.id = \(found.id)", in: connection)
        }
    }

    /// Ends the session a cookie's secret belongs to (signing out); nothing when there is none.
    public func signOut(secret: String) throws {
        try write { connection in
            guard let row = try connection.execute("""
                DELETE FROM sessions s USING users u WHERE s.secret_hash = \(Self.hashed(secret)) AND u.id = s.user_id
                RETURNING u.id, u.name
                """).first else { return }
            let name = try row.decode("name", as: String.self)
            try audit(connection, action: "signin.sign-out", entity: "user", id: try row.decode("id", as: Int64.self),
                      details: SignInAttempt(name: name), by: name)
        }
    }

    /// A signed-in person changes their own password: the current one must match; every session
    /// of theirs ends, and a new one starts for the browser that asked.
    /// - Throws: `EngageError.invalid` naming the current password when it does not match.
    public func changePassword(of session: BoardSession, current: Password, new: Password) throws -> IssuedSession {
        try write { connection in
            let matches = try connection.execute("""
                SELECT password_hash = crypt(\(current.text), password_hash) AS matches FROM users WHERE id = \(session.account.id)
                FOR UPDATE
                """).first?.decode("matches", as: Bool?.self) ?? nil
            guard matches == true else {
                throw EngageError(.invalid, "the current password is not right", hint: "type the password you signed in with")
            }
            try connection.execute("""
                UPDATE users SET password_hash = crypt(\(new.text), gen_salt('bf', 12)), must_change_password = false,
                                 password_changed_at = now()
                WHERE id = \(session.account.id)
                """)
            let ended = try endSessions(ofUser: session.account.id, in: connection)
            let issued = try startSession(for: session.account.id, in: connection)
            try audit(connection, action: "user.change-password", entity: "user", id: session.account.id,
                      details: SessionsEnded(name: session.account.name, sessionsEnded: ended), by: session.account.name)
            return issued
        }
    }

    /// Starts a session for the account `userID`: a new random secret (for the cookie, kept here
    /// only as its hash) and CSRF token.
    private func startSession(for userID: Int64, in connection: Connection) throws -> IssuedSession {
        let secret = RandomSecret.hex()
        let id = try connection.execute("""
            INSERT INTO sessions (user_id, secret_hash, csrf_token) VALUES (\(userID), \(Self.hashed(secret)), \(RandomSecret.hex()))
            RETURNING id
            """).singleRow().decode("id", as: Int64.self)
        guard let session = try loadSession(Self.sessionSelect + " WHERE s.id = \(id)", in: connection) else {
            throw EngageError(.notFound, "the new session \(id) could not be read back")
        }
        return IssuedSession(session: session, secret: secret)
    }

    /// The enabled account `name` and `password` match, or nil; always costs one hash.
    private func matchingAccount(name: String, password: Password, in connection: Connection) throws -> UserAccount? {
        let row = try connection.execute("""
            SELECT u.id, u.disabled_at IS NULL AND u.password_hash = crypt(\(password.text), coalesce(u.password_hash, \(Self.decoyHash)))
                   AS matches
            FROM (SELECT 1) AS one LEFT JOIN users u ON lower(u.name) = lower(\(name))
            """).singleRow()
        guard try row.decode("matches", as: Bool?.self) == true, let id = try row.decode("id", as: Int64?.self) else { return nil }
        return try loadUser(id: id, in: connection)
    }

    /// Counts a failed sign-in for `name`, locking the name when it is the last one allowed.
    private func countFailure(name: String, in connection: Connection) throws -> SignInOutcome {
        let window = Int(SignInPolicy.failureWindow.seconds), lockout = Int(SignInPolicy.lockout.seconds)
        try connection.execute("""
            DELETE FROM signin_failures WHERE failed_at < now() - make_interval(secs => \(window))
            """)
        try connection.execute("INSERT INTO signin_failures (name_key) VALUES (lower(\(name)))")
        let failures = try connection.execute("""
            SELECT count(*) AS n FROM signin_failures WHERE name_key = lower(\(name))
            """).singleRow().decode("n", as: Int.self)
        try audit(connection, action: "signin.fail", entity: "user", id: nil, details: SignInAttempt(name: name))
        guard failures >= SignInPolicy.failuresBeforeLock else { return .refused }
        let until = try connection.execute("""
            INSERT INTO signin_locks (name_key, locked_until) VALUES (lower(\(name)), now() + make_interval(secs => \(lockout)))
            ON CONFLICT (name_key) DO UPDATE SET locked_until = EXCLUDED.locked_until
            RETURNING locked_until
            """).singleRow().decode("locked_until", as: Date.self)
        try connection.execute("DELETE FROM signin_failures WHERE name_key = lower(\(name))")
        try audit(connection, action: "signin.lock", entity: "user", id: nil, details: SignInLock(name: name, failures: failures))
        return .locked(until: until)
    }

    private func loadSession(_ query: Query, in connection: Connection) throws -> BoardSession? {
        try connection.execute(query).first.map { row in
            BoardSession(id: try row.decode("session_id"), account: try UserAccount(row: row), csrfToken: try row.decode("csrf_token"),
                         createdAt: try row.decode("session_created_at"), lastSeenAt: try row.decode("last_seen_at"))
        }
    }

    /// The condition that the session `s` is past its idle or absolute limit.
    private static var sessionExpired: Query {
        let idle = Int(SignInPolicy.idleTimeout.seconds), absolute = Int(SignInPolicy.absoluteTimeout.seconds)
        return "s.last_seen_at <= now() - make_interval(secs => \(idle)) OR s.created_at <= now() - make_interval(secs => \(absolute))"
    }

    /// How a secret is kept: its SHA-256 in hex, as for API tokens.
    static func hashed(_ secret: String) -> Query {
        "encode(sha256(convert_to(\(secret), 'UTF8')), 'hex')"
    }

    /// A Blowfish hash of no one's password, of the same cost as real ones: an unknown name is
    /// checked against it, so that it takes as long as a known one.
    private static let decoyHash = "$2a$12$XsIH5KUFeZFYvbwg5IfePuNqaz8knbr6JiexOWAn6Zs0mmrVWENv."

    private static let sessionSelect: Query = """
        SELECT s.id AS session_id, s.csrf_token, s.created_at AS session_created_at, s.last_seen_at,
               u.id, u.name, u.role, o.name AS officer, u.password_hash IS NOT NULL AS has_password,
               u.must_change_password, u.password_changed_at, u.disabled_at, u.created_at
        FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN officers o ON o.id = u.officer_id
        """
}

/// The audit row of a sign-in, a failure or a sign-out: the name as typed, never the password.
struct SignInAttempt: Encodable {
    let name: String
}

/// The audit row of a lock.
struct SignInLock: Encodable {
    let name: String
    let failures: Int
}
