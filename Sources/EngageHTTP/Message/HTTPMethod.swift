/// An HTTP request method, such as `GET` or `POST`.
///
/// Methods are case-sensitive tokens (RFC 9110 §9.1): `get` is not `GET`. Any token the parser
/// accepts becomes a method; the common ones have names.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method's token as sent on the wire.
    public let rawValue: String

    /// A method from its token.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The method's token.
    public var description: String { rawValue }

    /// `GET`: read a resource.
    public static let get = HTTPMethod(rawValue: "GET")
    /// `HEAD`: as `GET`, without the body.
    public static let head = HTTPMethod(rawValue: "HEAD")
    /// `POST`: create, or run a command.
    public static let post = HTTPMethod(rawValue: "POST")
    /// `PUT`: replace a resource.
    public static let put = HTTPMethod(rawValue: "PUT")
    /// `PATCH`: change part of a resource.
    public static let patch = HTTPMethod(rawValue: "PATCH")
    /// `DELETE`: remove a resource.
    public static let delete = HTTPMethod(rawValue: "DELETE")
    /// `OPTIONS`: ask what a resource allows.
    public static let options = HTTPMethod(rawValue: "OPTIONS")

    /// Whether a request with this method is expected to carry a body, so must say how long it
    /// is (`POST`, `PUT`, `PATCH`); the parser answers 411 when such a request has no
    /// `Content-Length`.
    public var expectsBody: Bool { self == .post || self == .put || self == .patch }
}
