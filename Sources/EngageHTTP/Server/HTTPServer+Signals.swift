import Dispatch
import Glibc

extension HTTPServer {
    /// Stops the server gracefully when the process receives one of `signals` (by default
    /// SIGTERM and SIGINT), giving in-flight requests `grace` to finish.
    ///
    /// Uses Dispatch signal sources on a queue of their own: the signals' action is set to
    /// ignore (so they no longer end the process) and the sources deliver them; the sources are
    /// kept by this server and cancelled when it goes away. `waitUntilStopped()` then returns,
    /// so `main` can finish.
    ///
    /// Dispatch registers the sources asynchronously, so a signal arriving in the first moments
    /// after this call may be ignored without stopping the server; call it early in `main`.
    /// A second signal while stopping waits for the first stop to end.
    public func stopOnSignals(_ signals: [Int32] = [SIGTERM, SIGINT], grace: Duration = .seconds(10)) {
        let queue = DispatchQueue(label: "EngageHTTP.signals")
        signalSources.withLock { sources in
            for number in signals {
                _ = signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [weak self] in
                    self?.stop(deadline: .now + grace)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
