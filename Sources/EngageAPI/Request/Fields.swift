import EngageCore
import EngageRendering

/// The members of a request body or the parameters of a query string, already checked against
/// their schema, read by name and type.
///
/// Since the schema was checked first, a member of the wrong type cannot reach a reader; the
/// readers still refuse one (422) rather than trust that, and a required member that is absent
/// is refused naming it.
public struct Fields: Sendable {
    private let members: [String: JSONValue]

    /// Fields from checked members.
    init(_ members: [String: JSONValue]) { self.members = members }

    /// No fields.
    static let empty = Fields([:])

    /// Whether the member is present.
    public func contains(_ name: String) -> Bool { members[name] != nil }

    /// The string member `name`, which must be present.
    /// - Throws: `APIError` (422) when it is absent or not a string.
    public func string(_ name: String) throws(APIError) -> String {
        guard let value = optionalString(name) else { throw APIError.invalid("the field '\(name)' is required", field: name) }
        return value
    }

    /// The string member `name`, or nil when absent.
    public func optionalString(_ name: String) -> String? {
        if case .string(let text) = members[name] { return text }
        return nil
    }

    /// The integer member `name`, or nil when absent.
    public func optionalInt(_ name: String) -> Int? {
        if case .integer(let number) = members[name] { return Int(exactly: number) }
        return nil
    }

    /// The integer member `name`, which must be present.
    /// - Throws: `APIError` (422) when it is absent.
    public func int(_ name: String) throws(APIError) -> Int {
        guard let value = optionalInt(name) else { throw APIError.invalid("the field '\(name)' is required", field: name) }
        return value
    }

    /// The boolean member `name`; false when absent.
    public func flag(_ name: String) -> Bool {
        if case .bool(let value) = members[name] { return value }
        return false
    }

    /// The date member `name`, or nil when absent.
    /// - Throws: `EngageError` (422) when it is not a date.
    public func optionalDay(_ name: String) throws -> Day? {
        try optionalString(name).map { text in try Day.parse(text, what: name) }
    }

    /// The list of strings `name`; empty when absent.
    public func strings(_ name: String) -> [String] {
        guard case .array(let elements) = members[name] else { return [] }
        return elements.compactMap(\.string)
    }

    /// The list of objects `name`, each as fields of its own (checked with the list's schema);
    /// empty when absent.
    public func objects(_ name: String) -> [Fields] {
        guard case .array(let elements) = members[name] else { return [] }
        return elements.compactMap { element in
            if case .object(let members) = element { return Fields(members) }
            return nil
        }
    }
}
