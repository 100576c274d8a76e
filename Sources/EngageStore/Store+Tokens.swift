import EngageCore
import Postgres

extension Store {
    /// Creates a token for `user` with `role`; an officer's token acts as the officer of that name.
    /// Only the token's SHA-256 is stored; the secret is returned once.
    /// - Throws: `EngageError.notFound` when an officer token names no officer.
    public func createToken(user: String, role: Role) throws -> IssuedToken {
        let user = try DisplayName.validated(user, of: "user")
        let secret = APIToken.generateSecret()
        return try write { connection in
            let officer = role == .officer ? try requireOfficer(named: user, in: connection) : nil
            let id = try connection.execute("""
                INSERT INTO api_tokens (user_name, role, officer_id, token_hash)
                VALUES (\(officer?.name ?? user), \(role), \(officer?.id), encode(sha256(convert_to(\(secret), 'UTF8')), 'hex'))
                RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            let token = try loadToken(id: id, in: connection)
            try audit(connection, action: "token.create", entity: "token", id: id, details: AuditChange(after: token))
            return IssuedToken(token: token, secret: secret)
        }
    }

    /// Revokes a token; it stops working at once.
    /// - Throws: `EngageError.notFound` for an unknown id, `.refused` when already revoked.
    public func revokeToken(id: Int64) throws -> APIToken {
        try write { connection in
            guard let before = try connection.execute(Self.tokenSelect + " WHERE t.id = \(id) FOR UPDATE OF t").decodeFirst(APIToken.self) else {
                throw EngageError(.notFound, "no token with id \(id)", hint: "see 'engage token list'")
            }
            guard before.revokedAt == nil else {
                throw EngageError(.refused, "token \(id) of \(before.user) is already revoked")
            }
            try connection.execute("UPDATE api_tokens SET revoked_at = now() WHERE id = \(id)")
            let after = try loadToken(id: id, in: connection)
            try audit(connection, action: "token.revoke", entity: "token", id: id, details: AuditChange(before: before, after: after))
            return after
        }
    }

    /// Every token, newest first (never the secrets, which are not stored).
    public func tokens() throws -> [APIToken] {
        try read { connection in
            try connection.execute(Self.tokenSelect + " ORDER BY t.created_at DESC, t.id DESC").decodeRows(APIToken.self)
        }
    }

    /// The token a secret belongs to, when it exists and is not revoked; nil otherwise.
    /// - Parameter secret: What a client presented (e.g. after `Bearer `).
    public func authenticate(_ secret: String) throws -> APIToken? {
        try read { connection in
            try connection.execute(Self.tokenSelect + """
                 WHERE t.token_hash = encode(sha256(convert_to(\(secret), 'UTF8')), 'hex') AND t.revoked_at IS NULL
                """).decodeFirst(APIToken.self)
        }
    }

    private func loadToken(id: Int64, in connection: Connection) throws -> APIToken {
        try connection.execute(Self.tokenSelect + " WHERE t.id = \(id)").decodeSingle(APIToken.self)
    }

    private static let tokenSelect: Query = """
        SELECT t.id, t.user_name, t.role, o.name AS officer, t.created_at, t.revoked_at
        FROM api_tokens t LEFT JOIN officers o ON o.id = t.officer_id
        """
}

extension Role: PostgresDecodable, PostgresEncodable {}

extension APIToken: RowDecodable {
    static let columns = ["id", "user_name", "role", "officer", "created_at", "revoked_at"]

    init(row: Row) throws {
        var cells = row.cells
        self.init(id: try cells.next(), user: try cells.next(), role: try cells.next(),
                  officer: try cells.next(), createdAt: try cells.next(), revokedAt: try cells.next())
    }
}
