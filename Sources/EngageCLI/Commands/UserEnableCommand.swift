import ArgParse
import EngageCore
import EngageRendering

/// `engage user enable NAME`.
struct UserEnableCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "enable",
        abstract: "Let a disabled account sign in again, with its password as it was.",
        discussion: "Sessions ended by 'engage user disable' stay ended: the person signs in afresh.",
        positionals: [Positional("NAME", help: "The account's name, from 'engage user list'.")],
        options: CommonOptions.writing,
        examples: [Example(#"engage user enable "Jo Whitfield""#, "Jo is back: she signs in with her password.")])

    let name: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let account = try context.withStore(common) { try $0.enableUser(name) }
        if common.json { return context.print(try JSONOutput.render(account)) }
        guard account.hasPassword else {
            return context.print("enabled \(account.name)'s account; it has no password yet: see 'engage user reset-password'")
        }
        context.print("enabled \(account.name)'s account: it signs in again with its password")
    }
}
