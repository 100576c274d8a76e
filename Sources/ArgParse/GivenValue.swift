/// One value as given on the command line, with how messages name it.
public struct GivenValue: Sendable, Hashable {
    /// How a message names where it came from: `option '--summary'` or `argument NAME`.
    public let label: String
    /// The value as typed.
    public let value: String
    /// Whether it is free text that may break lines (see ``Option/allowsLineBreaks``).
    public let allowsLineBreaks: Bool
}
