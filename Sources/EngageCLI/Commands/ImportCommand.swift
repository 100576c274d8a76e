import ArgParse
import CSV
import EngageCore
import EngageRendering
import EngageStore

/// `engage import KIND FILE.csv [--skip-bad BAD.csv]`: one command per kind of record, sharing
/// this implementation; each names its kind (see `ImportCommands.swift`).
protocol ImportCommand: EngageCommand {
    /// What the command imports.
    static var kind: ImportKind { get }
    /// Worked examples for `--help`.
    static var examples: [Example] { get }
    /// The file to read.
    var file: String { get }
    /// Where `--skip-bad` writes the bad rows; nil refuses the whole file when any row is bad.
    var badFile: String? { get }
    /// The shared options.
    var common: CommonArguments { get }
    /// Creates the command from its checked arguments.
    init(file: String, badFile: String?, common: CommonArguments)
}

extension ImportCommand {
    static var signature: CommandSignature {
        CommandSignature(
            name: kind.rawValue,
            abstract: "Import \(kind.rawValue) from a CSV file (the columns 'engage export \(kind.rawValue)' writes).",
            discussion: ImportHelp.discussion(kind),
            positionals: [Positional("FILE", help: "The CSV file: UTF-8, a header row naming the columns, one record per row.")],
            options: [
                .value("skip-bad", valueName: "BAD.csv",
                       help: "Store the good rows and write the bad ones to this file (the same columns plus 'error'). Default: refuse the whole file when a row is bad."),
            ] + CommonOptions.writing,
            examples: examples)
    }

    init(arguments: ParsedArguments) throws {
        self.init(file: try arguments.required("FILE"), badFile: arguments.value("skip-bad"), common: CommonArguments(arguments))
    }

    func run(in context: Context) throws {
        var progress = ProgressLine(noun: "rows")
        defer { progress.clear() }
        let summary: ImportSummary
        do {
            summary = try FileInput.withChunks(path: file) { chunks in
                var reader = CSVReader(nextChunk: chunks)
                return try context.withStore(common) { store in
                    try withBadRowSink { sink in
                        try store.importRecords(Self.kind, from: &reader, file: file, today: Day.today(), badRows: sink) {
                            progress.update($0)
                        }
                    }
                }
            }
        } catch let refused as ImportRefused {
            progress.clear()
            throw refused
        } catch let failure as FileError {
            throw EngageError(.invalid, failure.description, hint: "check the path and that the file can be \(failure.operation == "read" ? "read" : "written")")
        }
        progress.clear()
        try report(summary, in: context)
    }

    /// Runs `body` with a writer for `--skip-bad`'s file, or nil without it.
    private func withBadRowSink<Value>(_ body: ((([UInt8]) throws -> Void)?) throws -> Value) throws -> Value {
        guard let badFile else { return try body(nil) }
        return try FileOutput.withWriter(path: badFile) { try body($0) }
    }

    private func report(_ summary: ImportSummary, in context: Context) throws {
        if common.json {
            context.print(try JSONOutput.render(summary))
            return
        }
        var line = "imported \(summary.file): \(summary.rows) rows, \(summary.added) added, \(summary.unchanged) unchanged"
        if let badFile { line += ", \(summary.skipped) bad written to \(badFile)" }
        context.print(line)
    }
}
