import EngageCore
import Foundation

/// A JSON value as the tests read it: parsed here, independently of the service's own JSON types,
/// so that a test compares what was served with what was documented.
enum JSON: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    /// Parses JSON bytes.
    init(bytes: [UInt8]) throws {
        self = try JSONDecoder().decode(JSON.self, from: Data(bytes))
    }

    /// Decodes any JSON value; booleans and whole numbers stay apart from other numbers.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSON].self)) }
    }

    /// The member `key` of an object; nil otherwise.
    subscript(key: String) -> JSON? { object?[key] }

    /// The members, when this is an object.
    var object: [String: JSON]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements, when this is an array.
    var array: [JSON]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text, when this is a string.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The JSON Schema type names this value satisfies (`integer` is also a `number`).
    var typeNames: Set<String> {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .integer: ["integer", "number"]
        case .number(let value): value.rounded() == value ? ["integer", "number"] : ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }

    /// A short description of the value for a message: `a string "4"`, `an object`.
    var sketch: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let value): "the integer \(value)"
        case .number(let value): "the number \(value)"
        case .string(let text): "a string \"\(text.prefix(40))\""
        case .array(let elements): "an array of \(elements.count)"
        case .object: "an object"
        }
    }
}

/// Checks JSON values against the part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) the
/// served document uses, resolving `$ref`s in that document.
///
/// Each mismatch names its JSON pointer (`/officers/0/cap: expected integer, got a string "4"`).
/// A keyword it does not know is itself a mismatch, so a schema never passes by being unread.
struct SchemaConformance {
    /// The whole OpenAPI document, for `$ref`s.
    let document: JSON

    private static let understood: Set<String> = [
        "type", "format", "enum", "minimum", "maximum", "minLength", "maxLength", "items", "maxItems",
        "properties", "required", "additionalProperties", "$ref", "oneOf", "description",
    ]

    /// Every way `value` breaks `schema`; empty when it conforms.
    /// - Parameter pointer: Where `value` is in the body checked, as a JSON pointer.
    func mismatches(_ value: JSON, against schema: JSON, at pointer: String = "") -> [String] {
        let place = pointer.isEmpty ? "(the body)" : pointer
        guard let keywords = schema.object else { return ["\(place): the schema is not an object"] }
        let unknown = Set(keywords.keys).subtracting(Self.understood)
        guard unknown.isEmpty else { return ["\(place): the checker does not understand \(unknown.sorted())"] }
        if let reference = keywords["$ref"]?.string {
            guard let target = resolve(reference) else { return ["\(place): $ref \(reference) does not resolve"] }
            return mismatches(value, against: target, at: pointer)
        }
        if let branches = keywords["oneOf"]?.array { return oneOf(branches, value, at: pointer) }
        if let problem = typeMismatch(keywords, value) { return ["\(place): \(problem)"] }
        let problems = scalarProblems(keywords, value).map { "\(place): \($0)" }
        switch value {
        case .array(let elements): return problems + arrayProblems(keywords, elements, at: pointer)
        case .object(let members): return problems + objectProblems(keywords, members, at: pointer)
        default: return problems
        }
    }

    /// The value a `#/…` reference points to in the document.
    func resolve(_ reference: String) -> JSON? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSON? = document
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            node = node?[key]
        }
        return node
    }

    private func oneOf(_ branches: [JSON], _ value: JSON, at pointer: String) -> [String] {
        let results = branches.map { mismatches(value, against: $0, at: pointer) }
        let matching = results.filter(\.isEmpty).count
        if matching == 1 { return [] }
        let place = pointer.isEmpty ? "(the body)" : pointer
        if matching > 1 { return ["\(place): matches \(matching) branches of oneOf, not exactly one"] }
        return ["\(place): matches no branch of oneOf: " + results.map { $0.joined(separator: "; ") }.joined(separator: " | ")]
    }

    private func typeMismatch(_ keywords: [String: JSON], _ value: JSON) -> String? {
        guard let type = keywords["type"] else { return nil }
        let allowed = type.array?.compactMap(\.string) ?? type.string.map { [$0] } ?? []
        guard value.typeNames.isDisjoint(with: allowed) else { return nil }
        return "expected \(allowed.joined(separator: " or ")), got \(value.sketch)"
    }

    private func scalarProblems(_ keywords: [String: JSON], _ value: JSON) -> [String] {
        var problems: [String] = []
        if let allowed = keywords["enum"]?.array, !allowed.contains(value) {
            problems.append("\(value.sketch) is not one of \(allowed.compactMap(\.string))")
        }
        if let format = keywords["format"]?.string, let problem = Self.formatProblem(format, value) {
            problems.append(problem)
        }
        problems += Self.rangeProblems(keywords, value)
        if case .string(let text) = value {
            if let minimum = keywords["minLength"].flatMap(Self.number), Double(text.count) < minimum {
                problems.append("\(value.sketch) is shorter than \(Int(minimum))")
            }
            if let maximum = keywords["maxLength"].flatMap(Self.number), Double(text.count) > maximum {
                problems.append("\(value.sketch) is longer than \(Int(maximum))")
            }
        }
        return problems
    }

    private static func rangeProblems(_ keywords: [String: JSON], _ value: JSON) -> [String] {
        guard let number = number(value) else { return [] }
        var problems: [String] = []
        if let minimum = keywords["minimum"].flatMap(Self.number), number < minimum {
            problems.append("\(value.sketch) is below the minimum \(minimum)")
        }
        if let maximum = keywords["maximum"].flatMap(Self.number), number > maximum {
            problems.append("\(value.sketch) is above the maximum \(maximum)")
        }
        return problems
    }

    private static func formatProblem(_ format: String, _ value: JSON) -> String? {
        guard case .string(let text) = value else { return nil }
        switch format {
        case "date":
            return (try? Day.parse(text)) == nil ? "\(value.sketch) is not a date YYYY-MM-DD" : nil
        case "date-time":
            return ISO8601DateFormatter().date(from: text) == nil ? "\(value.sketch) is not an RFC 3339 date-time" : nil
        default:
            return "the checker does not know the string format \(format)"
        }
    }

    private func arrayProblems(_ keywords: [String: JSON], _ elements: [JSON], at pointer: String) -> [String] {
        var problems: [String] = []
        if let maximum = keywords["maxItems"].flatMap(Self.number), Double(elements.count) > maximum {
            problems.append("\(pointer.isEmpty ? "(the body)" : pointer): \(elements.count) items, more than \(Int(maximum))")
        }
        guard let items = keywords["items"] else { return problems }
        for (index, element) in elements.enumerated() {
            problems += mismatches(element, against: items, at: pointer + "/\(index)")
        }
        return problems
    }

    private func objectProblems(_ keywords: [String: JSON], _ members: [String: JSON], at pointer: String) -> [String] {
        let place = pointer.isEmpty ? "(the body)" : pointer
        let properties = keywords["properties"]?.object ?? [:]
        var problems: [String] = []
        for name in keywords["required"]?.array?.compactMap(\.string) ?? [] where members[name] == nil {
            problems.append("\(place): lacks the required member '\(name)'")
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            let path = pointer + "/" + Self.escaped(name)
            if let schema = properties[name] {
                problems += mismatches(member, against: schema, at: path)
            } else if let extra = keywords["additionalProperties"] {
                if extra == .bool(false) { problems.append("\(path): a member the schema does not list") }
                else if extra.object != nil { problems += mismatches(member, against: extra, at: path) }
            }
        }
        return problems
    }

    private static func number(_ value: JSON) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }

    private static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
