import ArgParse
import EngageCore
import EngageStore

// The simple lifecycle commands: an authority, an optional reason, one store call each.

/// `engage authority request NAME`.
struct AuthorityRequestCommand: SimpleTransitionCommand {
    static let verb = "request"
    static let abstract = "Record that a prospect asked for engagement."
    static let examples = [Example("engage authority request Wigan --reason \"LSCB manager emailed\"", "Wigan asked for help.")]
    let common: TransitionArguments
    func perform(on store: Store) throws -> Transition { try store.request(common.authority, reason: common.reason) }
}

/// `engage authority waitlist NAME`.
struct AuthorityWaitlistCommand: SimpleTransitionCommand {
    static let verb = "waitlist"
    static let abstract = "Put an authority that asked on the waitlist (no capacity now)."
    static let examples = [Example("engage authority waitlist Oldham", "Oldham waits for a place; see 'engage waitlist'.")]
    let common: TransitionArguments
    func perform(on store: Store) throws -> Transition { try store.waitlist(common.authority, reason: common.reason) }
}

/// `engage authority pause NAME`.
struct AuthorityPauseCommand: SimpleTransitionCommand {
    static let verb = "pause"
    static let abstract = "Stop work with an active authority for now, freeing its place (stage and lead are kept)."
    static let examples = [Example("engage authority pause Devon --reason \"LSCB restructure\"", "Devon pauses; its place goes free.")]
    let common: TransitionArguments
    func perform(on store: Store) throws -> Transition { try store.pause(common.authority, reason: common.reason) }
}

/// `engage authority resume NAME`.
struct AuthorityResumeCommand: SimpleTransitionCommand {
    static let verb = "resume"
    static let abstract = "Take a paused authority back on with its lead officer (the caps apply)."
    static let examples = [Example("engage authority resume Devon", "Devon is active again, if its officer has room.")]
    let common: TransitionArguments
    func perform(on store: Store) throws -> Transition { try store.resume(common.authority, reason: common.reason) }
}

/// `engage authority close NAME`.
struct AuthorityCloseCommand: SimpleTransitionCommand {
    static let verb = "close"
    static let abstract = "End work with an authority, whatever its status (frees its place)."
    static let examples = [Example("engage authority close Wiltshire --reason \"no capacity locally\"", "Close Wiltshire.")]
    let common: TransitionArguments
    func perform(on store: Store) throws -> Transition { try store.close(common.authority, reason: common.reason) }
}
