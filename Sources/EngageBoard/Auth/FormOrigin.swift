import EngageHTTP

/// Whether a form was sent from the board's own pages, by the `Origin` header browsers send with
/// every POST: it must be the public origin when one is configured, else this host (any scheme,
/// since a proxy may end TLS). A request without `Origin` (an old browser, a script) passes: the
/// CSRF token still guards it. `Origin: null` (a sandboxed frame, a redirect from elsewhere)
/// does not.
enum FormOrigin {
    static func isSameOrigin(_ request: HTTPRequest, origin: PublicOrigin?) -> Bool {
        guard let sent = request.headers["Origin"] else { return true }
        if let origin { return sent.lowercased() == origin.description }
        guard let host = request.headers["Host"]?.lowercased(), !host.isEmpty else { return false }
        return sent.lowercased() == "http://\(host)" || sent.lowercased() == "https://\(host)"
    }
}
