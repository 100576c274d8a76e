/// A password as a person chose it, checked against the rules before it goes to the database,
/// which alone hashes and compares it (pgcrypto's `crypt` with a Blowfish salt).
///
/// Rules: at least 12 characters; at most 72 bytes of UTF-8, because Blowfish reads no further
/// and a longer one would be silently cut; one line, no control characters. Spaces count, so a
/// phrase of words makes a good one.
///
/// The value never shows its text: `description` and `debugDescription` are a mask, so that no
/// log line or interpolation can leak it; `text` is read only where it is bound to a statement.
public struct Password: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The fewest characters accepted.
    public static let minimumLength = 12
    /// The most bytes of UTF-8 accepted (what Blowfish reads).
    public static let maximumBytes = 72

    /// The password itself, for binding to a statement; never for printing.
    public let text: String

    /// Checks a new password against the rules.
    /// - Throws: `EngageError.invalid` saying which rule it breaks (never quoting it).
    public init(_ text: String) throws(EngageError) {
        guard text.count >= Self.minimumLength else {
            throw EngageError(.invalid, "the password is \(text.count) characters long; it needs at least \(Self.minimumLength)",
                              hint: "a phrase of three or four unrelated words is long enough and easy to remember")
        }
        guard text.utf8.count <= Self.maximumBytes else {
            throw EngageError(.invalid, "the password is \(text.utf8.count) bytes long; at most \(Self.maximumBytes) count",
                              hint: "choose a shorter one (about 70 plain letters)")
        }
        if let found = TextLayout.singleLine.firstForbidden(in: text) {
            throw EngageError(.invalid, "the password holds a control character at character \(found.position)",
                              hint: "use letters, digits, spaces and punctuation only")
        }
        self.text = text
    }

    /// A password as typed at sign-in, not checked against the rules for new ones (an old
    /// password may predate them); nil when it is empty or cannot be one (longer than any
    /// stored password could be, or holding a NUL, which PostgreSQL's text cannot carry).
    public static func attempt(_ text: String) -> Password? {
        guard !text.isEmpty, text.utf8.count <= 1_024, !text.utf8.contains(0) else { return nil }
        return Password(unchecked: text)
    }

    /// A new random password to hand over once (a manager's reset): 16 characters from an
    /// alphabet without look-alikes (no 0/O, 1/l/I), about 90 bits.
    public static func oneTime() -> Password {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return Password(unchecked: String(characters))
    }

    private init(unchecked text: String) { self.text = text }

    /// A mask: the text never prints.
    public var description: String { "••••••" }
    /// A mask: the text never prints.
    public var debugDescription: String { "Password(••••••)" }
}
