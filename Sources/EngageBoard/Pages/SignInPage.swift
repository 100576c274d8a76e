/// The sign-in page: name and password.
enum SignInPage {
    /// The form's name.
    static let form = "signin"

    /// The page, with the form's errors and the name as typed when a sign-in failed.
    static func render(_ state: FormState? = nil) -> HTML {
        let view = FormView(name: form, state: state)
        return Layout.page(title: "Sign in", viewer: nil, current: "/signin", form: state, body: """
            <h1>Sign in</h1>
            <form class="board-form" id="signin" method="post" action="/signin" novalidate>\
            \(state?.formErrors(of: form).map { "<p class=\"error-message form-error\">\($0)</p>" as HTML } ?? [])\
            \(view.input("name", label: "Your name", hint: "As your manager set up your account, e.g. Jo Whitfield", autocomplete: "username"))\
            \(view.input("password", label: "Password", type: "password", autocomplete: "current-password"))\
            <button type="submit" class="button">Sign in</button></form>
            <p class="hint">Forgotten your password? Ask your manager to reset it: you get a one-time password to change when you sign in.</p>
            """)
    }
}
