import EngageCore
import Postgres

/// People's accounts for the board: adding, passwords (hashed and compared by pgcrypto in the
/// database, never here), disabling. Audit rows name the account, never a password or a hash.
extension Store {
    /// Adds an account, without a password until one is set.
    /// - Throws: `EngageError.duplicate` for a name in use, `.notFound` for an unknown officer.
    public func addUser(_ new: NewUser) throws -> UserAccount {
        try write { connection in
            let officer = try new.officer.map { try requireOfficer(named: $0, in: connection) }
            let id = try connection.execute("""
                INSERT INTO users (name, role, officer_id) VALUES (\(new.name), \(new.role), \(officer?.id)) RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let account = try loadUser(id: id, in: connection)
            try audit(connection, action: "user.add", entity: "user", id: id, details: AuditChange(after: account))
            return account
        }
    }

    /// Every account, by name.
    public func users() throws -> [UserAccount] {
        try read { connection in try connection.execute(Self.userSelect + " ORDER BY lower(u.name)").map(UserAccount.init(row:)) }
    }

    /// One account by name, ignoring case.
    /// - Throws: `EngageError.notFound` naming the nearest names.
    public func user(named name: String) throws -> UserAccount {
        try read { connection in try requireUser(named: name, in: connection) }
    }

    /// Sets an account's password and ends all its sessions.
    /// - Parameters:
    ///   - name: The account.
    ///   - password: The new password, checked against the rules.
    ///   - oneTime: Whether it must be changed at the next sign-in (a manager's reset).
    public func setPassword(of name: String, to password: Password, oneTime: Bool = false) throws -> UserAccount {
        try write { connection in
            let before = try requireUser(named: name, in: connection, locking: true)
            try connection.execute("""
                UPDATE users SET password_hash = crypt(\(password.text), gen_salt('bf', 12)),
                                 must_change_password = \(oneTime), password_changed_at = now()
                WHERE id = \(before.id)
                """)
            let ended = try endSessions(ofUser: before.id, in: connection)
            let after = try loadUser(id: before.id, in: connection)
            try audit(connection, action: oneTime ? "user.reset-password" : "user.set-password", entity: "user", id: before.id,
                      details: SessionsEnded(name: after.name, sessionsEnded: ended))
            return after
        }
    }

    /// Gives an account a new random password to hand over once, to be changed at its next
    /// sign-in; ends its sessions.
    /// - Returns: The account and the one-time password.
    public func resetPassword(of name: String) throws -> (account: UserAccount, password: Password) {
        let password = Password.oneTime()
        return (try setPassword(of: name, to: password, oneTime: true), password)
    }

    /// Stops an account from signing in and ends its sessions at once, on every service.
    /// - Throws: `EngageError.refused` when it is disabled already, or when it is the store's
    ///   actor's own account (nobody locks themself out; another manager can).
    public func disableUser(_ name: String) throws -> UserAccount {
        try write { connection in
            let before = try requireUser(named: name, in: connection, locking: true)
            guard !before.isDisabled else {
                throw EngageError(.refused, "\(before.name)'s account is already disabled", hint: "see 'engage user list'")
            }
            guard before.name.lowercased() != actor.lowercased() else {
                throw EngageError(.refused, "you cannot disable your own account, \(before.name)", hint: "ask another manager to do it")
            }
            try connection.execute("UPDATE users SET disabled_at = now() WHERE id = \(before.id)")
            _ = try endSessions(ofUser: before.id, in: connection)
            let after = try loadUser(id: before.id, in: connection)
            try audit(connection, action: "user.disable", entity: "user", id: before.id, details: AuditChange(before: before, after: after))
            return after
        }
    }

    /// Lets a disabled account sign in again (with its password as it was).
    /// - Throws: `EngageError.refused` when it is not disabled.
    public func enableUser(_ name: String) throws -> UserAccount {
        try write { connection in
            let before = try requireUser(named: name, in: connection, locking: true)
            guard before.isDisabled else {
                throw EngageError(.refused, "\(before.name)'s account is not disabled", hint: "see 'engage user list'")
            }
            try connection.execute("UPDATE users SET disabled_at = NULL WHERE id = \(before.id)")
            let after = try loadUser(id: before.id, in: connection)
            try audit(connection, action: "user.enable", entity: "user", id: before.id, details: AuditChange(before: before, after: after))
            return after
        }
    }

    func requireUser(named name: String, in connection: Connection, locking: Bool = false) throws -> UserAccount {
        let lock: Query = locking ? " FOR UPDATE OF u" : ""
        if let found = try connection.execute(Self.userSelect + " WHERE lower(u.name) = lower(\(name))" + lock).first {
            return try UserAccount(row: found)
        }
        throw try notFound("user", named: name, candidates: "SELECT name FROM users", otherwise: "see 'engage user list'", in: connection)
    }

    func loadUser(id: Int64, in connection: Connection) throws -> UserAccount {
        try UserAccount(row: connection.execute(Self.userSelect + " WHERE u.id = \(id)").singleRow())
    }

    /// Ends every session of an account; how many there were.
    func endSessions(ofUser id: Int64, in connection: Connection) throws -> Int {
        try connection.execute("DELETE FROM sessions WHERE user_id = \(id) RETURNING id").count
    }

    static let userSelect: Query = """
        SELECT u.id, u.name, u.role, o.name AS officer, u.password_hash IS NOT NULL AS has_password,
               u.must_change_password, u.password_changed_at, u.disabled_at, u.created_at
        FROM users u LEFT JOIN officers o ON o.id = u.officer_id
        """
}

/// The audit row of a password change: whose, and how many sessions it ended (never the password).
struct SessionsEnded: Encodable {
    /// The account's name (the key `engage audit` shows).
    let name: String
    let sessionsEnded: Int
}

extension UserAccount {
    init(row: Row) throws {
        self.init(id: try row.decode("id"), name: try row.decode("name"), role: try row.decode("role"),
                  officer: try row.decode("officer"), hasPassword: try row.decode("has_password"),
                  mustChangePassword: try row.decode("must_change_password"), passwordChangedAt: try row.decode("password_changed_at"),
                  disabledAt: try row.decode("disabled_at"), createdAt: try row.decode("created_at"))
    }
}
