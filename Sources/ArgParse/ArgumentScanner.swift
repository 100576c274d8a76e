/// Walks one leaf command's arguments and records what it finds.
struct ArgumentScanner {
    let signature: CommandSignature
    let commandPath: [String]
    private(set) var result: ParsedArguments
    private var positionalCount = 0

    init(signature: CommandSignature, commandPath: [String]) {
        self.signature = signature
        self.commandPath = commandPath
        self.result = ParsedArguments(signature: signature, commandPath: commandPath)
    }

    /// Records every token, stopping at the first mistake.
    mutating func scan(_ arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        var optionsEnded = false
        while let token = remaining.popFirst() {
            if optionsEnded || !Self.isOptionLike(token) {
                try addPositional(token)
            } else if token == "--" {
                optionsEnded = true
            } else if Self.isHelp(token) {
                result.helpRequested = true
            } else {
                try consumeOption(token, remaining: &remaining)
            }
        }
    }

    /// Fails when a required positional or required option was not given.
    func checkRequired() throws(UsageError) {
        for positional in signature.positionals.dropFirst(positionalCount) where !positional.isOptional {
            throw failure("missing argument \(positional.name) for \(place)")
        }
        for option in signature.options where option.kind == .value && option.isRequired {
            if result.optionValues[option.name] == nil {
                throw failure("missing option '\(option.synopsis)' for \(place)")
            }
        }
    }

    // MARK: Tokens

    /// Whether a token is `-h` or `--help`.
    static func isHelp(_ token: String) -> Bool {
        token == "-h" || token == "--help"
    }

    /// Whether a token is read as an option: it starts with `-`, and is neither `-` nor a negative number.
    static func isOptionLike(_ token: String) -> Bool {
        token.hasPrefix("-") && token != "-" && !isNegativeNumber(token)
    }

    /// Whether a token looks like `-1`, `-2.5` or `-.5`.
    static func isNegativeNumber(_ token: String) -> Bool {
        let body = token.dropFirst()
        guard token.hasPrefix("-"), body.contains(where: \.isASCIIDigit) else { return false }
        return body.allSatisfy { $0.isASCIIDigit || $0 == "." } && body.filter { $0 == "." }.count <= 1
    }

    /// Splits `--name=value` into `("--name", "value")`; other tokens have no inline value.
    static func split(_ token: String) -> (spelling: String, inlineValue: String?) {
        guard token.hasPrefix("--"), let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    // MARK: Recording

    private var place: String { UsageError.quoted(commandPath) }

    private func failure(_ message: String) -> UsageError {
        UsageError(message, commandPath: commandPath)
    }

    private mutating func addPositional(_ token: String) throws(UsageError) {
        guard positionalCount < signature.positionals.count else {
            throw failure("unexpected argument '\(token)' for \(place)")
        }
        result.positionalValues[signature.positionals[positionalCount].name] = token
        positionalCount += 1
    }

    private mutating func consumeOption(
        _ token: String, remaining: inout ArraySlice<String>
    ) throws(UsageError) {
        let (spelling, inlineValue) = Self.split(token)
        if spelling == "--help" {
            throw failure("flag '--help' does not take a value")
        }
        guard let option = knownOption(spelling) else { throw unknownOption(spelling) }
        if option.kind == .flag {
            guard inlineValue == nil else {
                throw failure("flag '\(option.spelling)' does not take a value")
            }
            try record(option, value: "")
        } else if let inlineValue {
            try record(option, value: inlineValue)
        } else {
            try record(option, value: takeValue(for: option, from: &remaining))
        }
    }

    /// The declared option a spelling such as `--region` refers to.
    private func knownOption(_ spelling: String) -> Option? {
        guard spelling.hasPrefix("--") else { return nil }
        return signature.option(named: String(spelling.dropFirst(2)))
    }

    private func unknownOption(_ spelling: String) -> UsageError {
        var message = "unknown option '\(spelling)' for \(place)"
        let bare = String(spelling.drop { $0 == "-" })
        let names = signature.options.map(\.name) + ["help"]
        if let near = Suggestion.nearest(to: bare, among: names) {
            message += "; did you mean '--\(near)'?"
        }
        return failure(message)
    }

    private func takeValue(
        for option: Option, from remaining: inout ArraySlice<String>
    ) throws(UsageError) -> String {
        guard let next = remaining.first else {
            throw failure("option '\(option.spelling)' needs a value")
        }
        guard Self.isOptionLike(next) else { return remaining.removeFirst() }
        if next == "--" || Self.isHelp(next) || knownOption(Self.split(next).spelling) != nil {
            throw failure("option '\(option.spelling)' needs a value")
        }
        throw failure(
            "option '\(option.spelling)' needs a value; "
                + "write '\(option.spelling)=\(next)' to pass a value starting with '-'")
    }

    private mutating func record(_ option: Option, value: String) throws(UsageError) {
        let twice = failure("option '\(option.spelling)' given twice")
        switch option.kind {
        case .flag:
            guard result.flags.insert(option.name).inserted else { throw twice }
        case .value:
            guard result.optionValues[option.name] == nil else { throw twice }
            result.optionValues[option.name] = value
        case .repeated:
            result.repeatedValues[option.name, default: []].append(value)
        }
    }
}

extension Character {
    /// Whether the character is one of `0`–`9`.
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
