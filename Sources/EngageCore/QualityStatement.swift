/// One of the eight i-HOP Quality Statements an authority assesses itself against: a key
/// (`multi-agency`), its place in the list, a title and a one-line description a manager may reword.
public struct QualityStatement: Equatable, Sendable, Codable {
    /// The longest title accepted, in characters.
    public static let maximumTitleLength = 200
    /// The longest description accepted, in characters.
    public static let maximumDescriptionLength = 2_000

    /// The stable key, e.g. `cjs-stages`.
    public var key: String
    /// Its place in the list, from 1.
    public var position: Int
    public var title: String
    public var description: String

    /// Creates a statement value.
    public init(key: String, position: Int, title: String, description: String) {
        (self.key, self.position, self.title, self.description) = (key, position, title, description)
    }

    /// A key as typed, folded to the form keys are stored in (lower case, trimmed).
    public static func normalisedKey(_ text: String) -> String { text.trimmingWhitespace().lowercased() }

    /// Checks a new title: not empty, at most `maximumTitleLength` characters, one line.
    /// - Throws: `EngageError.invalid` saying what is wrong.
    public static func validatedTitle(_ raw: String) throws(EngageError) -> String {
        let title = raw.trimmingWhitespace()
        guard !title.isEmpty else {
            throw EngageError(.invalid, "the statement's title is empty", hint: "give a title with --title \"…\"")
        }
        guard title.count <= maximumTitleLength else {
            throw EngageError(.invalid, "the statement's title is \(title.count) characters long", hint: "keep it to \(maximumTitleLength)")
        }
        guard !title.contains(where: \.isNewline) else {
            throw EngageError(.invalid, "the statement's title contains a line break", hint: "write it on one line")
        }
        return title
    }

    /// Checks a new description: not empty, at most `maximumDescriptionLength` characters.
    /// - Throws: `EngageError.invalid` saying what is wrong.
    public static func validatedDescription(_ raw: String) throws(EngageError) -> String {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else {
            throw EngageError(.invalid, "the statement's description is empty", hint: "give one with --description \"…\"")
        }
        guard text.count <= maximumDescriptionLength else {
            throw EngageError(.invalid, "the statement's description is \(text.count) characters long",
                              hint: "keep it to \(maximumDescriptionLength)")
        }
        return text
    }
}
