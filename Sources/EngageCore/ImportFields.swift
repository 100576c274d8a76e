/// The fields of one import row by column name, read with the domain's parsers.
struct ImportFields {
    let columns: [ImportColumn]
    let raw: [String?]

    private func index(_ name: String) -> Int {
        columns.firstIndex { $0.name == name } ?? 0
    }

    /// Whether the file has the column (a row's field may still be blank).
    func has(_ name: String) -> Bool { raw[index(name)] != nil }

    /// The trimmed text, nil when blank or absent.
    func text(_ name: String) -> String? {
        let value = raw[index(name)]?.trimmingWhitespace()
        return value?.isEmpty == false ? value : nil
    }

    /// The trimmed text of a required column.
    func required(_ name: String) throws(ImportProblem) -> String {
        guard let value = text(name) else {
            throw ImportProblem(column: name, message: "the \(name.replacing("_", with: " ")) is missing; every row needs one")
        }
        return value
    }

    /// A name (of an authority, agency, officer), checked like names typed on the command line.
    func name(_ column: String, of kind: String) throws(ImportProblem) -> String? {
        guard let value = text(column) else { return nil }
        do { return try DisplayName.validated(value, of: kind) } catch { throw ImportProblem(column: column, error) }
    }

    /// A value read with a domain parser, nil when blank.
    func parse<Value>(_ column: String, _ parser: (String) throws(EngageError) -> Value) throws(ImportProblem) -> Value? {
        guard let value = text(column) else { return nil }
        do { return try parser(value) } catch { throw ImportProblem(column: column, error) }
    }

    /// A date, `YYYY-MM-DD`, nil when blank.
    func day(_ column: String) throws(ImportProblem) -> Day? {
        try parse(column) { text throws(EngageError) in
            // The column's name as words is wanted only in the refusal: parsed again to say it.
            do throws(EngageError) { return try Day.parse(text) } catch {}
            return try Day.parse(text, what: column.replacing("_", with: " "))
        }
    }

    /// true/false (also yes/no, y/n, t/f, 1/0), nil when blank.
    func flag(_ column: String) throws(ImportProblem) -> Bool? {
        try parse(column) { text throws(EngageError) in
            switch text.lowercased() {
            case "true", "t", "yes", "y", "1": return true
            case "false", "f", "no", "n", "0": return false
            default: throw EngageError(.invalid, "'\(text)' is not true or false", hint: "write true or false, or leave it blank")
            }
        }
    }
}
