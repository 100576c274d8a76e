import EngageCore
import EngageStore

/// People's accounts, for managers: adding one, disabling and enabling it, resetting its
/// password. The store keeps the rules (names unique, an officer's account acts as a known
/// officer, nobody disables themself) and audits each change without any password.
///
/// A new account and a reset both get a one-time password, which the answer shows once, on a
/// page of its own (200, never stored): never in the confirmation's cookie or in a URL.
enum PeopleForms {
    /// Adding an account: name, role, and for an officer's account the officer it acts as;
    /// it gets a one-time password at once (as `engage user add --one-time-password` does).
    static let add = BoardForm(
        name: "person-add", route: PeoplePage.path, least: .manager,
        read: { input, _ in
            let name = input.parse("name") { text throws(EngageError) in try DisplayName.validated(text, of: "user") }
            let role = input.parse("role") { text throws(EngageError) in try Role.parse(text) }
            guard let name, let role else { return nil }
            let user: NewUser
            do throws(EngageError) {
                user = try NewUser(name: name, role: role, officer: input.optional("officer"))
            } catch {
                input.fail("officer", BoardMessage.sentence(error))
                return nil
            }
            return FormAction { store in
                let added = try store.addUser(user)
                return oneTimePassword(try store.resetPassword(of: added.name),
                                       message: "Account added for \(added.name), \(added.role.rawValue).")
            }
        },
        page: { store, visit, _ in try PeoplePage.render(store, visit: visit) },
        ownPage: true)

    /// Stopping an account from signing in; ends its sessions at once.
    static let disable = BoardForm(
        name: "person-disable", route: PersonPage.route + "/disable", least: .manager,
        read: { _, context in
            FormAction { store in
                let account = try store.disableUser(context.parameter("name"))
                return Confirmation(message: "\(account.name)'s account is disabled; their sessions have ended.",
                                    path: PersonPage.path(of: account.name))
            }
        },
        page: personPage)

    /// Letting a disabled account sign in again, with its password as it was.
    static let enable = BoardForm(
        name: "person-enable", route: PersonPage.route + "/enable", least: .manager,
        read: { _, context in
            FormAction { store in
                let account = try store.enableUser(context.parameter("name"))
                return Confirmation(message: "\(account.name)'s account is enabled again.", path: PersonPage.path(of: account.name))
            }
        },
        page: personPage)

    /// Giving an account a new one-time password (ending its sessions), shown once.
    static let reset = BoardForm(
        name: "person-reset", route: PersonPage.route + "/password", least: .manager,
        read: { _, context in
            FormAction { store in
                let reset = try store.resetPassword(of: context.parameter("name"))
                return oneTimePassword(reset, message: "\(reset.account.name)'s password is reset; their sessions have ended.")
            }
        },
        page: personPage)

    /// The confirmation that answers with the one-time password's page instead of a redirect.
    private static func oneTimePassword(_ reset: (account: UserAccount, password: Password), message: String) -> Confirmation {
        Confirmation(message: message, path: PersonPage.path(of: reset.account.name),
                     shownOnce: { visit in OneTimePasswordPage.render(reset.account, password: reset.password, visit: visit) })
    }

    private static let personPage: @Sendable (Store, Visit, FormContext) throws -> HTML = { store, visit, context in
        try PersonPage.render(named: context.parameter("name"), in: store, visit: visit)
    }
}
