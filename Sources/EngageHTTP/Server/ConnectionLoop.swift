import Glibc

/// The server's one I/O thread: accepts connections, reads and parses requests, enforces the
/// connection cap and the timeouts, hands complete requests to the workers, and closes.
///
/// A connection is either watched here (waiting for, or reading, a request; or lingering after
/// an error) or parked while a worker answers its request; its parser stays here either way, so
/// pipelined bytes wait for the response before them. All its state lives on this thread.
struct ConnectionLoop {
    private enum Phase {
        case fresh, idle, head, body, lingering
    }

    private struct Slot {
        let socket: FileDescriptor
        var parser: HTTPParser
        var phase: Phase
        var deadline: ContinuousClock.Instant
    }

    private let core: ServerCore
    private let pool: WorkerPool<ServerCore.Job>
    private var watched: [Int32: Slot] = [:]
    private var parked: [Int32: Slot] = [:]
    private var stopping = false

    init(core: ServerCore, pool: WorkerPool<ServerCore.Job>) {
        self.core = core
        self.pool = pool
    }

    private var configuration: HTTPConfiguration { core.configuration }

    /// Runs until the server stops, then closes what is left and signals `core.loopEnded`.
    mutating func run() {
        while step() {}
        finish()
    }

    /// One round: news from other threads, one `poll`, its events, expired deadlines. False
    /// when the loop should end.
    private mutating func step() -> Bool {
        let news = core.shared.withLock { shared in
            defer { shared.handedBack = [] }
            return (shared.handedBack, shared.stopping, shared.forced, shared.inFlight.isEmpty)
        }
        for (descriptor, _, disposition) in news.0 { resume(descriptor, disposition) }
        if news.1 {
            if !stopping { beginStopping() }
            if news.2 || news.3 { return false }
        }
        var entries = pollEntries()
        let ready = poll(&entries, nfds_t(entries.count), timeoutMilliseconds())
        if ready > 0 {
            for entry in entries where entry.revents != 0 { handle(entry.fd) }
        }
        expireDeadlines()
        return true
    }

    private func pollEntries() -> [pollfd] {
        var entries = [pollfd(fd: core.wake.readEnd.rawValue, events: Int16(POLLIN), revents: 0)]
        if !stopping { entries.append(pollfd(fd: core.listener.rawValue, events: Int16(POLLIN), revents: 0)) }
        for descriptor in watched.keys { entries.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
        return entries
    }

    /// Until the nearest deadline, rounded up; -1 (forever) when nothing is watched.
    private func timeoutMilliseconds() -> Int32 {
        guard let nearest = watched.values.map(\.deadline).min() else { return -1 }
        let remaining = nearest - .now
        return remaining <= .zero ? 0 : Int32(clamping: remaining.milliseconds + 1)
    }

    private mutating func handle(_ descriptor: Int32) {
        if descriptor == core.wake.readEnd.rawValue {
            core.wake.drain()
        } else if descriptor == core.listener.rawValue {
            acceptAll()
        } else if let slot = watched[descriptor] {
            read(descriptor, slot)
        }
    }

    // MARK: Accepting

    private var openCount: Int {
        parked.count + watched.values.count { $0.phase != .lingering }
    }

    private mutating func acceptAll() {
        while let socket = Listener.accept(from: core.listener) {
            if openCount >= configuration.maxConnections {
                answer(socket, .error(.serviceUnavailable, message: "the server is at its connection limit; try again"),
                       headers: ["Retry-After": "1"])
                linger(socket)
            } else {
                watched[socket.rawValue] = Slot(socket: socket, parser: newParser(), phase: .fresh,
                                                 deadline: .now + configuration.headerTimeout)
            }
        }
    }

    private func newParser() -> HTTPParser {
        HTTPParser(maxHeaderBytes: configuration.maxHeaderBytes, maxBodyBytes: configuration.maxBodyBytes)
    }

    // MARK: Reading

    private mutating func read(_ descriptor: Int32, _ slot: Slot) {
        var buffer: [UInt8] = []
        switch slot.socket.read(into: &buffer) {
        case .wouldBlock:
            return
        case .endOfFile, .failed:
            close(descriptor)
        case .bytes:
            guard slot.phase != .lingering else { return }
            var slot = slot
            slot.parser.append(buffer)
            advance(descriptor, slot)
        }
    }

    /// Takes the next request out of the slot's parser when complete, or moves its deadline on.
    private mutating func advance(_ descriptor: Int32, _ slot: Slot) {
        var slot = slot
        do {
            if let request = try slot.parser.next() {
                dispatch(descriptor, slot, request)
                return
            }
        } catch {
            watched[descriptor] = nil
            answer(slot.socket, error.response)
            linger(slot.socket)
            return
        }
        switch (slot.parser.phase, slot.phase) {
        case (.head, .idle):
            (slot.phase, slot.deadline) = (.head, .now + configuration.headerTimeout)
        case (.head, .fresh):
            slot.phase = .head
        case (.body, let phase) where phase != .body:
            (slot.phase, slot.deadline) = (.body, .now + configuration.bodyTimeout)
        default:
            break
        }
        watched[descriptor] = slot
    }

    private mutating func dispatch(_ descriptor: Int32, _ slot: Slot, _ request: HTTPRequest) {
        watched[descriptor] = nil
        parked[descriptor] = slot
        core.shared.withLock { $0.inFlight[descriptor] = slot.socket }
        pool.submit(ServerCore.Job(descriptor: descriptor, socket: slot.socket, request: request, received: .now))
    }

    /// A worker is done with a connection.
    private mutating func resume(_ descriptor: Int32, _ disposition: ServerCore.Disposition) {
        guard var slot = parked.removeValue(forKey: descriptor) else { return }
        if stopping || disposition == .drop {
            slot.socket.close()
        } else if disposition == .close {
            linger(slot.socket)
        } else {
            (slot.phase, slot.deadline) = (.idle, .now + configuration.idleTimeout)
            advance(descriptor, slot)
        }
    }

    // MARK: Answering and closing

    /// Writes an error answer from this thread, without waiting: it is short, and a client
    /// that does not read cannot stall the loop.
    private func answer(_ socket: FileDescriptor, _ response: HTTPResponse, headers: HTTPHeaders = [:]) {
        var response = response
        for field in headers { response.headers[field.name] = field.value }
        let id = core.nextRequestID()
        socket.writeWithoutWaiting(ResponseSerializer.serialize(response, policy: configuration.headerPolicy, method: nil, keepAlive: false, requestID: id))
        core.log(HTTPAccessLogEntry(method: "-", path: "-", status: response.status.code, duration: .zero, requestID: id))
    }

    /// Closes the sending side and reads (discarding) what the client still sends until it
    /// closes or `lingerTimeout` passes, so that the answer is not lost to a reset.
    private mutating func linger(_ socket: FileDescriptor) {
        socket.shutdown(Int32(SHUT_WR))
        let lingering = watched.values.count { $0.phase == .lingering }
        guard !stopping, lingering < configuration.maxConnections else {
            socket.close()
            return
        }
        watched[socket.rawValue] = Slot(socket: socket, parser: newParser(), phase: .lingering,
                                        deadline: .now + configuration.lingerTimeout)
    }

    private mutating func close(_ descriptor: Int32) {
        watched.removeValue(forKey: descriptor)?.socket.close()
    }

    private mutating func expireDeadlines() {
        let now = ContinuousClock.now
        for (descriptor, slot) in watched where slot.deadline <= now {
            switch slot.phase {
            case .fresh, .idle, .lingering:
                close(descriptor)
            case .head, .body:
                watched[descriptor] = nil
                answer(slot.socket, HTTPParseError.timeout.response)
                linger(slot.socket)
            }
        }
    }

    // MARK: Stopping

    private mutating func beginStopping() {
        stopping = true
        core.listener.close()
        for descriptor in Array(watched.keys) { close(descriptor) }
    }

    private mutating func finish() {
        core.listener.close()
        for descriptor in Array(watched.keys) { close(descriptor) }
        let late = core.shared.withLock { shared in
            shared.loopEnded = true
            defer { shared.handedBack = [] }
            return shared.handedBack
        }
        for (_, socket, _) in late { socket.close() }
        core.loopEnded.signal()
    }
}
