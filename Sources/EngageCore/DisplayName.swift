/// The rules for the name of an officer, an authority or any other named record.
public enum DisplayName {
    /// The longest name accepted, in characters.
    public static let maximumLength = 200

    /// Trims a name and checks it is usable: not empty, one line, not too long.
    /// - Parameters:
    ///   - raw: What the user typed.
    ///   - kind: What is being named, for the message, e.g. "officer".
    /// - Returns: The trimmed name.
    /// - Throws: `EngageError.invalid` saying what is wrong.
    public static func validated(_ raw: String, of kind: String) throws(EngageError) -> String {
        try validated(raw, of: kind, field: nil)
    }

    /// As `validated(_:of:)`, the refusal said to be about the input `field` (see `EngageError.about`).
    public static func validated(_ raw: String, of kind: String, field: String?) throws(EngageError) -> String {
        do {
            return try checked(raw, of: kind)
        } catch {
            throw field.map { error.about($0) } ?? error
        }
    }

    private static func checked(_ raw: String, of kind: String) throws(EngageError) -> String {
        let name = raw.trimmingWhitespace()
        guard !name.isEmpty else {
            throw EngageError(.invalid, "the \(kind) name is empty", hint: "give a name, e.g. \"Somerset\"")
        }
        guard name.utf8.count <= maximumLength || name.count <= maximumLength else {
            throw EngageError(.invalid, "the \(kind) name is \(name.count) characters long",
                              hint: "keep it to \(maximumLength)")
        }
        // The message quotes the name escaped; it is built only when the name is refused (an
        // import checks several names a row, and escaping each cost more than the rest of the check).
        if let found = TextLayout.singleLine.firstForbidden(in: name) {
            throw EngageError(.invalid, "the \(kind) name '\(name.debugDescription.dropFirst().dropLast())' \(found.sentence)",
                              hint: found.hint)
        }
        return name
    }
}

extension String {
    /// The string without leading and trailing white space (spaces, tabs, line breaks).
    public func trimmingWhitespace() -> String {
        // Nothing to trim at either end (the usual case): no copy.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
