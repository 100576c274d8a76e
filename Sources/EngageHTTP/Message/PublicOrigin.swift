/// Where people reach the service: the scheme, host and port of its public address, as a
/// reverse proxy in front of it serves it (`https://engage.example.org`).
///
/// Given by `engage serve --public-url` or `ENGAGE_PUBLIC_URL`. With an `https` origin the
/// board's cookies are `Secure`, and its redirects name the origin in full, so a proxy that
/// forgets to rewrite `Location` still sends people to the right place.
///
/// Limits: the service is served at the origin's root, so a path other than `/` is refused, as
/// are user names, queries and fragments; the host is a DNS name, an IPv4 address or a bracketed
/// IPv6 address, checked for its characters only.
public struct PublicOrigin: Sendable, Equatable, CustomStringConvertible {
    /// `http` or `https`.
    public let scheme: String
    /// The host, lowercased (with brackets for IPv6).
    public let host: String
    /// The port, when the address names one.
    public let port: Int?

    /// Whether people reach the service over TLS: cookies are then `Secure`.
    public var isSecure: Bool { scheme == "https" }

    /// The origin as a browser's `Origin` header gives it: `https://engage.example.org`.
    public var description: String { "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "") }

    /// The absolute address of `path` (which starts with `/`) under this origin.
    public func url(_ path: String) -> String { description + path }

    /// Parses `text`, or says in one sentence what is wrong with it.
    public static func parse(_ text: String) -> Result<PublicOrigin, Refusal> {
        let lowered = text.lowercased()
        let scheme = ["https", "http"].first { lowered.hasPrefix($0 + "://") }
        guard let scheme else {
            return .failure(Refusal("'\(text)' is not an address; give one such as https://engage.example.org"))
        }
        var rest = lowered.dropFirst(scheme.count + 3)
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        guard !rest.contains(where: { "/?#@".contains($0) }) else {
            return .failure(Refusal("'\(text)' has a path, query or user name; give only the scheme, host and port (the service is served at the root)"))
        }
        guard let (host, port) = splitHostPort(rest) else {
            return .failure(Refusal("'\(text)' does not name a valid host and port"))
        }
        return .success(PublicOrigin(scheme: scheme, host: host, port: port))
    }

    /// Why an address was refused.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// One sentence for people.
        public let description: String
        init(_ description: String) { self.description = description }
    }

    private init(scheme: String, host: String, port: Int?) {
        (self.scheme, self.host, self.port) = (scheme, host, port)
    }

    private static func splitHostPort(_ text: Substring) -> (String, Int?)? {
        let hostEnd = text.hasPrefix("[") ? text.firstIndex(of: "]").map(text.index(after:)) : text.firstIndex(of: ":") ?? text.endIndex
        guard let hostEnd else { return nil }
        let host = text[..<hostEnd]
        let portText = text[hostEnd...]
        guard isHost(host) else { return nil }
        if portText.isEmpty { return (String(host), nil) }
        guard portText.hasPrefix(":"), let port = Int(portText.dropFirst()), (1...65_535).contains(port),
              portText.dropFirst().allSatisfy(\.isASCII) else { return nil }
        return (String(host), port)
    }

    private static func isHost(_ host: Substring) -> Bool {
        if host.hasPrefix("[") {
            let inner = host.dropFirst().dropLast()
            return host.hasSuffix("]") && !inner.isEmpty && inner.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        return !host.isEmpty && !host.hasPrefix(".") && !host.hasPrefix("-")
            && host.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }
}
