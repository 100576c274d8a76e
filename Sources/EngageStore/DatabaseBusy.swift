/// The database could not do the work in time: a statement ran past the session's time limit, or
/// a write kept clashing with others (serialization failures or deadlocks) after every retry.
/// Nothing was changed, and trying again shortly may succeed: the CLI exits 75, the service
/// answers 503 with `Retry-After`.
public struct DatabaseBusy: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why.
    public enum Cause: Sendable, Equatable {
        /// A statement ran past `statement_timeout` and the server cancelled it.
        case statementTimeout
        /// A write met a serialization failure (40001) or a deadlock (40P01) on every attempt.
        case conflict(attempts: Int)
    }

    /// Why.
    public let cause: Cause

    /// A busy database, for the reason given.
    public init(cause: Cause) { self.cause = cause }

    public var description: String {
        switch cause {
        case .statementTimeout:
            "the database took longer than this service allows for one statement, so it was cancelled"
        case .conflict(let attempts):
            "the change clashed with others at the same moment \(attempts) times in a row"
        }
    }
}
