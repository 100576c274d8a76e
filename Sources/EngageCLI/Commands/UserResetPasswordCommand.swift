import ArgParse
import EngageCore
import EngageRendering

/// `engage user reset-password NAME`.
struct UserResetPasswordCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "reset-password",
        abstract: "Give an account a random one-time password, printed once; it must be changed at the first sign-in.",
        discussion: """
            For someone who forgot their password, or a new account: the password is 16 letters and digits \
            (no look-alikes such as 0 and O), printed only this once, and replaces the old one at once; every \
            session of the account ends. At the next sign-in the board asks for a new one. --json prints \
            {"one_time_password": …, "user": {…}}.
            """,
        positionals: [Positional("NAME", help: "The account's name, from 'engage user list'.")],
        options: CommonOptions.writing,
        examples: [
            Example(#"engage user reset-password "Jo Whitfield""#, "A one-time password to hand Jo, who forgot hers."),
        ])

    let name: String
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        name = try arguments.required("NAME")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let (account, password) = try context.withStore(common) { try $0.resetPassword(of: name) }
        try OneTimePasswordOutput(account, password).print(json: common.json, in: context)
    }
}
