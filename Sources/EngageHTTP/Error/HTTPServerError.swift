/// Why the server could not start.
public enum HTTPServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The host did not resolve to an address.
    case cannotResolve(host: String, reason: String)
    /// A socket call failed; `call` names it, `reason` is the system's message.
    case socketFailed(call: String, reason: String)
    /// A thread could not be started.
    case cannotStartThread
    /// `start()` was called twice, or after `stop`.
    case alreadyStarted

    /// One line saying what failed.
    public var description: String {
        switch self {
        case .cannotResolve(let host, let reason): "cannot resolve \(host): \(reason)"
        case .socketFailed(let call, let reason): "\(call) failed: \(reason)"
        case .cannotStartThread: "cannot start a server thread"
        case .alreadyStarted: "the server was already started"
        }
    }
}
