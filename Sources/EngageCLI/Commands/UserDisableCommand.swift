import ArgParse
import EngageCore
import EngageRendering

/// `engage user disable NAME`.
struct UserDisableCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "disable",
        abstract: "Stop an account from signing in, and end its sessions at once.",
        discussion: """
            Its sessions end on every service at once; the account and its password stay, and 'engage user \
            enable' lets it sign in again. The audit log keeps who did it and when. Nobody disables their own \
            account: it is refused when the one acting (--as, else $ENGAGE_USER or $USER) is its name.
            """,
        positionals: [Positional("NAME", help: "The account's name, from 'engage user list'.")],
        options: CommonOptions.writing,
        examples: [Example(#"engage user disable "Jo Whitfield""#, "Jo has left the team: her account no longer signs in.")])

    let name: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let account = try context.withStore(common) { try $0.disableUser(name) }
        if common.json { return context.print(try JSONOutput.render(account)) }
        context.print("disabled \(account.name)'s account: it cannot sign in, and its sessions have ended")
    }
}
