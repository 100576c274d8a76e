import Glibc

/// Opening the listening socket and accepting connections from it.
enum Listener {
    /// A non-blocking socket listening on `host:port`, and the port it got (the chosen one when
    /// `port` is 0).
    static func open(host: String, port: Int, backlog: Int) throws(HTTPServerError) -> (FileDescriptor, Int) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var found: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &found)
        guard status == 0, let info = found?.pointee else {
            throw .cannotResolve(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(found) }
        let kind = info.ai_socktype | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
        let raw = socket(info.ai_family, kind, info.ai_protocol)
        guard raw >= 0 else { throw failure("socket") }
        let socket = FileDescriptor(raw)
        var yes: Int32 = 1
        _ = setsockopt(raw, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(raw, info.ai_addr, info.ai_addrlen) == 0 else { throw failure("bind to \(host):\(port)") }
        guard listen(raw, Int32(clamping: backlog)) == 0 else { throw failure("listen") }
        return (socket, try boundPort(raw))
    }

    /// The next pending connection, non-blocking and with Nagle's delay off; nil when none waits.
    static func accept(from listener: FileDescriptor) -> FileDescriptor? {
        while true {
            let raw = Glibc.accept(listener.rawValue, nil, nil)
            if raw >= 0 {
                FileDescriptor.configure(raw)
                var yes: Int32 = 1
                _ = setsockopt(raw, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
                return FileDescriptor(raw)
            }
            // A connection reset before it was accepted is skipped; anything else ends the batch.
            guard errno == ECONNABORTED || errno == EINTR else { return nil }
        }
    }

    private static func boundPort(_ raw: Int32) throws(HTTPServerError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(raw, $0, &length) }
        }
        guard status == 0 else { throw failure("getsockname") }
        let family = Int32(storage.ss_family)
        return withUnsafeBytes(of: storage) { bytes in
            if family == AF_INET6 {
                return Int(UInt16(bigEndian: bytes.load(as: sockaddr_in6.self).sin6_port))
            }
            return Int(UInt16(bigEndian: bytes.load(as: sockaddr_in.self).sin_port))
        }
    }

    private static func failure(_ call: String) -> HTTPServerError {
        .socketFailed(call: call, reason: String(cString: strerror(errno)))
    }
}
