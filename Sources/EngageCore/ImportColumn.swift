/// One column of an import or export file.
public struct ImportColumn: Equatable, Sendable {
    /// The header name, e.g. `opened_on`.
    public let name: String
    /// Whether every row must give a value.
    public let required: Bool
    /// What it holds, for `--help`.
    public let help: String

    /// Creates a column.
    public init(_ name: String, required: Bool = false, help: String) {
        self.name = name
        self.required = required
        self.help = help
    }
}

extension ImportColumn {
    /// The `ref` column of a kind whose natural key may repeat (see `RecordRef`).
    static func ref(of noun: String) -> ImportColumn {
        ImportColumn("ref", help: "The \(noun)'s stable key, a UUID, as export writes it; blank for a new \(noun), which is given one.")
    }
}
