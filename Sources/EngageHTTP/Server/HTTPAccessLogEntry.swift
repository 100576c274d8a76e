/// One access-log line: what was asked, how it was answered, how long it took.
///
/// It holds no header values and no query string, since tokens and personal data travel there.
public struct HTTPAccessLogEntry: Sendable, Equatable, CustomStringConvertible {
    /// The method, or `-` when the request could not be parsed.
    public let method: String
    /// The path without its query string, as sent (percent-encoded), or `-` when the request
    /// could not be parsed.
    public let path: String
    /// The status code answered.
    public let status: Int
    /// From the complete request to the response written.
    public let duration: Duration
    /// The request's id, also sent as `X-Request-ID`.
    public let requestID: String

    /// An entry from its parts.
    public init(method: String, path: String, status: Int, duration: Duration, requestID: String) {
        self.method = method
        self.path = path
        self.status = status
        self.duration = duration
        self.requestID = requestID
    }

    /// The duration in milliseconds, to a thousandth.
    public var durationMilliseconds: Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds / 1_000_000_000_000) / 1000
    }

    /// The line: `GET /api/authorities 200 3.251ms id=5f3a9c-17`.
    public var description: String {
        "\(method) \(path) \(status) \(durationMilliseconds)ms id=\(requestID)"
    }
}
