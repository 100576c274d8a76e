import FoundationEssentials

/// How long a board session lasts and how sign-in failures are throttled: the numbers in one
/// place, for the store that enforces them and the pages that explain them.
public enum SignInPolicy {
    /// A session unused this long ends (a working morning between meetings).
    public static let idleTimeout: Duration = .seconds(4 * 3600)
    /// A session ends this long after sign-in, however busy (so a lost phone's session dies by the
    /// next day).
    public static let absoluteTimeout: Duration = .seconds(12 * 3600)
    /// A session's last use is written at most this often, not on every page.
    public static let touchInterval: Duration = .seconds(60)

    /// Failed sign-ins for one name, within `failureWindow`, that lock it.
    public static let failuresBeforeLock = 5
    /// How far back failures count.
    public static let failureWindow: Duration = .seconds(15 * 60)
    /// How long a locked name is refused, whatever password it is given.
    public static let lockout: Duration = .seconds(15 * 60)

    /// The one message for an unknown name, a wrong password and a disabled account alike, so
    /// that it tells nobody which names exist.
    public static let refusal = "The name or the password is not right."

    /// The message for a locked name, with the minutes left.
    public static func lockedMessage(until: Date, now: Date = Date()) -> String {
        let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
        return "Too many failed attempts for this name. Try again in \(minutes) minute\(minutes == 1 ? "" : "s"), or ask a manager to reset the password."
    }
}
