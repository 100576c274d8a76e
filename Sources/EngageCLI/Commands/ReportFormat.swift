/// How a report is printed.
enum ReportFormat: String, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 CSV with a header row, for spreadsheets.
    case csv
    /// JSON with stable snake_case keys, for scripts.
    case json
}
