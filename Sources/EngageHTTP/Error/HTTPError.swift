/// An error that knows how the server should answer it: handlers throw one, the router turns it
/// into a JSON error response, `{"error":{"code":"…","message":"…"}}`, with its status.
///
/// Any other error a handler throws becomes a 500 whose message says nothing of the error, so
/// that internals (SQL, file paths) never reach a client.
public protocol HTTPError: Error {
    /// The response status.
    var status: HTTPStatus { get }
    /// A stable, machine-readable code; by default the status's reason phrase in snake case
    /// (`not_found`).
    var code: String { get }
    /// A sentence for people; by default the status's reason phrase.
    var message: String { get }
    /// Extra response headers (such as `Allow` or `Retry-After`); none by default.
    var headers: HTTPHeaders { get }
    /// Facts for programs, as the text of a JSON object, sent as the error's `details`; nil (no
    /// `details` member) by default.
    var detailsJSON: String? { get }
}

extension HTTPError {
    /// The status's reason phrase in snake case.
    public var code: String { status.errorCode }
    /// The status's reason phrase.
    public var message: String { status.reasonPhrase }
    /// No extra headers.
    public var headers: HTTPHeaders { [:] }
    /// No details.
    public var detailsJSON: String? { nil }

    /// The JSON error response for this error.
    public var response: HTTPResponse {
        var response = HTTPResponse.error(status, code: code, message: message, detailsJSON: detailsJSON)
        for field in headers { response.headers[field.name] = field.value }
        return response
    }
}
