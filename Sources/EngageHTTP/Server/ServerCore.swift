import Dispatch
import Glibc
import Synchronization

/// What the connection loop, the workers and `HTTPServer.stop` share while the server runs.
final class ServerCore: Sendable {
    /// A complete request handed to a worker, with the connection it came on.
    struct Job: Sendable {
        let descriptor: Int32
        let socket: FileDescriptor
        let request: HTTPRequest
        let received: ContinuousClock.Instant
    }

    /// What the loop should do with a connection a worker hands back.
    enum Disposition: Sendable {
        /// Wait for the next request (it may already be buffered).
        case keepAlive
        /// The response said `Connection: close`: close after lingering.
        case close
        /// Writing failed: close now.
        case drop
    }

    struct Shared: Sendable {
        var stopping = false
        var forced = false
        var loopEnded = false
        var handedBack: [(Int32, FileDescriptor, Disposition)] = []
        var inFlight: [Int32: FileDescriptor] = [:]
    }

    let configuration: HTTPConfiguration
    let listener: FileDescriptor
    let wake: WakePipe
    let shared = Mutex(Shared())
    /// Signalled once by the loop thread as it ends.
    let loopEnded = DispatchSemaphore(value: 0)
    private let responder: any HTTPResponder
    private let accessLog: @Sendable (HTTPAccessLogEntry) -> Void
    private let requestCount = Atomic<Int>(0)
    private let idPrefix = String(UInt32.random(in: 0x1000_0000...UInt32.max), radix: 16)

    init(configuration: HTTPConfiguration, responder: any HTTPResponder,
         accessLog: @escaping @Sendable (HTTPAccessLogEntry) -> Void, listener: FileDescriptor) throws(HTTPServerError) {
        self.configuration = configuration
        self.responder = responder
        self.accessLog = accessLog
        self.listener = listener
        self.wake = try WakePipe()
    }

    /// A new id, unique within this server's life: a random prefix and a counter.
    func nextRequestID() -> String {
        let number = requestCount.wrappingAdd(1, ordering: .relaxed).newValue
        return "\(idPrefix)-\(number)"
    }

    /// Writes one access-log line.
    func log(_ entry: HTTPAccessLogEntry) {
        accessLog(entry)
    }

    /// Runs on a worker thread: answers the job's request, writes the response, logs it and
    /// hands the connection back to the loop.
    func serve(_ job: Job) {
        var request = job.request
        request.id = nextRequestID()
        let response = responder.respond(to: request)
        let stopping = shared.withLock { $0.stopping }
        let keepAlive = request.keepAlive && !stopping && !response.headers.hasToken("close", in: "Connection")
        let bytes = ResponseSerializer.serialize(response, policy: configuration.headerPolicy, method: request.method, keepAlive: keepAlive, requestID: request.id)
        let written = job.socket.write(bytes, deadline: .now + configuration.writeTimeout)
        log(HTTPAccessLogEntry(method: request.method.rawValue, path: configuration.loggedPath(request.path), status: response.status.code,
                               duration: .now - job.received, requestID: request.id))
        handBack(job, written ? (keepAlive ? .keepAlive : .close) : .drop)
    }

    private func handBack(_ job: Job, _ disposition: Disposition) {
        let loopGone = shared.withLock { shared in
            shared.inFlight[job.descriptor] = nil
            if shared.loopEnded { return true }
            shared.handedBack.append((job.descriptor, job.socket, disposition))
            return false
        }
        if loopGone { job.socket.close() } else { wake.wake() }
    }

    /// Asks the loop to stop accepting, close idle connections and end once nothing is in flight.
    func requestStop() {
        shared.withLock { $0.stopping = true }
        wake.wake()
    }

    /// Ends the loop now: in-flight connections are shut down, so their workers' writes fail.
    func force() {
        shared.withLock { shared in
            shared.forced = true
            for socket in shared.inFlight.values { socket.shutdown(Int32(SHUT_RDWR)) }
        }
        wake.wake()
    }
}
