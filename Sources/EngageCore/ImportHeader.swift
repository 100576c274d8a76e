/// An import file's header: which of its fields holds which of the kind's columns.
public struct ImportHeader: Equatable, Sendable {
    /// What is being imported.
    public let kind: ImportKind
    /// For each of the kind's columns, in order, the index of the file's field holding it (nil: absent).
    public let positions: [Int?]
    /// How many fields the header has; every row must have as many.
    public let width: Int
    /// The file's column names, as written (trimmed).
    public let names: [String]

    /// Reads a header row.
    /// - Parameters:
    ///   - kind: What is being imported.
    ///   - fields: The header row's fields; names match ignoring case and surrounding spaces.
    ///   - file: The file's name, for messages.
    /// - Throws: `EngageError.invalid` for an unknown, repeated or missing column.
    public init(kind: ImportKind, fields: [String], file: String) throws(EngageError) {
        let names = fields.map { $0.trimmingWhitespace() }
        let known = kind.columns.map(\.name)
        let hint = "the columns are: \(kind.header) (see 'engage import \(kind.rawValue) --help')"
        var positions = [Int?](repeating: nil, count: known.count)
        for (index, name) in names.enumerated() {
            guard let column = known.firstIndex(of: name.lowercased()) else {
                throw EngageError(.invalid, "\(file) line 1, column \(index + 1): unknown column '\(name)' for \(kind.rawValue)", hint: hint)
            }
            guard positions[column] == nil else {
                throw EngageError(.invalid, "\(file) line 1: the column '\(name)' is named twice", hint: hint)
            }
            positions[column] = index
        }
        for (column, position) in zip(kind.columns, positions) where column.required && position == nil {
            throw EngageError(.invalid, "\(file) line 1: the required column '\(column.name)' is missing", hint: hint)
        }
        (self.kind, self.positions, self.width, self.names) = (kind, positions, names.count, names)
    }
}
