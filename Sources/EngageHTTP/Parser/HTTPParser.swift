/// Parses HTTP/1.1 (and 1.0) requests from bytes as they arrive, one request at a time, in order.
///
/// Feed bytes with `append(_:)` and call `next()` until it returns nil (more bytes needed).
/// Pipelined requests come out one per call, in the order they were sent.
///
/// What it accepts, and its limits:
/// - the request line and headers together may hold at most `maxHeaderBytes` (431 beyond);
///   empty lines before the request line are skipped; lines end in CRLF or a bare LF;
/// - the body is framed by `Content-Length` only, at most `maxBodyBytes` (413 beyond, decided
///   from the header, before any body arrives); several `Content-Length` fields must agree;
/// - any `Transfer-Encoding` is refused with 501 (no chunked bodies), so such a request never
///   hangs waiting for a body the parser cannot frame;
/// - `POST`, `PUT` and `PATCH` without `Content-Length` are refused with 411; other methods
///   without it have an empty body;
/// - an HTTP/1.1 request must carry exactly one `Host`; folded header lines, spaces before a
///   colon, control characters and malformed request lines are 400; versions other than
///   HTTP/1.0 and HTTP/1.1 are 505;
/// - `Expect: 100-continue` is ignored: no interim response is sent, and the client sends the
///   body after its own wait.
///
/// After an error the parser stays failed: every later `next()` throws the same error, since
/// the connection's framing can no longer be trusted and it must be closed.
public struct HTTPParser: Sendable {
    /// Where the parser is within the current request, for the server's timeouts.
    public enum Phase: Sendable, Equatable {
        /// No bytes of a next request have arrived.
        case idle
        /// Some of the request line or headers have arrived.
        case head
        /// The head is complete; the body is still arriving.
        case body
    }

    /// The most bytes the request line and headers may hold.
    public let maxHeaderBytes: Int
    /// The most bytes a body may hold.
    public let maxBodyBytes: Int

    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var pending: (head: RequestHead, length: Int)?
    private var failure: HTTPParseError?

    /// A parser with the given limits (by default 16 KiB of head and 1 MiB of body).
    public init(maxHeaderBytes: Int = HTTPConfiguration.defaultMaxHeaderBytes,
                maxBodyBytes: Int = HTTPConfiguration.defaultMaxBodyBytes) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
    }

    /// Where the parser is within the current request.
    public var phase: Phase {
        if pending != nil { return .body }
        return start == buffer.count ? .idle : .head
    }

    /// Adds bytes received from the client.
    public mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete request, or nil when more bytes are needed.
    /// - Throws: `HTTPParseError` when the bytes break a rule; the connection must then be
    ///   answered with the error's status and closed.
    public mutating func next() throws(HTTPParseError) -> HTTPRequest? {
        if let failure { throw failure }
        do {
            if pending == nil {
                guard let head = try nextHead() else { return nil }
                pending = (head, try bodyLength(of: head))
            }
            return try takeRequest()
        } catch {
            failure = error
            throw error
        }
    }

    /// The next head when its empty line has arrived; nil while it is still arriving.
    private mutating func nextHead() throws(HTTPParseError) -> RequestHead? {
        while start < buffer.count && (buffer[start] == 0x0D || buffer[start] == 0x0A) {
            start += 1
        }
        scanned = max(scanned, start)
        guard let end = headEnd() else {
            if buffer.count - start > maxHeaderBytes { throw .headersTooLarge(limit: maxHeaderBytes) }
            return nil
        }
        guard end - start <= maxHeaderBytes else { throw .headersTooLarge(limit: maxHeaderBytes) }
        let head = try RequestHead.parse(buffer[start..<end])
        start = end
        scanned = end
        return head
    }

    /// The index just past the empty line ending the head, scanning only bytes not yet scanned.
    private mutating func headEnd() -> Int? {
        while scanned < buffer.count {
            let index = scanned
            scanned += 1
            guard buffer[index] == 0x0A, index > start else { continue }
            if buffer[index - 1] == 0x0A { return index + 1 }
            if buffer[index - 1] == 0x0D, index - 1 > start, buffer[index - 2] == 0x0A { return index + 1 }
        }
        return nil
    }

    /// The body's length as the head frames it, checking the framing rules.
    private func bodyLength(of head: RequestHead) throws(HTTPParseError) -> Int {
        if head.version == .http1_1 && head.headers.values(for: "Host").count != 1 {
            throw .badRequest("an HTTP/1.1 request needs exactly one Host header")
        }
        if head.headers.contains("Transfer-Encoding") { throw .transferEncodingNotImplemented }
        let lengths = head.headers.values(for: "Content-Length")
            .flatMap { $0.split(separator: ",").map { String($0).trimmingASCIISpaces() } }
        guard let first = lengths.first else {
            if head.method.expectsBody { throw .lengthRequired }
            return 0
        }
        guard lengths.allSatisfy({ $0 == first }), !first.isEmpty,
              first.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw .badRequest("Content-Length is not a single number")
        }
        guard first.utf8.count <= 18, let length = Int(first), length <= maxBodyBytes else {
            throw .bodyTooLarge(limit: maxBodyBytes)
        }
        return length
    }

    /// The pending request once its whole body has arrived.
    private mutating func takeRequest() throws(HTTPParseError) -> HTTPRequest? {
        guard let (head, length) = pending, buffer.count - start >= length else { return nil }
        let body = Array(buffer[start..<(start + length)])
        start += length
        scanned = start
        pending = nil
        return try HTTPRequest(method: head.method, target: head.target, headers: head.headers,
                               body: body, version: head.version)
    }
}
