import ArgParse
import EngageCore
import EngageStore

/// `engage authority advance NAME [--override REASON] [--to N --reason …]`.
struct AuthorityAdvanceCommand: TransitionCommand {
    static let verb = "advance"
    static let abstract = "Move an active authority to its next stage when the stage's evidence is recorded."
    static let discussion: String? = """
        Gates: 1→2 needs a forum or agency identified and a locality briefing; 2→3 a presentation or \
        workshop to a multi-agency forum; 3→4 one to a key agency; from 4 it completes with a strategic \
        response recorded. --override "reason" skips a gate and is recorded. --to N with --reason moves \
        it back to an earlier stage.
        """
    static let extraOptions: [Option] = [
        .value("override", valueName: "REASON", help: "Skip the gate, recording why.", lineBreaks: true),
        .value("to", valueName: "N", help: "Go back to the earlier stage N instead (needs --reason)."),
    ]
    static let examples = [
        Example("engage authority advance Somerset", "Somerset moves on if its gate's evidence is recorded."),
        Example("engage authority advance Bury --override \"forums mapped in 2013\"", "Skip the gate, recorded."),
        Example("engage authority advance Bury --to 2 --reason \"LSCB restructured\"", "Back to stage 2."),
    ]

    let common: TransitionArguments
    let override: String?
    let backTo: Stage?

    init(common: TransitionArguments, arguments: ParsedArguments) throws {
        self.common = common
        override = arguments.value("override")
        backTo = try arguments.int("to", in: 1...4).flatMap(Stage.init(rawValue:))
        let path = ["engage", "authority", "advance"]
        if backTo != nil && common.reason == nil { throw UsageError("--to needs --reason \"why\"", commandPath: path) }
        if backTo != nil && override != nil { throw UsageError("--to and --override do not go together", commandPath: path) }
    }

    func perform(on store: Store) throws -> Transition {
        if let backTo { return try store.stepBack(common.authority, to: backTo, reason: common.reason ?? "") }
        return try store.advance(common.authority, override: override)
    }
}

/// `engage authority complete NAME [--override REASON]`.
struct AuthorityCompleteCommand: TransitionCommand {
    static let verb = "complete"
    static let abstract = "Complete an authority at stage 4 once its strategic response is recorded (frees its place)."
    static let extraOptions: [Option] = [.value("override", valueName: "REASON", help: "Complete without a recorded response, recording why.", lineBreaks: true)]
    static let examples = [Example("engage authority complete Somerset", "Somerset is completed; its place goes free.")]

    let common: TransitionArguments
    let override: String?

    init(common: TransitionArguments, arguments: ParsedArguments) throws {
        self.common = common
        override = arguments.value("override")
    }

    func perform(on store: Store) throws -> Transition { try store.complete(common.authority, override: override) }
}
