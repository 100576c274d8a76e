/// The HTTP version of a request: only 1.0 and 1.1 are served.
public struct HTTPVersion: Hashable, Sendable, CustomStringConvertible {
    /// The major version (1).
    public let major: Int
    /// The minor version (0 or 1).
    public let minor: Int

    /// A version from its two numbers.
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// HTTP/1.0: connections close after each response unless the client asks for keep-alive.
    public static let http1_0 = HTTPVersion(major: 1, minor: 0)
    /// HTTP/1.1: connections stay open unless either side says `Connection: close`.
    public static let http1_1 = HTTPVersion(major: 1, minor: 1)

    /// The version as it appears on the wire, `HTTP/1.1`.
    public var description: String { "HTTP/\(major).\(minor)" }
}
