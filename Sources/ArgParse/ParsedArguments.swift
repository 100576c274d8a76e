/// The result of parsing one leaf command's arguments.
///
/// Options are looked up by long name without dashes (`"region"`), positionals
/// by display name (`"NAME"`).
public struct ParsedArguments: Sendable {
    /// Whether `-h` or `--help` appeared before any `--`; required checks were skipped.
    public var helpRequested: Bool

    let signature: CommandSignature
    let commandPath: [String]
    var flags: Set<String> = []
    var optionValues: [String: String] = [:]
    var repeatedValues: [String: [String]] = [:]
    var positionalValues: [String: String] = [:]

    init(signature: CommandSignature, commandPath: [String], helpRequested: Bool = false) {
        self.signature = signature
        self.commandPath = commandPath
        self.helpRequested = helpRequested
    }

    /// Whether the flag was given.
    /// - Parameter name: The flag's long name without dashes.
    /// - Returns: `true` when the flag appeared on the command line.
    public func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// The value of an option or positional argument.
    ///
    /// For a repeated option this is the last value given.
    /// - Parameter name: An option's long name without dashes, or a positional's display name.
    /// - Returns: The value, or `nil` when it was not given.
    public func value(_ name: String) -> String? {
        optionValues[name] ?? repeatedValues[name]?.last ?? positionalValues[name]
    }

    /// All values of a repeated option, in command-line order.
    ///
    /// For a single-value option or positional this is its value as a one-element array.
    /// - Parameter name: The option's long name without dashes.
    /// - Returns: The values; empty when none were given.
    public func values(_ name: String) -> [String] {
        if let repeated = repeatedValues[name] { return repeated }
        return value(name).map { [$0] } ?? []
    }

    /// The value of an option or positional that must be present.
    /// - Parameter name: An option's long name without dashes, or a positional's display name.
    /// - Returns: The value.
    /// - Throws: ``UsageError`` naming the missing option or argument.
    public func required(_ name: String) throws(UsageError) -> String {
        if let value = value(name) { return value }
        let place = UsageError.quoted(commandPath)
        if let option = signature.option(named: name) {
            throw UsageError("missing option '\(option.synopsis)' for \(place)", commandPath: commandPath)
        }
        throw UsageError("missing argument \(name) for \(place)", commandPath: commandPath)
    }

    /// The value of an option or positional as a whole number.
    /// - Parameters:
    ///   - name: An option's long name without dashes, or a positional's display name.
    ///   - range: When given, the value must lie in this range.
    /// - Returns: The number, or `nil` when the value was not given.
    /// - Throws: ``UsageError`` when the value is not a whole number or lies outside `range`.
    public func int(_ name: String, in range: ClosedRange<Int>? = nil) throws(UsageError) -> Int? {
        guard let raw = value(name) else { return nil }
        guard let number = Int(raw) else {
            throw UsageError("\(label(for: name)) needs a whole number, got '\(raw)'", commandPath: commandPath)
        }
        if let range, !range.contains(number) {
            let bounds = "between \(range.lowerBound) and \(range.upperBound)"
            throw UsageError(
                "\(label(for: name)) needs a whole number \(bounds), got \(number)", commandPath: commandPath)
        }
        return number
    }

    /// Every value given on the command line, positionals first, then options in the order the
    /// command declares them; for checks that apply to all values alike (their characters).
    public var givenValues: [GivenValue] {
        let positionals = signature.positionals.compactMap { positional in
            positionalValues[positional.name].map { GivenValue(label: "argument \(positional.name)", value: $0, allowsLineBreaks: false) }
        }
        let options = signature.options.flatMap { option in
            (optionValues[option.name].map { [$0] } ?? repeatedValues[option.name] ?? []).map {
                GivenValue(label: "option '\(option.spelling)'", value: $0, allowsLineBreaks: option.allowsLineBreaks)
            }
        }
        return positionals + options
    }

    /// How a name is described in messages: `option '--cap'` or `argument N`.
    private func label(for name: String) -> String {
        if let option = signature.option(named: name) { return "option '\(option.spelling)'" }
        return "argument \(name)"
    }
}
