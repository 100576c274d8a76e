import EngageCore
import EngageRendering
import FoundationEssentials

/// Checks a JSON value against a `Schema`, refusing with one `APIError` (422) that names the
/// field: a member that is missing, unknown, `null`, of the wrong type, out of range or not one
/// of the allowed values.
///
/// Everything the OpenAPI document promises is checked here, so a client (or a fuzzer) that
/// breaks the document is refused before any work is done.
enum SchemaValidator {
    /// Refuses `value` unless it matches `schema`.
    /// - Parameters:
    ///   - value: The value received.
    ///   - schema: What it must be.
    ///   - field: Where it is, for the message (`assign.officer`, `query parameter 'limit'`).
    /// - Throws: `APIError` (422) naming the field and what is wrong.
    static func check(_ value: JSONValue, against schema: Schema, field: String) throws(APIError) {
        switch (schema, value) {
        case (.string(let minLength, let maxLength, let layout), .string(let text)):
            try checkLength(text, minLength: minLength, maxLength: maxLength, field: field)
            try checkCharacters(text, layout: layout, field: field)
        case (.date, .string(let text)):
            do { _ = try Day.parse(text) } catch {
                let years = Day.supportedYears
                throw APIError.invalid("\(field) must be a date YYYY-MM-DD from \(years.lowerBound)-01-01 to \(years.upperBound)-12-31, got '\(text)'", field: field)
            }
        case (.dateTime, .string(let text)):
            guard (try? Date(text, strategy: .iso8601)) != nil else {
                throw APIError.invalid("\(field) must be a date and time such as 2014-03-31T09:30:00Z, got '\(text)'", field: field)
            }
        case (.enumeration(let allowed), .string(let text)):
            guard allowed.contains(text) else {
                throw APIError.invalid("\(field) must be one of \(allowed.joined(separator: ", ")), got '\(text)'", field: field)
            }
        case (.integer(let minimum, let maximum), .integer(let number)):
            if let minimum, number < minimum { throw APIError.invalid("\(field) must be at least \(minimum), got \(number)", field: field) }
            if let maximum, number > maximum { throw APIError.invalid("\(field) must be at most \(maximum), got \(number)", field: field) }
        case (.number, .integer), (.number, .number), (.boolean, .bool), (.anyObject, .object):
            return
        case (.array(let items, let maxItems), .array(let elements)):
            if let maxItems, elements.count > maxItems {
                throw APIError.invalid("\(field) may hold at most \(maxItems) items, got \(elements.count)", field: field)
            }
            for (index, element) in elements.enumerated() {
                try check(element, against: items, field: "\(field)[\(index)]")
            }
        case (.object(let properties), .object(let members)):
            try checkObject(members, properties: properties, field: field)
        case (.nullable, .null):
            return
        case (.nullable(let inner), _):
            try check(value, against: inner, field: field)
        case (.reference, _), (.oneOf, _):
            return
        default:
            throw APIError.invalid("\(field) must be \(expectation(schema)), got \(kind(of: value))", field: field)
        }
    }

    /// Refuses an object with members the schema does not name, or without those it requires.
    static func checkObject(_ members: [String: JSONValue], properties: [Property], field: String) throws(APIError) {
        let known = Set(properties.map(\.name))
        let unknown = members.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            let names = unknown.map { "'\($0)'" }.joined(separator: ", ")
            throw APIError(.unprocessableContent, code: "unknown_fields",
                           "\(field) has \(unknown.count == 1 ? "a field" : "fields") this API does not know: \(names); the allowed fields are \(properties.map(\.name).joined(separator: ", "))",
                           details: ["fields": .array(unknown.map(JSONValue.string))])
        }
        for property in properties {
            guard let member = members[property.name] else {
                if property.isRequired { throw APIError.invalid("\(field) needs the field '\(property.name)': \(property.summary)", field: property.name) }
                continue
            }
            try check(member, against: property.schema, field: property.name)
        }
    }

    private static func checkLength(_ text: String, minLength: Int?, maxLength: Int?, field: String) throws(APIError) {
        let count = text.count
        if let minLength, count < minLength {
            throw APIError.invalid("\(field) must not be \(count == 0 ? "empty" : "shorter than \(minLength) characters")", field: field)
        }
        if let maxLength, count > maxLength {
            throw APIError.invalid("\(field) is \(count) characters long; keep it to \(maxLength)", field: field)
        }
    }

    /// Refuses a NUL or another control character the layout does not allow: PostgreSQL's text
    /// cannot hold NUL, and nothing else in a record needs one.
    static func checkCharacters(_ text: String, layout: TextLayout, field: String) throws(APIError) {
        guard let found = layout.firstForbidden(in: text) else { return }
        throw APIError(.unprocessableContent, code: "invalid_field", "\(field) \(found.sentence); \(found.hint)",
                       details: ["field": .string(field)])
    }

    private static func expectation(_ schema: Schema) -> String {
        switch schema {
        case .string, .date, .dateTime, .enumeration: "a string"
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .array: "an array"
        case .object, .anyObject, .reference, .oneOf: "an object"
        case .nullable(let inner): expectation(inner) + " or null"
        }
    }

    private static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
