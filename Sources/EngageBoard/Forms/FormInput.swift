import EngageCore
import EngageHTTP

/// What a person sent in one form, read field by field. Each reading gives a value or records
/// that field's error, so that one pass finds every mistake and the page can list them all.
///
/// Every value is checked on arrival against `TextLayout.multiline` (no NUL, no control
/// characters but line breaks and tabs); fields read as one line are checked again by the
/// domain's own validators.
struct FormInput: Sendable {
    private let values: [String: [String]]
    /// The fields' names, each once, in the order sent.
    let names: [String]
    /// The files sent (a `multipart/form-data` body), by field; only files that were chosen.
    private let files: [String: MultipartPart]
    private(set) var errors: [FieldError] = []

    /// The fields of a request's body: `multipart/form-data` (its fields, and its files
    /// apart) or else `application/x-www-form-urlencoded`.
    /// - Throws: `MultipartError` for a body that says it is multipart but is malformed.
    init(request: HTTPRequest) throws(MultipartError) {
        guard let parts = try request.multipartParts() else {
            self.init(items: request.formItems ?? [])
            return
        }
        let fields = parts.filter { !$0.isFile }
        self.init(items: fields.map { HTTPQueryItem(name: $0.name, value: $0.text ?? "") },
                  files: parts.filter { $0.isFile && !($0.filename ?? "").isEmpty })
        for field in fields where field.text == nil { fail(field.name, "This is not text (UTF-8); type it again") }
    }

    /// The fields of a `application/x-www-form-urlencoded` body (or of a query), and any files.
    init(items: [HTTPQueryItem], files: [MultipartPart] = []) {
        var chosen: [String: MultipartPart] = [:]
        for file in files where chosen[file.name] == nil { chosen[file.name] = file }
        self.files = chosen
        var values: [String: [String]] = [:]
        var names: [String] = []
        for item in items {
            if values[item.name] == nil { names.append(item.name) }
            values[item.name, default: []].append(item.value)
        }
        (self.values, self.names) = (values, names)
        for (name, all) in values {
            for value in all {
                if let found = TextLayout.multiline.firstForbidden(in: value) {
                    fail(name, "This \(found.sentence); remove it and try again")
                    break
                }
            }
        }
    }

    /// The file sent in a field (the first one chosen), or nil when none was.
    func file(_ name: String) -> MultipartPart? { files[name] }

    /// A field's value as sent (the first one), or "".
    func text(_ name: String) -> String { values[name]?.first ?? "" }

    /// Every value a field was sent with (checkboxes, multiple selects), blank ones left out.
    func all(_ name: String) -> [String] { (values[name] ?? []).filter { !$0.trimmingWhitespace().isEmpty } }

    /// Whether the form carried no error so far.
    var isValid: Bool { errors.isEmpty }

    /// Whether `name` already has an error (a later check of it would only repeat it).
    func hasError(_ name: String) -> Bool { errors.contains { $0.field == name } }

    /// The value, trimmed, or nil and `message` recorded when it is blank.
    mutating func required(_ name: String, _ message: String) -> String? {
        let value = text(name).trimmingWhitespace()
        if value.isEmpty && !hasError(name) { fail(name, message) }
        return value.isEmpty ? nil : value
    }

    /// The value, trimmed; nil when blank.
    func optional(_ name: String) -> String? {
        let value = text(name).trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    /// `make` applied to the field's value, or nil and its refusal recorded against the field.
    mutating func parse<Value>(_ name: String, _ make: (String) throws(EngageError) -> Value) -> Value? {
        guard !hasError(name) else { return nil }
        do {
            return try make(text(name))
        } catch {
            fail(name, BoardMessage.sentence(error))
            return nil
        }
    }

    /// A domain value made from fields already read, or nil and its refusal recorded against
    /// the field it names (`fields` maps the domain's names for inputs to the form's), else
    /// against the form as a whole.
    mutating func build<Value>(_ fields: [String: String], _ make: () throws(EngageError) -> Value) -> Value? {
        do {
            return try make()
        } catch {
            fail(error.field.flatMap { fields[$0] }, BoardMessage.sentence(error))
            return nil
        }
    }

    /// A date field (`YYYY-MM-DD`, what `<input type="date">` sends): nil when blank, else the
    /// day, or nil and an error when it is not one.
    mutating func day(_ name: String, label: String) -> Day? {
        guard let value = optional(name), !hasError(name) else { return nil }
        do {
            return try Day.parse(value)
        } catch {
            fail(name, "\(label) must be a real date, like 2026-03-27")
            return nil
        }
    }

    /// A date field that means `fallback` (usually today) when left blank; nil only when it is
    /// not a date (its error recorded).
    mutating func day(_ name: String, label: String, orElse fallback: Day) -> Day? {
        day(name, label: label) ?? (hasError(name) ? nil : fallback)
    }

    /// Records an error against a field (nil: the form as a whole).
    mutating func fail(_ name: String?, _ message: String) {
        errors.append(FieldError(field: name, message: message))
    }

    /// The values as sent, to show the form again as the person left it.
    var sent: [String: [String]] { values }
}
