/// A self-assessment to record for an authority against the Quality Statements, checked when
/// made: its date, who took part, and at most one rating per statement.
///
/// The domain checks the shape (dates, the scale, duplicates); which statement keys exist is
/// the database's to say, so the store checks the keys against it.
public struct NewAssessment: Equatable, Sendable {
    /// The longest evidence note accepted, in characters.
    public static let maximumEvidenceLength = 2_000

    /// One statement's rating, with an optional note of the evidence for it.
    public struct Entry: Equatable, Sendable {
        /// The statement's key, lower case.
        public let statement: String
        public let rating: Rating
        public let evidence: String?

        /// Creates an entry; the key is folded to lower case, the evidence trimmed (blank means none).
        /// - Throws: `EngageError.invalid` for an empty key or an overlong note.
        public init(statement: String, rating: Rating, evidence: String? = nil) throws(EngageError) {
            let key = QualityStatement.normalisedKey(statement)
            guard !key.isEmpty else {
                throw EngageError(.invalid, "a rating names no statement", hint: "write it as KEY=RATING, e.g. awareness=2")
            }
            let note = evidence?.trimmingWhitespace()
            if let note, note.count > NewAssessment.maximumEvidenceLength {
                throw EngageError(.invalid, "the evidence note for \(key) is \(note.count) characters long",
                                  hint: "keep it to \(NewAssessment.maximumEvidenceLength)")
            }
            self.statement = key
            self.rating = rating
            self.evidence = note?.isEmpty == false ? note : nil
        }
    }

    /// The authority's name, as typed.
    public let authority: String
    public let date: Day
    /// The ratings, in the order given; one statement at most once.
    public let ratings: [Entry]
    /// Contacts of the authority who took part, by name.
    public let contacts: [String]
    /// Others who took part, by name in free text.
    public let participants: [String]

    /// Validates an assessment.
    /// - Parameters:
    ///   - date: When it was made; not after `today`.
    ///   - ratings: At least one; no statement twice.
    ///   - contacts: Names of the authority's contacts who took part.
    ///   - participants: Other people who took part, in free text.
    /// - Throws: `EngageError.invalid` saying which value is wrong.
    public init(authority: String, date: Day, ratings: [Entry], contacts: [String] = [], participants: [String] = [],
                today: Day) throws(EngageError) {
        guard date <= today else {
            throw EngageError(.invalid, "the assessment's date \(date) is in the future",
                              hint: "give the date it was made, today (\(today)) or earlier").about("date")
        }
        guard !ratings.isEmpty else {
            throw EngageError(.invalid, "the assessment rates no statement",
                              hint: "rate at least one with --rate KEY=RATING (\(Rating.scale)), or give --from FILE.csv").about("ratings")
        }
        var seen: Set<String> = []
        for entry in ratings where !seen.insert(entry.statement).inserted {
            throw EngageError(.invalid, "the statement \(entry.statement) is rated twice",
                              hint: "rate each statement at most once in an assessment")
        }
        self.authority = authority
        self.date = date
        self.ratings = ratings
        self.contacts = try Self.distinct(contacts, of: "contact")
        self.participants = try Self.distinct(participants, of: "participant")
    }

    /// Reads `--rate KEY=RATING` and `--note KEY=TEXT` options into entries.
    /// - Throws: `EngageError.invalid` for a malformed option, a rating off the scale, a note for a
    ///   statement not rated, or two notes for one statement.
    public static func entries(rates: [String], notes: [String]) throws(EngageError) -> [Entry] {
        var evidence: [String: String] = [:]
        for note in notes {
            let (key, text) = try pair(note, option: "note", form: "KEY=\"TEXT\"")
            guard evidence.updateValue(text, forKey: key) == nil else {
                throw EngageError(.invalid, "the statement \(key) has two --note options", hint: "give one note per statement")
            }
        }
        var entries: [Entry] = []
        for rate in rates {
            let (key, value) = try pair(rate, option: "rate", form: "KEY=RATING")
            entries.append(try Entry(statement: key, rating: try Rating.parse(value, for: key), evidence: evidence[key]))
        }
        let rated = Set(entries.map(\.statement))
        if let stray = evidence.keys.sorted().first(where: { !rated.contains($0) }) {
            throw EngageError(.invalid, "a --note is given for \(stray), which is not rated",
                              hint: "rate it with --rate \(stray)=RATING, or drop the note")
        }
        return entries
    }

    /// Reads the rows of an assessment file: columns `statement,rating,evidence`, an optional
    /// header row of those names; a row with neither rating nor evidence leaves its statement unrated.
    /// - Parameter records: The file's records with the line each starts on.
    /// - Throws: `EngageError.invalid` naming the line of the first bad row.
    public static func entries(csv records: [(line: Int, fields: [String])]) throws(EngageError) -> [Entry] {
        var entries: [Entry] = []
        for (index, record) in records.enumerated() {
            let fields = record.fields.map { $0.trimmingWhitespace() }
            if index == 0, fields.map({ $0.lowercased() }).starts(with: ["statement", "rating"]) { continue }
            guard (1...3).contains(fields.count) else {
                throw EngageError(.invalid, "line \(record.line): \(fields.count) columns, expected statement,rating,evidence",
                                  hint: "write one statement per line, e.g. awareness,2,\"Staff briefed in March\"")
            }
            let key = QualityStatement.normalisedKey(fields[0])
            let value = fields.count > 1 ? fields[1] : ""
            let note = fields.count > 2 ? fields[2] : ""
            do throws(EngageError) {
                if let entry = try entry(statement: key, rating: value, evidence: note) { entries.append(entry) }
            } catch {
                throw EngageError(.invalid, "line \(record.line): \(error.message)", hint: error.hint)
            }
        }
        return entries
    }

    /// One statement's entry as a file row or a form gives it: its rating as typed and an evidence
    /// note; nil when both are blank (the statement is not rated).
    /// - Throws: `EngageError.invalid`, about the statement's key, for evidence without a rating or
    ///   a rating off the scale.
    public static func entry(statement key: String, rating value: String, evidence note: String) throws(EngageError) -> Entry? {
        let (value, note) = (value.trimmingWhitespace(), note.trimmingWhitespace())
        if value.isEmpty && note.isEmpty { return nil }
        do throws(EngageError) {
            guard !value.isEmpty else {
                throw EngageError(.invalid, "the statement \(key) has evidence but no rating",
                                  hint: "rate it (\(Rating.scale)), or leave its evidence out")
            }
            return try Entry(statement: key, rating: try Rating.parse(value, for: key), evidence: note)
        } catch {
            throw error.about(key)
        }
    }

    /// Splits `KEY=VALUE`.
    private static func pair(_ text: String, option: String, form: String) throws(EngageError) -> (String, String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw EngageError(.invalid, "--\(option) '\(text)' is not \(form)", hint: "e.g. --\(option) awareness=2")
        }
        let key = QualityStatement.normalisedKey(String(text[..<equals]))
        guard !key.isEmpty else {
            throw EngageError(.invalid, "--\(option) '\(text)' names no statement", hint: "write it as \(form), e.g. awareness=2")
        }
        return (key, String(text[text.index(after: equals)...]))
    }

    /// Validated names, each once (ignoring case), in the order given.
    private static func distinct(_ names: [String], of kind: String) throws(EngageError) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for raw in names {
            let name = try DisplayName.validated(raw, of: kind)
            if seen.insert(name.lowercased()).inserted { result.append(name) }
        }
        return result
    }
}
