/// One HTTP response: status, headers and body.
///
/// The server adds `Content-Length` (unless set), `Connection`, `Date` and `X-Request-ID` when
/// it writes the response; handlers set the rest.
public struct HTTPResponse: Sendable, Equatable {
    /// The status.
    public var status: HTTPStatus
    /// The header fields.
    public var headers: HTTPHeaders
    /// The body's bytes.
    public var body: [UInt8]

    /// A response from its parts.
    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The media type of JSON bodies.
    public static let jsonContentType = "application/json; charset=utf-8"

    /// A JSON response from bytes already encoded (by `JSONEncoder` or by hand).
    public static func json(_ body: [UInt8], status: HTTPStatus = .ok, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var response = HTTPResponse(status: status, headers: headers, body: body)
        response.headers["Content-Type"] = jsonContentType
        return response
    }

    /// A JSON response from text already encoded as JSON.
    public static func json(_ text: String, status: HTTPStatus = .ok, headers: HTTPHeaders = [:]) -> HTTPResponse {
        json(Array(text.utf8), status: status, headers: headers)
    }

    /// A plain-text response, UTF-8.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array(text.utf8))
    }

    /// The JSON error response every failure uses:
    /// `{"error":{"code":"not_found","message":"…","details":{…}}}`.
    /// - Parameters:
    ///   - status: The status.
    ///   - code: A machine-readable code; the status's reason phrase in snake case by default.
    ///   - message: A sentence for people.
    ///   - detailsJSON: The text of a JSON object sent as `details`, already encoded; none by default.
    public static func error(_ status: HTTPStatus, code: String? = nil, message: String, detailsJSON: String? = nil) -> HTTPResponse {
        let details = detailsJSON.map { #","details":"# + $0 } ?? ""
        let text = #"{"error":{"code":"# + JSONString.quoted(code ?? status.errorCode)
            + #","message":"# + JSONString.quoted(message) + details + "}}"
        return json(text, status: status)
    }

    /// The body as UTF-8 text (for tests and logs).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
