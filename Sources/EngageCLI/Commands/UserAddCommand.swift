import ArgParse
import EngageCore
import EngageRendering

/// `engage user add NAME --role ROLE [--officer OFFICER] [--one-time-password]`.
struct UserAddCommand: EngageCommand {
    static let signature = CommandSignature(
        name: "add",
        abstract: "Add an account that signs in to the board, by name and role.",
        discussion: """
            Roles: viewer reads everything and lists follow-ups; officer also records for the authorities \
            the officer leads, and acts as that officer (NAME, unless --officer names another; the officer \
            must exist, see 'engage officer list'); manager may do everything. Names are unique ignoring \
            case, and are what people type to sign in. \
            The account has no password, and cannot sign in, until one is set: --one-time-password gives it \
            a random one at once and prints it, once (what to hand someone you make an account for; it must \
            be changed at the first sign-in). Else 'engage user set-password' or 'engage user reset-password' \
            does it later.
            """,
        positionals: [Positional("NAME", help: "The person's name, as they will type it to sign in.")],
        options: [
            .value("role", valueName: "ROLE", help: "viewer, officer or manager.", required: true),
            .value("officer", valueName: "OFFICER", help: "For --role officer: the officer the account acts as. Default: NAME."),
            .flag("one-time-password", help: "Also give the account a random one-time password, and print it once."),
        ] + CommonOptions.writing,
        examples: [
            Example(#"engage user add "Jo Whitfield" --role officer --one-time-password"#,
                    "An account for the officer Jo Whitfield, with a one-time password to hand her."),
            Example(#"engage user add "Jo W" --role officer --officer "Jo Whitfield""#, "An account named otherwise than its officer."),
            Example(#"engage user add "Sam Lee" --role manager"#, "A manager's account, without a password yet."),
        ])

    let user: NewUser
    let oneTimePassword: Bool
    let common: CommonArguments

    init(arguments: ParsedArguments) throws {
        user = try NewUser(name: try arguments.required("NAME"), role: try Role.parse(try arguments.required("role")),
                           officer: arguments.value("officer"))
        oneTimePassword = arguments.flag("one-time-password")
        common = CommonArguments(arguments)
    }

    func run(in context: Context) throws {
        let (account, password) = try context.withStore(common) { store in
            let added = try store.addUser(user)
            guard oneTimePassword else { return (added, Password?.none) }
            let reset = try store.resetPassword(of: added.name)
            return (reset.account, Optional(reset.password))
        }
        if let password {
            if !common.json { context.print("added \(Self.describe(account))") }
            return try OneTimePasswordOutput(account, password).print(json: common.json, in: context)
        }
        if common.json { return context.print(try JSONOutput.render(account)) }
        context.print("""
            added \(Self.describe(account)), without a password; set one with 'engage user set-password', \
            or make a one-time one with 'engage user reset-password'
            """)
    }

    /// "account Jo Whitfield (officer Jo Whitfield)", "account Sam Lee (manager)".
    static func describe(_ account: UserAccount) -> String {
        guard let officer = account.officer else { return "account \(account.name) (\(account.role.rawValue))" }
        return "account \(account.name) (\(account.role.rawValue), acting as officer \(officer))"
    }
}
