/// The sign-in page: a form taking a token, which the service keeps in a cookie.
enum SignInPage {
    /// The page, with a line saying why when a sign-in failed.
    static func render(problem: String? = nil) -> HTML {
        let error: HTML = problem.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        return Layout.page(title: "Sign in", viewer: nil, current: "/signin", body: """
            <h1>Sign in</h1>
            <form id="signin" method="post" action="/signin">\(error)
            <label for="token">Your token</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            <p>A manager creates tokens with <code>engage token create --user NAME --role viewer|officer|manager</code>.</p>
            </form>
            """)
    }
}
