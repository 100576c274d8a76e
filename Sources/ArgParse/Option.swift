/// A long option such as `--region VALUE`, `--json`, or `--rate K=V` (repeatable).
///
/// Options are matched by their long name only. The one short spelling a
/// command understands is `-h`, an alias for the built-in `--help`.
public struct Option: Sendable, Hashable {
    /// How an option consumes the command line.
    public enum Kind: Sendable, Hashable {
        /// A switch that takes no value, such as `--json`.
        case flag
        /// An option that takes exactly one value and may be given at most once.
        case value
        /// An option that takes a value and may be given any number of times.
        case repeated
    }

    /// The long name without leading dashes, for example `region`.
    public let name: String
    /// How the option consumes the command line.
    public let kind: Kind
    /// The placeholder for the value shown in help, for example `REGION`; empty for flags.
    public let valueName: String
    /// The help text shown in the OPTIONS section.
    public let help: String
    /// Whether the option must be given; only meaningful for ``Kind/value``.
    public let isRequired: Bool
    /// Whether its value is free text that may break lines (a note, a reason); other values
    /// are one line. The tool checks every value's characters accordingly before running.
    public let allowsLineBreaks: Bool

    /// Creates a flag that takes no value, such as `--json`.
    /// - Parameters:
    ///   - name: The long name without dashes.
    ///   - help: The help text shown in the OPTIONS section.
    /// - Returns: The option.
    public static func flag(_ name: String, help: String) -> Option {
        Option(name: name, kind: .flag, valueName: "", help: help, isRequired: false, allowsLineBreaks: false)
    }

    /// Creates an option that takes one value, such as `--region REGION`.
    /// - Parameters:
    ///   - name: The long name without dashes.
    ///   - valueName: The placeholder for the value shown in help, such as `REGION`.
    ///   - help: The help text shown in the OPTIONS section.
    ///   - required: Whether parsing fails when the option is missing.
    ///   - lineBreaks: Whether the value is free text that may break lines.
    /// - Returns: The option.
    public static func value(
        _ name: String, valueName: String, help: String, required: Bool = false, lineBreaks: Bool = false
    ) -> Option {
        Option(name: name, kind: .value, valueName: valueName, help: help, isRequired: required, allowsLineBreaks: lineBreaks)
    }

    /// Creates an option that may be given many times, such as `--rate K=V`.
    /// - Parameters:
    ///   - name: The long name without dashes.
    ///   - valueName: The placeholder for each value shown in help, such as `K=V`.
    ///   - help: The help text shown in the OPTIONS section.
    ///   - lineBreaks: Whether each value is free text that may break lines.
    /// - Returns: The option.
    public static func repeated(_ name: String, valueName: String, help: String, lineBreaks: Bool = false) -> Option {
        Option(name: name, kind: .repeated, valueName: valueName, help: help, isRequired: false, allowsLineBreaks: lineBreaks)
    }

    /// The option as typed on the command line, for example `--region`.
    var spelling: String { "--" + name }

    /// The option with its value placeholder, for example `--region REGION` or `--json`.
    var synopsis: String {
        kind == .flag ? spelling : "\(spelling) \(valueName)"
    }

    /// How the option appears in a usage line, for example `[--cap N]`.
    var usageToken: String {
        switch kind {
        case .flag: "[\(synopsis)]"
        case .value: isRequired ? synopsis : "[\(synopsis)]"
        case .repeated: "[\(synopsis) ...]"
        }
    }
}
