/// The header fields a production service sends on every answer, added by the server as it
/// writes each response (the handlers' own answers and the server's errors alike).
///
/// - Every answer: `X-Content-Type-Options: nosniff` (a browser takes the declared type, never
///   a guess) and `Referrer-Policy: same-origin` (addresses, which name authorities, do not leak
///   to other sites).
/// - HTML answers: `Content-Security-Policy` (by default: no script at all, style sheets and
///   images only from this origin, forms only to it, no framing).
/// - `Cache-Control: no-store` unless the handler set its own: most answers are behind a
///   sign-in, so no cache keeps anything unless a route says it may (a fingerprinted style sheet).
///
/// A field the handler already set is left as it is.
public struct ResponseHeaderPolicy: Sendable, Equatable {
    /// The `Content-Security-Policy` sent with HTML.
    public var contentSecurityPolicy: String

    /// The policy `engage serve` uses.
    public static let standard = ResponseHeaderPolicy(
        contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'")

    /// A policy with its content security policy.
    public init(contentSecurityPolicy: String) {
        self.contentSecurityPolicy = contentSecurityPolicy
    }

    /// `response` with the policy's fields added where it has none of that name.
    public func applied(to response: HTTPResponse) -> HTTPResponse {
        var response = response
        Self.setIfAbsent("X-Content-Type-Options", "nosniff", in: &response.headers)
        Self.setIfAbsent("Referrer-Policy", "same-origin", in: &response.headers)
        Self.setIfAbsent("Cache-Control", "no-store", in: &response.headers)
        if Self.isHTML(response) {
            Self.setIfAbsent("Content-Security-Policy", contentSecurityPolicy, in: &response.headers)
        }
        return response
    }

    private static func isHTML(_ response: HTTPResponse) -> Bool {
        response.headers["Content-Type"].map { $0.lowercased().hasPrefix("text/html") } ?? false
    }

    private static func setIfAbsent(_ name: String, _ value: String, in headers: inout HTTPHeaders) {
        if !headers.contains(name) { headers[name] = value }
    }
}
