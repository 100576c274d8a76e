/// A ready-made `HTTPError`: a status with an optional code, message and headers.
///
/// ```swift
/// throw HTTPStatusError(.notFound, message: "no authority called \(name)")
/// ```
public struct HTTPStatusError: HTTPError, Equatable, Sendable {
    /// The response status.
    public let status: HTTPStatus
    /// The machine-readable code.
    public let code: String
    /// The sentence for people.
    public let message: String
    /// Extra response headers.
    public let headers: HTTPHeaders

    /// An error answered with `status`; the code defaults to the reason phrase in snake case and
    /// the message to the reason phrase.
    public init(_ status: HTTPStatus, code: String? = nil, message: String? = nil, headers: HTTPHeaders = [:]) {
        self.status = status
        self.code = code ?? status.errorCode
        self.message = message ?? status.reasonPhrase
        self.headers = headers
    }
}
