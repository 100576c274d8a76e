/// A refusal a user can cause and fix: bad input, an unknown record, a duplicate, a rule.
///
/// Every face renders it as one line, `message; hint`: what went wrong with which record, then
/// what to do. The CLI exits 65 for all kinds; the service maps `kind` to an HTTP status.
public struct EngageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What sort of refusal this is.
    public enum Kind: String, Sendable, Codable {
        /// The input is malformed or out of range (a name that is empty, an unknown region).
        case invalid
        /// A named record does not exist.
        case notFound = "not_found"
        /// The record would clash with one that exists (a duplicate name).
        case duplicate
        /// A rule of the workflow refuses the change (a gate, a cap, a status that does not allow it).
        case refused
        /// Who asks may not change this record (an officer recording for an authority they do not lead).
        case forbidden
    }

    /// What sort of refusal this is.
    public let kind: Kind
    /// What went wrong, naming the record, e.g. "officer 'Sam Jones' already exists".
    public let message: String
    /// What to do about it, e.g. "pick another name, or see 'engage officer list'".
    public let hint: String?
    /// A finer, machine-readable reason than `kind` for refusals a program may act on, e.g.
    /// `capacity_exceeded`, `gate_not_met`, `status_conflict`; nil when `kind` says enough.
    public let code: String?
    /// Facts behind the refusal for programs (the cap, the missing evidence); empty when none.
    public let details: [String: ErrorDetail]
    /// Which input of the call was wrong (the domain's name for it, e.g. `summary`, `dueOn`),
    /// when one was: a face shows the message beside its own field for it. Nil when the
    /// refusal is about the request as a whole.
    public private(set) var field: String?

    /// Creates a refusal.
    /// - Parameters:
    ///   - kind: What sort of refusal.
    ///   - message: What went wrong, naming the record.
    ///   - hint: What to do about it.
    ///   - code: A finer reason than `kind`, for programs.
    ///   - details: Facts behind the refusal, for programs.
    public init(_ kind: Kind, _ message: String, hint: String? = nil, code: String? = nil,
                details: [String: ErrorDetail] = [:]) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.code = code
        self.details = details
    }

    /// The same refusal, said to be about the input `field`.
    public func about(_ field: String) -> EngageError {
        var copy = self
        copy.field = field
        return copy
    }

    /// The one line a user sees.
    public var description: String {
        guard let hint else { return message }
        return "\(message); \(hint)"
    }
}
