import ArgParse
import EngageCore
import EngageStore

/// A lifecycle command that takes an authority and an optional reason, e.g. `engage authority pause NAME`.
protocol TransitionCommand: EngageCommand {
    /// The verb, e.g. "pause".
    static var verb: String { get }
    static var abstract: String { get }
    static var discussion: String? { get }
    static var examples: [Example] { get }
    /// Options beyond the reason and the shared ones.
    static var extraOptions: [Option] { get }

    var common: TransitionArguments { get }
    init(common: TransitionArguments, arguments: ParsedArguments) throws

    /// Performs the change.
    func perform(on store: Store) throws -> Transition
}

/// What every transition command reads: the authority, the reason and the shared options.
struct TransitionArguments {
    let authority: String
    let reason: String?
    let shared: CommonArguments

    init(_ arguments: ParsedArguments) throws {
        authority = try arguments.required("NAME")
        reason = arguments.value("reason")
        shared = CommonArguments(arguments)
    }
}

/// A transition command with nothing to read beyond the authority and the reason.
protocol SimpleTransitionCommand: TransitionCommand {
    init(common: TransitionArguments)
}

extension SimpleTransitionCommand {
    init(common: TransitionArguments, arguments: ParsedArguments) { self.init(common: common) }
}

extension TransitionCommand {
    static var discussion: String? { nil }
    static var extraOptions: [Option] { [] }

    static var signature: CommandSignature {
        CommandSignature(
            name: verb, abstract: abstract, discussion: discussion,
            positionals: [Positional("NAME", help: "The authority, in any case.")],
            options: extraOptions + [.value("reason", valueName: "TEXT", help: "Why, recorded in the history.", lineBreaks: true)] + CommonOptions.writing,
            examples: examples)
    }

    init(arguments: ParsedArguments) throws {
        try self.init(common: try TransitionArguments(arguments), arguments: arguments)
    }

    func run(in context: Context) throws {
        let transition = try context.withStore(common.shared) { try perform(on: $0) }
        try TransitionOutput.print(transition, json: common.shared.json, in: context)
    }
}
