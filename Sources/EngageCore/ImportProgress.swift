/// How far an import has got, reported while it runs.
public struct ImportProgress: Sendable {
    /// What the import is doing.
    public enum Phase: Sendable {
        /// Reading the file and sending its rows to the database.
        case reading
        /// Checking the rows and storing the good ones.
        case storing
    }

    /// What it is doing.
    public let phase: Phase
    /// The rows read so far.
    public let rows: Int

    /// Creates a report.
    public init(phase: Phase, rows: Int) {
        self.phase = phase
        self.rows = rows
    }
}
