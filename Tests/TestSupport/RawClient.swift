import Glibc

/// A response as read off the wire by `RawClient`.
public struct RawResponse {
    public let status: Int
    public let headers: [(name: String, value: String)]
    public let body: String

    /// The first value of a header, ignoring the name's case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// A blocking TCP client on 127.0.0.1 that sends raw bytes and reads raw responses; every read
/// gives up after `timeout` seconds so that a broken server fails a test instead of hanging it.
public final class RawClient {
    private let fd: Int32
    private var buffer: [UInt8] = []

    public init?(port: Int, timeout: Int = 10) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let status = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            close(fd)
            return nil
        }
    }

    deinit { close(fd) }

    /// Sends text as it is (write `\r\n` yourself).
    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// The next response; nil when the connection ends (or the timeout passes) before one is
    /// complete. `bodyless` for responses to HEAD.
    public func readResponse(bodyless: Bool = false) -> RawResponse? {
        guard let headEnd = readUntilHeadEnd() else { return nil }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        let headers = lines.map { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]).trimmingCharacters(in: " ") : "")
        }
        let response = RawResponse(status: status, headers: headers, body: "")
        let length = bodyless ? 0 : Int(response.header("Content-Length") ?? "0") ?? 0
        while buffer.count < length {
            guard fill() else { return nil }
        }
        let body = String(decoding: buffer.prefix(length), as: UTF8.self)
        buffer.removeFirst(length)
        return RawResponse(status: status, headers: headers, body: body)
    }

    /// Whether the server closes the connection (end of file or reset) with nothing more sent,
    /// within the timeout.
    public func isClosedByServer() -> Bool {
        guard buffer.isEmpty else { return false }
        var byte: UInt8 = 0
        while true {
            let count = recv(fd, &byte, 1, 0)
            if count == 0 { return true }
            if count > 0 { return false }
            if errno == EINTR { continue }
            return errno == ECONNRESET
        }
    }

    private func readUntilHeadEnd() -> Int? {
        while true {
            if let end = find([13, 10, 13, 10]) { return end }
            guard fill() else { return nil }
        }
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        return (0...(buffer.count - pattern.count)).first { Array(buffer[$0..<($0 + pattern.count)]) == pattern }
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, 0) }
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }
}

private extension String {
    func components(separatedBy separator: String) -> [String] {
        split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }

    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
