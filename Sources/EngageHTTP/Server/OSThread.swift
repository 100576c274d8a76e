import Glibc

/// Starting and joining POSIX threads: the server's own threads, outside Swift's cooperative
/// pool, so that handlers may block (on libpq, say) without starving it.
enum OSThread {
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Starts a thread running `body`; join it with `join(_:)`, or pass `detached` to let it
    /// end on its own.
    static func start(detached: Bool = false, _ body: @escaping @Sendable () -> Void) throws(HTTPServerError) -> pthread_t {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(box).release()
            throw .cannotStartThread
        }
        if detached { pthread_detach(thread) }
        return thread
    }

    /// Waits for a thread started without `detached` to end.
    static func join(_ thread: pthread_t) {
        _ = pthread_join(thread, nil)
    }
}
