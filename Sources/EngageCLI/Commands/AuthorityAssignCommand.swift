import ArgParse
import EngageCore
import EngageStore

/// `engage authority assign NAME --officer O [--stage N --reason …] [--waitlist]`.
struct AuthorityAssignCommand: TransitionCommand {
    static let verb = "assign"
    static let abstract = "Make an authority active with a lead officer, at stage 1 (or a later stage, with a reason)."
    static let discussion: String? = """
        The officer's cap (default \(Officer.defaultCap), 'engage officer set-cap') and the team's cap \
        ('engage settings set team-cap') must have room; otherwise the command is refused, naming who fills \
        the cap. With --waitlist, a refused authority goes on the waitlist instead.
        """
    static let extraOptions: [Option] = [
        .value("officer", valueName: "OFFICER", help: "The lead officer.", required: true),
        .value("stage", valueName: "N", help: "Start at stage N (1–4) when part of a response is in place; needs --reason."),
        .flag("waitlist", help: "When a cap is full, put the authority on the waitlist instead of refusing."),
    ]
    static let examples = [
        Example("engage authority assign Somerset --officer \"Alex Morgan\"", "Somerset starts at stage 1 with Alex."),
        Example("engage authority assign Bury --officer Jo --stage 3 --reason \"LA-wide guidelines already agreed\"", "Bury starts at stage 3."),
        Example("engage authority assign Oldham --officer Jo --waitlist", "Assign Oldham, or waitlist it if Jo is full."),
    ]

    let common: TransitionArguments
    let officer: String
    let stage: Stage
    let waitlistIfFull: Bool

    init(common: TransitionArguments, arguments: ParsedArguments) throws {
        self.common = common
        officer = try arguments.required("officer")
        stage = try arguments.int("stage", in: 1...4).flatMap(Stage.init(rawValue:)) ?? .researchAndMapping
        waitlistIfFull = arguments.flag("waitlist")
    }

    func perform(on store: Store) throws -> Transition {
        try store.assign(common.authority, officer: officer, stage: stage, reason: common.reason, waitlistIfFull: waitlistIfFull)
    }
}

/// `engage authority reassign NAME --officer O`.
struct AuthorityReassignCommand: TransitionCommand {
    static let verb = "reassign"
    static let abstract = "Give an active or paused authority a different lead officer (their cap applies)."
    static let extraOptions: [Option] = [.value("officer", valueName: "OFFICER", help: "The new lead officer.", required: true)]
    static let examples = [Example("engage authority reassign Bury --officer \"Priya Shah\"", "Priya takes over Bury.")]

    let common: TransitionArguments
    let officer: String

    init(common: TransitionArguments, arguments: ParsedArguments) throws {
        self.common = common
        officer = try arguments.required("officer")
    }

    func perform(on store: Store) throws -> Transition { try store.reassign(common.authority, to: officer, reason: common.reason) }
}

/// `engage authority reopen NAME --officer O --reason …`.
struct AuthorityReopenCommand: TransitionCommand {
    static let verb = "reopen"
    static let abstract = "Take a completed, closed or signposted authority on again (the caps apply)."
    static let discussion: String? = "A completed authority restarts at stage 4, others at stage 1, unless --stage says otherwise."
    static let extraOptions: [Option] = [
        .value("officer", valueName: "OFFICER", help: "The lead officer.", required: true),
        .value("stage", valueName: "N", help: "The stage to restart at (1–4)."),
    ]
    static let examples = [Example("engage authority reopen Somerset --officer Alex --reason \"asked for a conference\"", "Somerset is active again.")]

    let common: TransitionArguments
    let officer: String
    let stage: Stage?

    init(common: TransitionArguments, arguments: ParsedArguments) throws {
        self.common = common
        officer = try arguments.required("officer")
        stage = try arguments.int("stage", in: 1...4).flatMap(Stage.init(rawValue:))
        guard common.reason != nil else {
            throw UsageError("missing option '--reason TEXT' for 'engage authority reopen'", commandPath: ["engage", "authority", "reopen"])
        }
    }

    func perform(on store: Store) throws -> Transition {
        try store.reopen(common.authority, officer: officer, stage: stage, reason: common.reason ?? "")
    }
}

/// `engage authority signpost NAME --to WHERE`.
struct AuthoritySignpostCommand: TransitionCommand {
    static let verb = "signpost"
    static let abstract = "Turn an authority away and record where it was referred."
    static let extraOptions: [Option] = [.value("to", valueName: "WHERE", help: "Where it was referred.", required: true)]
    static let examples = [Example("engage authority signpost Cumbria --to \"Hidden Sentence trainers, Cumbria\"", "Refer Cumbria to local trainers.")]

    let common: TransitionArguments
    let destination: String

    init(common: TransitionArguments, arguments: ParsedArguments) throws {
        self.common = common
        destination = try arguments.required("to")
    }

    func perform(on store: Store) throws -> Transition { try store.signpost(common.authority, to: destination) }
}
