/// One `name=value` pair of a request's query string, percent-decoded.
public struct HTTPQueryItem: Hashable, Sendable {
    /// The decoded name.
    public let name: String
    /// The decoded value; empty for a bare `name` without `=`.
    public let value: String

    /// A query item from its decoded parts.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
