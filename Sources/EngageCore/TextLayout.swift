/// Which characters a piece of text may hold: one line (a name, a key, a title), or free text
/// that may break lines (a note, a profile, a reason).
///
/// This is the one rule every face applies to every text it takes in (the API's request checks,
/// the command line's arguments, an import's fields, the board's forms), before anything runs.
/// PostgreSQL's text cannot hold NUL, so a NUL would be cut short or refused deep in a write;
/// other control characters (escape sequences, backspaces, bells) make no sense in a record and
/// would reach every terminal and page that shows it.
public enum TextLayout: Sendable, Hashable {
    /// One line: no control character at all, nor a Unicode line or paragraph separator.
    case singleLine
    /// Free text: line breaks (LF, CR) and tabs are allowed; other control characters are not.
    case multiline

    /// The first character this layout does not allow, or nil when the text is acceptable.
    public func firstForbidden(in text: String) -> ForbiddenCharacter? {
        // Most text is printable ASCII or ordinary UTF-8 without C1 controls or separators: one
        // pass over the bytes settles it without looking at Unicode properties.
        if !text.utf8.contains(where: Self.needsCloserLook) { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where !allows(scalar) {
            return ForbiddenCharacter(scalar: scalar, position: offset + 1, layout: self)
        }
        return nil
    }

    /// Refuses text holding a character this layout does not allow.
    /// - Parameters:
    ///   - text: The text as received.
    ///   - field: How the message names where it came from, e.g. "the follow-up summary" or
    ///     "option '--summary'".
    /// - Throws: `EngageError.invalid` naming the field, the character and where it is.
    public func check(_ text: String, field: String) throws(EngageError) {
        guard let found = firstForbidden(in: text) else { return }
        throw EngageError(.invalid, "\(field) \(found.sentence)", hint: found.hint)
    }

    /// Whether the layout allows the scalar.
    public func allows(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x09: self == .multiline
        case 0x00...0x1F, 0x7F...0x9F: false
        case 0x2028, 0x2029: self == .multiline
        default: true
        }
    }

    /// Whether a UTF-8 byte may begin a character that needs the scalar check: an ASCII control,
    /// DEL, or the lead byte of C1 controls (0xC2) or of the separators (0xE2).
    private static func needsCloserLook(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }
}

/// A character a `TextLayout` does not allow, and where it was.
public struct ForbiddenCharacter: Equatable, Sendable {
    /// The character.
    public let scalar: Unicode.Scalar
    /// Where it is: 1 for the first character (counted in Unicode scalars).
    public let position: Int
    /// The layout that refused it.
    public let layout: TextLayout

    /// The character as people can read it: `U+0000 (NUL)`, `a line break (U+000A)`.
    public var name: String {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        switch scalar.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: return "a line break (\(code))"
        case 0x09: return "a tab (\(code))"
        case 0x00: return "a NUL character (\(code))"
        case 0x1B: return "an escape character (\(code))"
        default: return "a control character (\(code))"
        }
    }

    /// What is wrong, to follow the field's name: "contains a NUL character (U+0000) at character 2".
    public var sentence: String { "contains \(name) at character \(position)" }

    /// What to do about it.
    public var hint: String {
        switch layout {
        case .singleLine: "write it on one line, without control characters"
        case .multiline: "remove it; line breaks and tabs are allowed, other control characters are not"
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
