import EngageCore

/// The forms about one's own account.
enum AccountForms {
    /// Changing one's own password: the current one, the new one twice. Ends every session of
    /// the account and starts a new one for this browser.
    static let passwordChange = BoardForm(
        name: "password-change", route: "/account/password", least: .viewer,
        read: { input, context in
            let current = Password.attempt(input.text("current"))
            if current == nil { input.fail("current", "Enter your current password") }
            let new = input.parse("new") { text throws(EngageError) in try Password(text) }
            if let new, input.text("confirm") != new.text { input.fail("confirm", "The two new passwords are not the same") }
            guard let current, let new, let session = context.visit.session else { return nil }
            return FormAction { store in
                let issued = try store.changePassword(of: session, current: current, new: new)
                return Confirmation(message: "Your password is changed.", path: "/", newSession: issued.secret)
            }
        },
        page: { _, visit, _ in PasswordPage.render(visit) })
}
