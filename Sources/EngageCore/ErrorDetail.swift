/// One fact behind a refusal, for programs: a text, a number or a list of texts.
///
/// Encodes as the bare JSON value (`"officer"`, `4`, `["Bury", "Leeds"]`).
public enum ErrorDetail: Equatable, Sendable, Encodable {
    case text(String)
    case number(Int)
    case list([String])

    /// Encodes the bare value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .list(let list): try container.encode(list)
        }
    }
}
