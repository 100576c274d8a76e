import ArgParse
import EngageCore
import EngageStore

/// `engage export KIND [--format csv|json]`: one command per kind of record, sharing this
/// implementation; each names its kind (see `ExportCommands.swift`).
protocol ExportCommand: EngageCommand {
    /// What the command exports.
    static var kind: ImportKind { get }
    /// The output's format.
    var format: ExportFormat { get }
    /// The shared options.
    var common: CommonArguments { get }
    /// Creates the command from its checked arguments.
    init(format: ExportFormat, common: CommonArguments)
}

extension ExportCommand {
    static var signature: CommandSignature {
        CommandSignature(
            name: kind.rawValue,
            abstract: "Write every \(kind.noun) to standard output as CSV that 'engage import \(kind.rawValue)' reads back, or as JSON lines.",
            discussion: """
                CSV columns: \(kind.header).\(kind.hasRef ? " ref is the \(kind.noun)'s stable key, which import matches on." : "") \
                Rows are sorted by the natural key\(kind.hasRef ? ", then the ref" : ""), so exporting the same records gives the same \
                file byte for byte, also after importing it into another database. Dates are YYYY-MM-DD, regions and types their keys \
                (north-west, cyp-board), true/false for yes-or-no columns, blank for none. \
                --format json writes JSON lines instead: one object per line, with the same names as keys \
                (sorted), numbers and true/false typed, null for none. Output streams: memory does not grow with the table.
                """,
            options: [
                .value("format", valueName: "csv|json", help: "csv (default) or json (JSON lines)."),
                CommonOptions.database,
            ],
            examples: [
                Example("engage export \(kind.rawValue) > \(kind.rawValue).csv", "Save every \(kind.noun) as CSV, ready to edit and import."),
                Example("engage export \(kind.rawValue) --format json", "One JSON object per \(kind.noun) and line."),
            ])
    }

    init(arguments: ParsedArguments) throws {
        let text = arguments.value("format") ?? "csv"
        guard let format = ExportFormat(rawValue: text.lowercased()) else {
            throw UsageError("unknown format '\(text)' for 'engage export \(Self.kind.rawValue)'; use csv or json",
                             commandPath: ["engage", "export", Self.kind.rawValue])
        }
        self.init(format: format, common: CommonArguments(arguments))
    }

    func run(in context: Context) throws {
        try context.withStore(common) { store in
            _ = try store.export(Self.kind, format: format) { context.output(String(decoding: $0, as: UTF8.self)) }
        }
    }
}
