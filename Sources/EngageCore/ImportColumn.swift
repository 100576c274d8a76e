/// One column of an import or export file.
public struct ImportColumn: Equatable, Sendable {
    /// The header name, e.g. `opened_on`.
    public let name: String
    /// Whether every row must give a value.
    public let required: Bool
    /// Which characters a field may hold: one line (names, keys, kinds, dates, titles) or free
    /// text that may break lines (notes, a profile, an outcome).
    public let layout: TextLayout
    /// Whether the field lists names, one per line (an activity's agencies): then line breaks
    /// separate the names and each name is held to `layout`.
    public let listsNames: Bool
    /// What it holds, for `--help`.
    public let help: String

    /// Creates a column.
    public init(_ name: String, required: Bool = false, layout: TextLayout = .singleLine, listsNames: Bool = false, help: String) {
        self.name = name
        self.required = required
        self.layout = layout
        self.listsNames = listsNames
        self.help = help
    }

    /// The first character of `field` this column does not allow, or nil when it has none.
    /// Positions count from the start of the field, also in a list of names.
    public func firstForbidden(in field: String) -> ForbiddenCharacter? {
        guard listsNames else { return layout.firstForbidden(in: field) }
        for (offset, scalar) in field.unicodeScalars.enumerated() where !Self.separatesNames(scalar) && !layout.allows(scalar) {
            return ForbiddenCharacter(scalar: scalar, position: offset + 1, layout: layout)
        }
        return nil
    }

    /// The line breaks that free text allows (LF, CR, U+2028, U+2029): in a list, they separate names.
    private static func separatesNames(_ scalar: Unicode.Scalar) -> Bool {
        TextLayout.multiline.allows(scalar) && !TextLayout.singleLine.allows(scalar) && scalar != "\t"
    }
}

extension ImportColumn {
    /// The `ref` column of a kind whose natural key may repeat (see `RecordRef`).
    static func ref(of noun: String) -> ImportColumn {
        ImportColumn("ref", help: "The \(noun)'s stable key, a UUID, as export writes it; blank for a new \(noun), which is given one.")
    }
}
