import EngageRendering

/// A member of an object schema: its name, schema, whether it must be present, and what it means.
public struct Property: Sendable {
    /// The member's name as it appears in JSON (snake_case).
    public let name: String
    /// What its value must be.
    public let schema: Schema
    /// Whether the member must be present.
    public let isRequired: Bool
    /// What it means, for the OpenAPI document.
    public let summary: String

    /// A property.
    /// - Parameters:
    ///   - name: The member's name in JSON.
    ///   - schema: What its value must be.
    ///   - required: Whether it must be present.
    ///   - summary: What it means.
    public init(_ name: String, _ schema: Schema, required: Bool = false, _ summary: String) {
        self.name = name
        self.schema = schema
        self.isRequired = required
        self.summary = summary
    }

    /// The property's schema with its description.
    /// - Parameter request: Whether it describes what a request sends (see `Schema.json(request:)`).
    func json(request: Bool) -> JSONValue {
        let schemaJSON = schema.json(request: request)
        guard case .object(var members) = schemaJSON else { return schemaJSON }
        members["description"] = .string(summary)
        return .object(members)
    }
}
