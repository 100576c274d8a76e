/// Checks one row of an import file against the domain's rules, without the database.
///
/// It parses what a row can be judged on alone: first the characters of every field against its
/// column's layout (see `TextLayout`: no NUL anywhere, no control character in one-line columns),
/// then required fields, dates, numbers, true/false,
/// the enumerations (with the same aliases as the CLI's options), dates in the future, and rules
/// between fields (a national activity's sector, a due date before its opening). Names of other
/// records (authorities, officers, agencies) and duplicates are the store's to check, set-based.
public struct ImportRowChecker: Sendable {
    /// One row, ready for the staging table.
    public struct Row: Equatable, Sendable {
        /// The line the row starts on.
        public let line: Int
        /// The values in the kind's column order: normalised (keys, `YYYY-MM-DD`, `true`/`false`,
        /// trimmed text, nil for blank) when the row is good, as written when it is not, except
        /// that a NUL, which PostgreSQL's text cannot hold, is written as U+FFFD.
        public let values: [String?]
        /// What is wrong with it, if anything.
        public let error: ImportRowError?
    }

    /// The file's header.
    public let header: ImportHeader
    /// Today: what happened is not after it.
    public let today: Day

    /// Creates a checker for rows under `header`.
    public init(header: ImportHeader, today: Day) {
        self.header = header
        self.today = today
    }

    /// Checks one record.
    /// - Parameters:
    ///   - line: The line the record starts on.
    ///   - fields: The record's fields, in the file's order.
    /// - Returns: The row, or nil for a row of empty fields (a spreadsheet's trailing lines).
    public func check(line: Int, fields: [String]) -> Row? {
        guard fields.contains(where: { !$0.isEmpty }) else { return nil }
        let raw = header.positions.map { position in position.flatMap { $0 < fields.count ? fields[$0] : nil } }
        do throws(ImportProblem) {
            if let problem = widthProblem(fields.count) ?? layoutProblem(raw) { throw problem }
            let values = try ImportRules.normalise(header.kind, ImportFields(columns: header.kind.columns, raw: raw), today: today)
            return Row(line: line, values: values, error: nil)
        } catch {
            return Row(line: line, values: raw.map { $0.map(Self.withoutNUL) },
                       error: ImportRowError(line: line, column: error.column, message: error.message))
        }
    }

    /// The first field, in column order, holding a character its column does not allow.
    private func layoutProblem(_ raw: [String?]) -> ImportProblem? {
        for (column, value) in zip(header.kind.columns, raw) {
            guard let value, let found = column.firstForbidden(in: value) else { continue }
            let hint = column.listsNames ? "write one name per line, without control characters" : found.hint
            return ImportProblem(column: column.name, message: "the \(column.name) field \(found.sentence); \(hint)")
        }
        return nil
    }

    /// The text with each NUL replaced by U+FFFD, so that a bad row can be staged and written back.
    private static func withoutNUL(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }))
    }

    private func widthProblem(_ count: Int) -> ImportProblem? {
        if count < header.width {
            return ImportProblem(column: header.names[count],
                                 message: "the row has \(count) fields but the header \(header.width); add the missing fields (empty ones too)")
        }
        if count > header.width {
            return ImportProblem(column: String(header.width + 1),
                                 message: "the row has \(count) fields but the header \(header.width); quote fields that contain commas")
        }
        return nil
    }
}

/// What is wrong with one field of a row.
struct ImportProblem: Error {
    let column: String
    let message: String

    init(column: String, message: String) {
        self.column = column
        self.message = message
    }

    init(column: String, _ error: EngageError) {
        self.init(column: column, message: error.description)
    }
}
