import ArgParse
import EngageCore
import EngageRendering

/// `engage user set-password NAME [--password-stdin]`.
struct UserSetPasswordCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "set-password",
        abstract: "Set an account's password: typed twice without echo, or read from standard input.",
        discussion: """
            On a terminal it asks twice, without echo; the two must match. --password-stdin reads the first \
            line of standard input instead (only its newline is removed: spaces count), for scripts; without a \
            terminal it is required. Rules: at least \(Password.minimumLength) characters, at most \
            \(Password.maximumBytes) bytes of UTF-8, one line, no control characters (a phrase of a few words \
            is a good one). The password is not one-time; every session of the account ends. PostgreSQL \
            hashes it (pgcrypto, Blowfish); it is never printed, logged or audited.
            """,
        positionals: [Positional("NAME", help: "The account's name, from 'engage user list'.")],
        options: [
            .flag("password-stdin", help: "Read the password from the first line of standard input, not the terminal."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage user set-password "Jo Whitfield""#, "Type Jo's new password, twice."),
            Example(#"printf '%s\n' "$NEW_PASSWORD" | engage user set-password "Jo Whitfield" --password-stdin"#,
                    "The same from a script."),
        ])

    let name: String
    let fromStandardInput: Bool
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        fromStandardInput = arguments.flag("password-stdin")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let source = try PasswordSource.choose(fromStandardInput: fromStandardInput, command: ["engage", "user", "set-password"])
        let account = try context.withStore(common) { store in
            let account = try store.user(named: name)
            return try store.setPassword(of: account.name, to: try source.read(for: account.name))
        }
        if common.json { return context.print(try JSONOutput.render(account)) }
        context.print("set the password of \(account.name); every session of the account has ended")
    }
}
