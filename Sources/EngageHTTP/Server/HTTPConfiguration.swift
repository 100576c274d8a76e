/// Where the server listens and every limit it enforces, each with a default.
///
/// The defaults suit a small internal JSON API behind a reverse proxy: 16 KiB of request line
/// and headers, 1 MiB of body, 10 s to send a head, 30 s to send a body, 30 s idle keep-alive,
/// 256 open connections, 8 worker threads.
public struct HTTPConfiguration: Sendable, Equatable {
    /// The default for `maxHeaderBytes`: 16 KiB.
    public static let defaultMaxHeaderBytes = 16 * 1024
    /// The default for `maxBodyBytes`: 1 MiB.
    public static let defaultMaxBodyBytes = 1024 * 1024

    /// The address to listen on: an IPv4 or IPv6 literal (`127.0.0.1`, `::1`, `0.0.0.0`, `::`)
    /// or a name that resolves to one (`localhost`); the first address found is used. `::`
    /// accepts IPv4 too where the system allows dual-stack sockets (Linux does by default).
    public var host: String = "127.0.0.1"
    /// The TCP port; 0 lets the system pick a free one, which `HTTPServer.port` then gives.
    public var port: Int = 8080
    /// The most bytes the request line and headers may hold together; beyond: 431 and close.
    public var maxHeaderBytes: Int = defaultMaxHeaderBytes
    /// The most bytes a request body may hold; beyond: 413 and close.
    public var maxBodyBytes: Int = defaultMaxBodyBytes
    /// How long a client has, from its request's first byte (or from connecting), to send the
    /// whole request line and headers; beyond: 408 and close (or a quiet close when nothing
    /// arrived on a new connection). Defends against slow-header clients.
    public var headerTimeout: Duration = .seconds(10)
    /// How long a client has, once its headers are complete, to send the whole body; beyond:
    /// 408 and close.
    public var bodyTimeout: Duration = .seconds(30)
    /// How long a kept-alive connection may wait for its next request; beyond: a quiet close.
    public var idleTimeout: Duration = .seconds(30)
    /// How long writing one response may take while the client does not read; beyond: close.
    public var writeTimeout: Duration = .seconds(30)
    /// The most connections open at once; one more is answered 503 and closed, and the others
    /// go on being served.
    public var maxConnections: Int = 256
    /// The threads that run handlers, each one request at a time; a request waits for a free
    /// one. These are threads of their own, not Swift's cooperative pool, so handlers may block.
    public var workerThreads: Int = 8
    /// The listen backlog: connections the kernel queues before the server accepts them.
    public var backlog: Int = 128
    /// After answering an error and closing its side, how long the server keeps reading (and
    /// discarding) what the client still sends, so that the answer is not lost to a reset.
    public var lingerTimeout: Duration = .seconds(2)
    /// The header fields added to every answer as it is written (see `ResponseHeaderPolicy`).
    public var headerPolicy: ResponseHeaderPolicy = .standard
    /// Path prefixes under which the rest of the path is a secret (a calendar feed's address,
    /// `/feeds/`): the access log writes such a path as the prefix and `…` (see `loggedPath`).
    public var secretPathPrefixes: [String] = []

    /// The defaults, listening on 127.0.0.1:8080.
    public init() {}

    /// The defaults with a host and port.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }
}
