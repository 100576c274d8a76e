/// An import refused whole because some of its rows are bad; nothing was written.
public struct ImportRefused: Error, Equatable, Sendable {
    /// The most row errors a refusal lists.
    public static let listed = 20

    /// What was being imported.
    public let kind: ImportKind
    /// The file's name as given.
    public let file: String
    /// The data rows read.
    public let rows: Int
    /// How many of them are bad.
    public let bad: Int
    /// The first `listed` problems, by line.
    public let errors: [ImportRowError]

    /// Creates a refusal.
    public init(kind: ImportKind, file: String, rows: Int, bad: Int, errors: [ImportRowError]) {
        (self.kind, self.file, self.rows, self.bad, self.errors) = (kind, file, rows, bad, errors)
    }

    /// The one-line summary, e.g. "refused people.csv: 3 of 120 rows are bad, so nothing was imported".
    public var summary: String {
        let rowWord = rows == 1 ? "row" : "rows"
        let verb = bad == 1 ? "is" : "are"
        return "refused \(file): \(bad) of \(rows) \(rowWord) \(verb) bad, so nothing was imported"
    }

    /// What to do, naming how many problems follow.
    public var hint: String {
        let which = bad > errors.count ? "the first \(errors.count) below" : (errors.count == 1 ? "it is below" : "they are below")
        return "fix them and import again, or load the good rows with --skip-bad BAD.csv (\(which))"
    }
}
