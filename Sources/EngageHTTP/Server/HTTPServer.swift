import Dispatch
import Glibc
import Synchronization

/// A small HTTP/1.1 server on POSIX sockets, handing each request to a responder (a `Router`)
/// on a bounded pool of worker threads.
///
/// ```swift
/// let server = HTTPServer(configuration: .init(host: "127.0.0.1", port: 8080), responder: router) { entry in
///     print(entry)
/// }
/// try server.start()
/// server.stopOnSignals()          // SIGTERM or SIGINT: stop, letting requests finish
/// server.waitUntilStopped()
/// ```
///
/// How it works: one thread accepts connections and reads requests (with `poll`), enforcing
/// the connection cap and the timeouts; complete requests go to `workerThreads` threads of the
/// server's own (not Swift's cooperative pool, since handlers block on the database), each
/// answering one request at a time. Connections are kept alive (HTTP/1.1 by default, HTTP/1.0
/// when asked) and pipelined requests are answered in order. See `HTTPConfiguration` for the
/// limits and their defaults, and `HTTPParser` for what requests are accepted.
///
/// What it does not do: TLS (put a reverse proxy in front), HTTP/2 or HTTP/3, chunked request
/// bodies (`Transfer-Encoding` is 501) or chunked and streamed responses (bodies are whole byte
/// arrays), `100 Continue` (`Expect` is ignored), upgrades (WebSocket), trailers, compression.
/// It listens on one address; `::` also takes IPv4 where the system allows dual-stack sockets.
/// Linux only (Glibc).
public final class HTTPServer: Sendable {
    private struct Running: Sendable {
        let core: ServerCore
        let pool: WorkerPool<ServerCore.Job>
        let loopThread: pthread_t
        let port: Int
    }

    private enum Lifecycle: Sendable {
        case ready, running(Running), stopping, stopped
    }

    /// The address and limits.
    public let configuration: HTTPConfiguration
    private let responder: any HTTPResponder
    private let accessLog: @Sendable (HTTPAccessLogEntry) -> Void
    private let lifecycle = Mutex(Lifecycle.ready)
    private let stopped = DispatchSemaphore(value: 0)
    let signalSources = Mutex<[any DispatchSourceSignal]>([])

    /// A server that is not yet listening.
    /// - Parameters:
    ///   - configuration: Where to listen, and the limits.
    ///   - responder: Answers each request; called on worker threads, possibly at once.
    ///   - accessLog: Called once per request answered (and per error answered before a request
    ///     could be read), on the thread that answered it.
    public init(configuration: HTTPConfiguration = HTTPConfiguration(), responder: any HTTPResponder,
                accessLog: @escaping @Sendable (HTTPAccessLogEntry) -> Void = { _ in }) {
        self.configuration = configuration
        self.responder = responder
        self.accessLog = accessLog
    }

    deinit {
        stop(deadline: .now)
        signalSources.withLock { sources in
            for source in sources { source.cancel() }
            sources = []
        }
    }

    /// The port listened on, once started (the chosen one when the configuration says 0); nil
    /// before `start()` and after the server stopped.
    public var port: Int? {
        lifecycle.withLock { state in
            if case .running(let running) = state { return running.port }
            return nil
        }
    }

    /// Starts listening and serving, and returns; the server runs on its own threads.
    /// - Throws: `HTTPServerError` when the address cannot be listened on, or the server was
    ///   already started.
    public func start() throws(HTTPServerError) {
        try lifecycle.withLock { (state: inout Lifecycle) throws(HTTPServerError) in
            guard case .ready = state else { throw .alreadyStarted }
            state = .running(try launch())
        }
    }

    private func launch() throws(HTTPServerError) -> Running {
        let (listener, port) = try Listener.open(host: configuration.host, port: configuration.port,
                                                 backlog: configuration.backlog)
        let core = try ServerCore(configuration: configuration, responder: responder, accessLog: accessLog, listener: listener)
        let pool = try WorkerPool<ServerCore.Job>(threads: configuration.workerThreads) { core.serve($0) }
        do {
            let thread = try OSThread.start {
                var loop = ConnectionLoop(core: core, pool: pool)
                loop.run()
            }
            return Running(core: core, pool: pool, loopThread: thread, port: port)
        } catch {
            pool.shutdown()
            throw error
        }
    }

    /// Stops gracefully: stops accepting at once, closes connections waiting between requests,
    /// lets requests already read finish and their responses be written (with
    /// `Connection: close`) until `deadline`, then closes whatever is left and returns.
    ///
    /// Blocks until then. Calling it again, or from several threads, waits for the first stop
    /// to end. A handler still running at the deadline runs on to its end on its worker thread,
    /// but its response is not sent.
    public func stop(deadline: ContinuousClock.Instant) {
        let running: Running? = lifecycle.withLock { state in
            switch state {
            case .running(let running):
                state = .stopping
                return running
            case .ready:
                state = .stopped
                stopped.signal()
                return nil
            case .stopping, .stopped:
                return nil
            }
        }
        guard let running else { return waitUntilStopped() }
        running.core.requestStop()
        let remaining = max(deadline - .now, .zero)
        let limit = DispatchTime.now() + .nanoseconds(Int(clamping: remaining.milliseconds * 1_000_000))
        if running.core.loopEnded.wait(timeout: limit) == .timedOut {
            running.core.force()
            running.core.loopEnded.wait()
        }
        OSThread.join(running.loopThread)
        running.pool.shutdown()
        lifecycle.withLock { $0 = .stopped }
        stopped.signal()
    }

    /// Stops gracefully, giving in-flight requests `grace` to finish.
    public func stop(grace: Duration) {
        stop(deadline: .now + grace)
    }

    /// Blocks until the server has stopped (returns at once if it already has).
    public func waitUntilStopped() {
        stopped.wait()
        stopped.signal()
    }
}
