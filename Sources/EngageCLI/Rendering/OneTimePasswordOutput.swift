import EngageCore
import EngageRendering

/// A one-time password, printed once when it is made (`engage user reset-password`, `engage user
/// add --one-time-password`): for people, the password on a line of its own with what to do;
/// for scripts, `{"one_time_password": …, "user": {…}}`.
struct OneTimePasswordOutput: Encodable {
    /// The account, as listed (never a hash).
    let user: UserAccount
    /// The password, to be changed at the first sign-in.
    let oneTimePassword: String

    /// The output for `account` and its new one-time `password`.
    init(_ account: UserAccount, _ password: Password) {
        user = account
        oneTimePassword = password.text
    }

    /// Prints it for people, or as JSON.
    func print(json: Bool, in context: Context) throws {
        if json { return context.print(try JSONOutput.render(self)) }
        context.print("""
            one-time password for \(user.name) (\(user.role.rawValue)):
            \(oneTimePassword)
            Hand it over now: it cannot be shown again. It must be changed at the first sign-in.
            """)
    }
}
