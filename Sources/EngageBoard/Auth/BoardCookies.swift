import EngageHTTP

/// The board's two cookies, set and cleared in one place: the session (its random secret, never
/// a token) and the one-line confirmation shown after a form's redirect. Both `HttpOnly`,
/// `SameSite=Lax`, `Path=/`, and `Secure` when the service is reached over https.
struct BoardCookies: Sendable {
    static let session = "engage_session"
    static let confirmation = "engage_done"

    /// Where people reach the service, when known.
    let origin: PublicOrigin?

    /// Starts a session cookie, living as long as a session may.
    func startSession(_ secret: String, maxAge: Int) -> String { cookie(Self.session, secret, maxAge: maxAge) }
    /// Ends the session cookie.
    func endSession() -> String { cookie(Self.session, "", maxAge: 0) }
    /// Carries a confirmation to the next page (for a minute at most).
    func confirm(_ message: String) -> String { cookie(Self.confirmation, HTML.pathSegment(message), maxAge: 60) }
    /// Drops a confirmation once shown.
    func confirmationShown() -> String { cookie(Self.confirmation, "", maxAge: 0) }

    /// The confirmation a request carries, decoded.
    static func confirmation(in request: HTTPRequest) -> String? {
        request.cookie(confirmation).flatMap { $0.isEmpty ? nil : PercentDecoding.decode($0.utf8) }
    }

    /// `Location` for `path`: absolute under the public origin when there is one.
    func location(_ path: String) -> String { origin?.url(path) ?? path }

    private func cookie(_ name: String, _ value: String, maxAge: Int) -> String {
        "\(name)=\(value); Path=/; HttpOnly; SameSite=Lax; Max-Age=\(maxAge)" + (origin?.isSecure == true ? "; Secure" : "")
    }
}
