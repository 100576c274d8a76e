/// How an export is written.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// CSV with a header: exactly what `engage import` reads back.
    case csv
    /// JSON lines: one object per record and line, keys sorted, the same names as the CSV columns.
    case json
}
