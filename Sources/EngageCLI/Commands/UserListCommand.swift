import ArgParse
import EngageCore
import EngageRendering
import TextTable

/// `engage user list`.
struct UserListCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "list",
        abstract: "List the board's accounts: role, officer, password set or one-time, disabled, created.",
        discussion: """
            PASSWORD is 'set', 'one-time' (made by reset-password: to be changed at the next sign-in) or \
            'none' (the account cannot sign in yet); never a password or its hash. DISABLED is the day it was \
            disabled. Accounts are listed by name.
            """,
        options: [CommonOptions.database, CommonOptions.json],
        examples: [
            Example("engage user list", "Who may sign in to the board, with which role."),
            Example("engage user list --json", "The same, for a script."),
        ])

    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let accounts = try context.withStore(common) { try $0.users() }
        if common.json { return context.print(try JSONOutput.render(accounts)) }
        guard !accounts.isEmpty else {
            return context.print("no accounts yet; add one with 'engage user add NAME --role ROLE'")
        }
        var table = TextTable(columns: [.init("NAME"), .init("ROLE"), .init("OFFICER"), .init("PASSWORD"), .init("DISABLED"),
                                        .init("CREATED")])
        for account in accounts {
            table.append([account.name, account.role.rawValue, account.officer ?? "", Self.password(of: account),
                          account.disabledAt.map(DateText.day) ?? "", DateText.day(account.createdAt)])
        }
        context.print(table.render(maxWidth: context.terminalWidth))
    }

    /// Whether the account has a password, and of which kind.
    static func password(of account: UserAccount) -> String {
        guard account.hasPassword else { return "none" }
        return account.mustChangePassword ? "one-time" : "set"
    }
}
