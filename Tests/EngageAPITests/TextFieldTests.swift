import EngageAPI
import EngageHTTP
import Foundation
import Testing

/// Every text field the OpenAPI document declares (path and query parameters, body members at any
/// depth) refuses a NUL and the control characters its documented pattern excludes, with 422
/// naming the field; characters the pattern allows are not refused for that field. The fields
/// are read from the served document, so a new route is covered without touching this test.
@Suite("API: control characters in every text field")
struct TextFieldTests {
    /// Probes, each refused or let through as the field's documented pattern says; NUL and ESC
    /// must be refused by every pattern.
    static let probes = ["a\u{0}b", "a\u{1B}[2Jb", "a\u{7}b", "a\nb", "a\r\nb", "a\tb", "a\u{85}b", "a\u{2028}b"]

    @Test("each text field refuses what its pattern excludes, naming the field, before any work")
    func everyTextField() throws {
        try APIHarness.with { api in
            let document = try ServedDocument(api)
            let fields = document.operations.flatMap { TextField.all(in: $0.operation, method: $0.method, path: $0.path) }
            #expect(fields.count >= 40, "only \(fields.count) text fields found in the document")
            var refusedNUL = 0
            for field in fields {
                let pattern = try NSRegularExpression(pattern: try #require(field.pattern, "\(field) has no pattern"))
                for probe in Self.probes {
                    let allowed = pattern.firstMatch(in: probe, range: NSRange(probe.startIndex..., in: probe)) != nil
                    if probe.contains("\u{0}") || probe.contains("\u{1B}") { #expect(!allowed, "\(field)'s pattern lets \(probe.debugDescription) through") }
                    let response = try api.call(field.method, field.target(with: probe), as: "manager", json: field.body(with: probe))
                    let named = response.status == .unprocessableContent && response.errorField == field.reportedName
                    if allowed {
                        #expect(!named, "\(field) refused \(probe.debugDescription), which its pattern allows: \(response.errorMessage ?? "")")
                        #expect(response.status.code < 500, "\(field) with \(probe.debugDescription) answered \(response.status.code)")
                    } else {
                        #expect(named, "\(field) with \(probe.debugDescription): \(response.status.code) \(response.errorMessage ?? "")")
                        if probe.contains("\u{0}") && named { refusedNUL += 1 }
                    }
                }
            }
            #expect(refusedNUL == fields.count)
        }
    }

    @Test("a follow-up whose summary holds a NUL is refused and nothing is stored")
    func nothingStored() throws {
        try APIHarness.with { api in
            let response = try api.call(.post, "/api/followups", as: "manager",
                                        json: #"{"authority": "Somerset", "summary": "a\u0000b"}"#)
            #expect(response.status == .unprocessableContent)
            #expect(response.errorMessage == "summary contains a NUL character (U+0000) at character 2; write it on one line, without control characters")
            #expect(try api.withStore { try $0.followUps(of: "Somerset") }.isEmpty)
        }
    }
}

/// One text field of one operation, and how to send a request with a given value in it.
struct TextField: CustomStringConvertible {
    enum Place { case path, query, body([String]) }

    let method: HTTPMethod
    let path: String
    let name: String
    let place: Place
    let pattern: String?
    /// The operation's parameters and body schema, to fill the other fields with valid values.
    let parameters: [JSON]
    let bodySchema: JSON?

    var description: String { "\(method) \(path) \(name)" }

    /// How a refusal names the field: its own name, with `[0]` for a list of strings.
    var reportedName: String {
        if case .body(let route) = place, route.last == "[]" { return name + "[0]" }
        return name
    }

    static func all(in operation: [String: JSON], method: String, path: String) -> [TextField] {
        let method = HTTPMethod(rawValue: method)
        let parameters = operation["parameters"]?.array ?? []
        let body = operation["requestBody"]?["content"]?["application/json"]?["schema"]
        let inParameters = parameters.compactMap { parameter -> TextField? in
            guard let schema = parameter["schema"], isText(schema), let name = parameter["name"]?.string else { return nil }
            let place: Place = parameter["in"]?.string == "path" ? .path : .query
            return TextField(method: method, path: path, name: name, place: place, pattern: schema["pattern"]?.string,
                             parameters: parameters, bodySchema: body)
        }
        let inBody = body.map { textMembers(of: $0, route: []) } ?? []
        return inParameters + inBody.map { member in
            TextField(method: method, path: path, name: member.name, place: .body(member.route), pattern: member.pattern,
                      parameters: parameters, bodySchema: body)
        }
    }

    /// The path and query with `value` in this field (when it is a parameter), valid values elsewhere.
    func target(with value: String) -> String {
        var target = path
        var query: [String] = []
        for parameter in parameters {
            guard let name = parameter["name"]?.string, let schema = parameter["schema"] else { continue }
            let isThis = name == self.name && !isBody
            let text = isThis ? value : Self.sampleText(schema)
            if parameter["in"]?.string == "path" {
                target = target.replacingOccurrences(of: "{\(name)}", with: Self.encoded(text))
            } else if isThis || parameter["required"] == .bool(true) {
                query.append("\(name)=\(Self.encoded(text))")
            }
        }
        return query.isEmpty ? target : target + "?" + query.joined(separator: "&")
    }

    /// The JSON body with `value` in this field (when it is a body member), valid values elsewhere.
    func body(with value: String) -> String? {
        guard let bodySchema else { return nil }
        let route: [String]? = if case .body(let route) = place { route } else { nil }
        let sample = Self.sample(bodySchema, replacing: route.map { ($0, value) })
        let data = (try? JSONSerialization.data(withJSONObject: sample, options: [.fragmentsAllowed])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private var isBody: Bool { if case .body = place { true } else { false } }

    private static func isText(_ schema: JSON) -> Bool {
        schema["type"] == .string("string") && schema["enum"] == nil && schema["format"] == nil
    }

    /// The text members of a body schema: each with the route to it (member names, `[]` for a
    /// list's items) and its pattern.
    private static func textMembers(of schema: JSON, route: [String]) -> [(name: String, route: [String], pattern: String?)] {
        if let items = schema["items"], schema["type"] == .string("array") {
            if isText(items) { return [(name: route.last ?? "", route: route + ["[]"], pattern: items["pattern"]?.string)] }
            return textMembers(of: items, route: route + ["[]"])
        }
        guard let properties = schema["properties"]?.object else { return [] }
        return properties.sorted { $0.key < $1.key }.flatMap { name, property in
            isText(property) ? [(name: name, route: route + [name], pattern: property["pattern"]?.string)]
                             : textMembers(of: property, route: route + [name])
        }
    }

    /// A valid value for `schema`, with the member at `replacing.route` set to its value.
    private static func sample(_ schema: JSON, replacing: (route: [String], value: String)?) -> Any {
        if let replacing, replacing.route.isEmpty { return replacing.value }
        let next = replacing.map { (route: Array($0.route.dropFirst()), value: $0.value) }
        switch schema["type"]?.string {
        case "array":
            guard let items = schema["items"] else { return [Any]() }
            return [sample(items, replacing: replacing?.route.first == "[]" ? next : nil)]
        case "object":
            var members: [String: Any] = [:]
            let required = Set((schema["required"]?.array ?? []).compactMap(\.string))
            for (name, property) in schema["properties"]?.object ?? [:] {
                let here = replacing?.route.first == name
                guard here || required.contains(name) else { continue }
                members[name] = sample(property, replacing: here ? next : nil)
            }
            return members
        case "integer":
            if case .integer(let minimum)? = schema["minimum"] { return minimum }
            return 1
        case "number": return 1
        case "boolean": return false
        default: return sampleText(schema)
        }
    }

    private static func sampleText(_ schema: JSON) -> String {
        if let first = schema["enum"]?.array?.first?.string { return first }
        if schema["format"] == .string("date") { return "2014-01-31" }
        if schema["format"] == .string("date-time") { return "2014-01-31T09:00:00Z" }
        if schema["type"] == .string("integer") { return "1" }
        if schema["type"] == .string("boolean") { return "false" }
        return "Somerset"
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension HTTPResponse {
    /// The error's `details.field`, for 422 answers.
    var errorField: String? {
        (((jsonBody as? [String: Any])?["error"] as? [String: Any])?["details"] as? [String: Any])?["field"] as? String
    }
}
