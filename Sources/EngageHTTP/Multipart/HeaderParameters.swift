/// A header value with parameters, as `Content-Type` and `Content-Disposition` carry them
/// (RFC 9110 §5.6.6): `value; name=token; name="quoted \" string"`. Parameter names compare
/// without regard to case; a quoted value may hold `;`, and `\"` and `\\` for a quote and a
/// backslash. Any other backslash is kept as it is: browsers send a file name's backslashes
/// unescaped (`C:\fakepath\a.csv`; HTML's form encoding writes a quote as `%22` instead).
struct HeaderParameters: Equatable {
    /// The value before the first `;`, trimmed and lowercased (e.g. `multipart/form-data`).
    let value: String
    /// The parameters by lowercased name, unquoted.
    let parameters: [String: String]

    /// Reads `text`; nil when a parameter has no `=`, no name, or an unterminated quote.
    init?(_ text: String) {
        var scanner = Array(text)[...]
        self.value = String(Self.take(&scanner) { $0 != ";" }).trimmingASCIISpaces().lowercased()
        var parameters: [String: String] = [:]
        while scanner.first == ";" {
            scanner.removeFirst()
            Self.skipSpaces(&scanner)
            if scanner.isEmpty { break }
            let name = String(Self.take(&scanner) { $0 != "=" && $0 != ";" }).trimmingASCIISpaces().lowercased()
            guard !name.isEmpty, scanner.first == "=" else { return nil }
            scanner.removeFirst()
            Self.skipSpaces(&scanner)
            guard let found = scanner.first == "\"" ? Self.quoted(&scanner) : String(Self.take(&scanner) { $0 != ";" }).trimmingASCIISpaces()
            else { return nil }
            Self.skipSpaces(&scanner)
            guard scanner.isEmpty || scanner.first == ";" else { return nil }
            parameters[name] = found
        }
        self.parameters = parameters
    }

    /// The parameter called `name` (any case), or nil.
    subscript(name: String) -> String? { parameters[name.lowercased()] }

    private static func take(_ scanner: inout ArraySlice<Character>, while keep: (Character) -> Bool) -> ArraySlice<Character> {
        let end = scanner.firstIndex { !keep($0) } ?? scanner.endIndex
        defer { scanner = scanner[end...] }
        return scanner[..<end]
    }

    private static func skipSpaces(_ scanner: inout ArraySlice<Character>) {
        _ = take(&scanner) { $0 == " " || $0 == "\t" }
    }

    /// A quoted string from its opening quote; nil when it does not close.
    private static func quoted(_ scanner: inout ArraySlice<Character>) -> String? {
        scanner.removeFirst()
        var out = ""
        while let character = scanner.popFirst() {
            switch character {
            case "\"": return out
            case "\\" where scanner.first == "\"" || scanner.first == "\\":
                out.append(scanner.removeFirst())
            default: out.append(character)
            }
        }
        return nil
    }
}
