import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage token create --user NAME --role ROLE`.
struct TokenCreateCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "create",
        abstract: "Create a token for the service and print it once; only its SHA-256 is stored.",
        discussion: """
            Roles: viewer reads everything and lists follow-ups; officer also records agencies, activities, \
            briefings, contacts and follow-ups, and advances the authorities they lead (the user must be an \
            officer's name); manager also assigns, changes caps, overrides gates, erases contacts and imports.
            """,
        options: [
            .value("user", valueName: "NAME", help: "Who the token is for; an officer's name for --role officer.", required: true),
            .value("role", valueName: "ROLE", help: "viewer, officer or manager.", required: true),
        ] + CommonOptions.writing,
        examples: [Example("engage token create --user \"Jo Whitfield\" --role officer", "A token with which Jo works through the service.")])

    let user: String
    let role: Role
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        user = try arguments.required("user")
        role = try Role.parse(try arguments.required("role"))
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let issued = try context.withStore(common) { try $0.createToken(user: user, role: role) }
        if common.json { return context.print(try JSONOutput.render(issued)) }
        context.print("""
            token \(issued.token.id) for \(issued.token.user) (\(issued.token.role.rawValue)):
            \(issued.secret)
            Store it now: it cannot be shown again. Send it as 'Authorization: Bearer <token>'.
            """)
    }
}

/// `engage token list`.
struct TokenListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list", abstract: "List the service's tokens (never the tokens themselves), newest first.",
        options: [CommonOptions.database, CommonOptions.json],
        examples: [Example("engage token list", "Who has a token, with which role, and which are revoked.")])

    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let tokens = try context.withStore(common) { try $0.tokens() }
        if common.json { return context.print(try JSONOutput.render(tokens)) }
        guard !tokens.isEmpty else { return context.print("no tokens yet; create one with 'engage token create --user NAME --role ROLE'") }
        var table = TextTable(columns: [.init("ID", .right), .init("USER"), .init("ROLE"), .init("CREATED"), .init("REVOKED")])
        for token in tokens {
            table.append([String(token.id), token.user, token.role.rawValue, DateText.day(token.createdAt),
                          token.revokedAt.map(DateText.day) ?? ""])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }
}

/// `engage token revoke ID`.
struct TokenRevokeCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "revoke", abstract: "Revoke a token: it stops working at once.",
        positionals: [Positional("ID", help: "The token's id, from 'engage token list'.")],
        options: CommonOptions.writing,
        examples: [Example("engage token revoke 3", "Token 3 no longer opens the service.")])

    let id: Int
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        id = try arguments.int("ID", in: 1...Int.max) ?? 0
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let token = try context.withStore(common) { try $0.revokeToken(id: Int64(id)) }
        context.print(common.json ? try JSONOutput.render(token) : "revoked token \(token.id) of \(token.user)")
    }
}
