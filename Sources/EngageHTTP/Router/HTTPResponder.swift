/// Something that answers requests: the server calls it on a worker thread for each request.
///
/// `respond(to:)` does not throw: errors are already answers (see `HTTPError`). It may block
/// (on a database, say); the server's worker threads exist for that.
public protocol HTTPResponder: Sendable {
    /// The response to `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse
}
