/// Why bytes from a client are not a request the server accepts; each carries the status the
/// server answers with before closing the connection.
public enum HTTPParseError: HTTPError, Equatable, Sendable {
    /// 400: the request line or a header is malformed; the text says which.
    case badRequest(String)
    /// 431: the request line and headers together exceed the limit.
    case headersTooLarge(limit: Int)
    /// 413: `Content-Length` exceeds the body limit.
    case bodyTooLarge(limit: Int)
    /// 411: a `POST`, `PUT` or `PATCH` without `Content-Length`.
    case lengthRequired
    /// 501: the request uses `Transfer-Encoding` (chunked bodies are not supported).
    case transferEncodingNotImplemented
    /// 505: a version other than HTTP/1.0 or HTTP/1.1.
    case versionNotSupported(String)
    /// 408: the request did not arrive in time (raised by the server, not the parser).
    case timeout

    /// The status the server answers with.
    public var status: HTTPStatus {
        switch self {
        case .badRequest: .badRequest
        case .headersTooLarge: .requestHeaderFieldsTooLarge
        case .bodyTooLarge: .contentTooLarge
        case .lengthRequired: .lengthRequired
        case .transferEncodingNotImplemented: .notImplemented
        case .versionNotSupported: .httpVersionNotSupported
        case .timeout: .requestTimeout
        }
    }

    /// A sentence saying what was wrong.
    public var message: String {
        switch self {
        case .badRequest(let why): "bad request: \(why)"
        case .headersTooLarge(let limit): "the request line and headers exceed \(limit) bytes"
        case .bodyTooLarge(let limit): "the request body exceeds \(limit) bytes"
        case .lengthRequired: "a request with a body must give its Content-Length"
        case .transferEncodingNotImplemented: "Transfer-Encoding is not supported; send Content-Length"
        case .versionNotSupported(let version): "\(version) is not supported; use HTTP/1.1"
        case .timeout: "the request did not arrive in time"
        }
    }
}
