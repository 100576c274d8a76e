/// What an import did, for its report and its audit row.
public struct ImportSummary: Equatable, Sendable, Codable {
    /// What was imported.
    public let kind: ImportKind
    /// The file's name as given.
    public let file: String
    /// The data rows read (not counting the header or blank lines).
    public let rows: Int
    /// Rows stored as new records.
    public let added: Int
    /// Rows whose record already existed (by its ref, or else its natural key); left as they were.
    public let unchanged: Int
    /// Bad rows left out (only with `--skip-bad`, which writes them to its file).
    public let skipped: Int

    /// Creates a summary.
    public init(kind: ImportKind, file: String, rows: Int, added: Int, unchanged: Int, skipped: Int) {
        (self.kind, self.file, self.rows) = (kind, file, rows)
        (self.added, self.unchanged, self.skipped) = (added, unchanged, skipped)
    }
}
