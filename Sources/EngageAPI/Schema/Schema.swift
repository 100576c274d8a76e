import EngageCore
import EngageRendering

/// The part of JSON Schema the API uses, for request fields, query parameters and responses.
///
/// One value serves twice: the service checks requests against it (`SchemaValidator`), and the
/// OpenAPI document prints it (`json`), so the document cannot promise what the service does not
/// check, nor the other way round.
public indirect enum Schema: Sendable {
    /// A string; `minLength`/`maxLength` count characters; `layout` says whether it may break
    /// lines (control characters are refused either way, see `TextLayout`).
    case string(minLength: Int? = nil, maxLength: Int? = nil, layout: TextLayout = .singleLine)
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// A moment in ISO 8601 with its offset, `2014-03-31T09:30:00Z` (how the service sends
    /// timestamps).
    case dateTime
    /// One of a fixed set of strings.
    case enumeration([String])
    /// A whole number within the bounds given.
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    /// Any number.
    case number
    /// `true` or `false`.
    case boolean
    /// A list of values of one schema.
    case array(Schema, maxItems: Int? = nil)
    /// An object with named properties and no others.
    case object([Property])
    /// A named schema under `#/components/schemas` (responses only).
    case reference(String)
    /// The value, or `null` (responses only).
    case nullable(Schema)
    /// An object whose members are not described further (responses only).
    case anyObject
    /// Exactly one of these schemas (responses only).
    case oneOf([Schema])

    /// A name for a record: 1 to 200 characters.
    public static let name = Schema.string(minLength: 1, maxLength: 200)
    /// A free text that may break lines (a note, a profile): up to 2,000 characters.
    public static let text = Schema.string(maxLength: 2_000, layout: .multiline)
    /// One line of text (a title, a summary, a reason): 1 to 2,000 characters.
    public static let line = Schema.string(minLength: 1, maxLength: 2_000)
    /// A record's id.
    public static let id = Schema.integer(minimum: 1)

    /// The schema as JSON Schema (OpenAPI 3.1), for an answer.
    public var json: JSONValue { json(request: false) }

    /// The schema as JSON Schema (OpenAPI 3.1).
    /// - Parameter request: Whether it describes what a request sends: then strings carry the
    ///   `pattern` of the characters their layout allows. Answers carry none, since what the
    ///   service sends back was checked on the way in.
    public func json(request: Bool) -> JSONValue {
        switch self {
        case .string(let minLength, let maxLength, let layout):
            var members: [String: JSONValue] = ["type": "string"]
            if request { members["pattern"] = .string(Self.pattern(layout)) }
            if let minLength { members["minLength"] = .integer(Int64(minLength)) }
            if let maxLength { members["maxLength"] = .integer(Int64(maxLength)) }
            return .object(members)
        case .date:
            return ["type": "string", "format": "date"]
        case .dateTime:
            return ["type": "string", "format": "date-time"]
        case .enumeration(let values):
            return ["type": "string", "enum": .array(values.map(JSONValue.string))]
        case .integer(let minimum, let maximum):
            var members: [String: JSONValue] = ["type": "integer", "format": "int64"]
            if let minimum { members["minimum"] = .integer(Int64(minimum)) }
            if let maximum { members["maximum"] = .integer(Int64(maximum)) }
            return .object(members)
        case .number:
            return ["type": "number"]
        case .boolean:
            return ["type": "boolean"]
        case .array(let items, let maxItems):
            var members: [String: JSONValue] = ["type": "array", "items": items.json(request: request)]
            if let maxItems { members["maxItems"] = .integer(Int64(maxItems)) }
            return .object(members)
        case .object(let properties):
            return Self.objectJSON(properties, request: request)
        case .reference(let name):
            return ["$ref": .string("#/components/schemas/\(name)")]
        case .nullable(let schema):
            return ["oneOf": [schema.json(request: request), ["type": "null"]]]
        case .anyObject:
            return ["type": "object"]
        case .oneOf(let schemas):
            return ["oneOf": .array(schemas.map { $0.json(request: request) })]
        }
    }

    /// The characters a layout allows, as a JSON Schema pattern (ECMA 262, which Python's `re`
    /// reads alike), so that clients and fuzzers know what `SchemaValidator` refuses.
    static func pattern(_ layout: TextLayout) -> String {
        switch layout {
        case .singleLine: #"^[^\u0000-\u001F\u007F-\u009F\u2028\u2029]*$"#
        case .multiline: #"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"#
        }
    }

    private static func objectJSON(_ properties: [Property], request: Bool) -> JSONValue {
        var members: [String: JSONValue] = [
            "type": "object",
            "additionalProperties": false,
            "properties": .object(Dictionary(uniqueKeysWithValues: properties.map { ($0.name, $0.json(request: request)) })),
        ]
        let required = properties.filter(\.isRequired).map(\.name)
        if !required.isEmpty { members["required"] = .array(required.map(JSONValue.string)) }
        return .object(members)
    }
}
