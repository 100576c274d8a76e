import EngageCore
import EngageStore

/// A manager moving an authority through its lifecycle from its page (`ManageSection`): request,
/// assign, reassign, waitlist, signpost, pause, resume and close, each posting to
/// `/authorities/NAME/VERB` and calling the same store function as the API's route of that verb.
/// Completing is moving on from stage 4, in the page's "Next stage" section (`StageForms`).
///
/// The confirmation is the change in one line, and names who waits next when a place was
/// freed. A full cap comes back beside the form (the field `capacity`), naming who holds the
/// places, in words for a browser rather than the command line's.
enum LifecycleForms {
    static let request = change(.request) { input, _ in
        let reason = input.optional("reason")
        return { store, name in try store.request(name, reason: reason) }
    }

    static let assign = change(.assign) { input, _ in
        let officer = input.required("officer", "Choose the lead officer")
        let stage = input.parse("stage") { text throws(EngageError) in try stageNumbered(text) }
        let reason = input.optional("reason")
        guard let officer, let stage else { return nil }
        return { store, name in
            do {
                return try store.assign(name, officer: officer, stage: stage, reason: reason)
            } catch let refusal as EngageError where refusal.kind == .invalid {
                throw refusal.about("reason")   // a later stage needs a reason
            }
        }
    }

    static let reassign = change(.reassign) { input, _ in
        let officer = input.required("officer", "Choose the new lead officer")
        let reason = input.optional("reason")
        guard let officer else { return nil }
        return { store, name in try store.reassign(name, to: officer, reason: reason) }
    }

    static let waitlist = change(.waitlist) { input, _ in
        let reason = input.optional("reason")
        return { store, name in try store.waitlist(name, reason: reason) }
    }

    static let signpost = change(.signpost) { input, _ in
        guard let place = input.required("to", "Enter where it was signposted to") else { return nil }
        return { store, name in try store.signpost(name, to: place) }
    }

    static let pause = change(.pause) { input, _ in
        let reason = input.optional("reason")
        return { store, name in try store.pause(name, reason: reason) }
    }

    static let resume = change(.resume) { input, _ in
        let reason = input.optional("reason")
        return { store, name in try store.resume(name, reason: reason) }
    }

    static let close = change(.close) { input, _ in
        let reason = input.optional("reason")
        return { store, name in try store.close(name, reason: reason) }
    }

    /// The form's name for `action` (e.g. `authority-assign`).
    static func name(_ action: LifecycleAction) -> String { "authority-\(action.rawValue)" }

    /// The path a form for `action` on `authority` posts to.
    static func path(_ action: LifecycleAction, of authority: String) -> String {
        AuthorityPage.path(of: authority) + "/" + action.rawValue
    }

    /// What a lifecycle change did, in one line, naming who waits next when a place was freed.
    static func confirmation(_ change: Transition) -> String {
        change.summary + "." + waitingNext(change)
    }

    /// " Next on the waitlist: NAME." when the change freed a place and someone waits; else "".
    static func waitingNext(_ change: Transition) -> String {
        change.nextOnWaitlist.map { " Next on the waitlist: \($0.authority)." } ?? ""
    }

    /// The form of `action`: its fields read by `read` into the store call to make.
    private static func change(
        _ action: LifecycleAction,
        read: @escaping @Sendable (inout FormInput, FormContext) -> ((Store, String) throws -> Transition)?
    ) -> BoardForm {
        BoardForm(
            name: name(action), route: "/authorities/:name/\(action.rawValue)", least: .manager,
            read: { input, context in
                guard let perform = read(&input, context) else { return nil }
                let name = context.parameter("name")
                return FormAction { store in
                    let done = try inBrowserWords(name, in: store) { try perform(store, name) }
                    return Confirmation(message: confirmation(done), path: AuthorityPage.path(of: done.after.name))
                }
            },
            page: { store, visit, context in
                try AuthorityPage.render(AuthorityData.load(context.parameter("name"), from: store, today: context.today), viewer: visit)
            },
            fields: ["capacity": "capacity", "reason": "reason"])
    }

    /// Runs `body`, a full cap's refusal said to be about the field `capacity`, with what a
    /// person on the board can do instead (the command line's hint names options).
    private static func inBrowserWords(_ name: String, in store: Store, _ body: () throws -> Transition) throws -> Transition {
        do {
            return try body()
        } catch let refusal as EngageError where refusal.code == "capacity_exceeded" {
            let status = try store.authority(named: name).status
            let hint = LifecycleAction.waitlist.allowedFrom.contains(status)
                ? "choose another officer, or put it on the waitlist instead"
                : "choose another officer, or free a place first (pause, complete or close another authority)"
            throw EngageError(refusal.kind, refusal.message, hint: hint, code: refusal.code, details: refusal.details).about("capacity")
        }
    }

    /// The stage of a number from the stage select.
    private static func stageNumbered(_ text: String) throws(EngageError) -> Stage {
        guard let number = Int(text.trimmingWhitespace()), let stage = Stage(rawValue: number) else {
            throw EngageError(.invalid, "choose a stage from 1 to 4")
        }
        return stage
    }
}
