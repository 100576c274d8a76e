import CSV
import EngageCore
import Postgres

extension Store {
    /// Imports a CSV file of one kind of record in one transaction.
    ///
    /// The header comes first; the rows stream through `reader` into a temporary staging table
    /// (with `COPY`), are checked there set-based, and the good, new ones are added. Rows whose
    /// record exists already (by its ref, or else its natural key; see `ImportChecks`) count as
    /// unchanged and are left as they are. One audit row
    /// records the import. Imports of one kind queue behind each other (an advisory lock), so two
    /// runs of the same file cannot both add its rows.
    /// - Parameters:
    ///   - kind: What the file holds.
    ///   - reader: The file's CSV, from its header on.
    ///   - file: The file's name, for messages and the audit row.
    ///   - today: What happened is not after it.
    ///   - badRows: With `--skip-bad`, receives the bad rows as CSV (header, columns, `error`) and
    ///     the good rows are stored; nil refuses the whole file when any row is bad.
    ///   - progress: Told every few thousand rows how far the import has got.
    /// - Returns: The counts.
    /// - Throws: `ImportRefused` listing the first bad rows (nothing written); `EngageError.invalid`
    ///   for a bad header or malformed CSV.
    public func importRecords(_ kind: ImportKind, from reader: inout CSVReader, file: String, today: Day,
                              badRows: (([UInt8]) throws -> Void)?, progress: (ImportProgress) -> Void) throws -> ImportSummary {
        guard let first = try Self.nextRecord(&reader, file: file) else {
            throw EngageError(.invalid, "\(file) is empty", hint: "its first line must name the columns: \(kind.header)")
        }
        let checker = ImportRowChecker(header: try ImportHeader(kind: kind, fields: first.fields, file: file), today: today)
        let statements = ImportStatements(kind: kind)
        return try write { connection in
            try connection.execute("SELECT pg_advisory_xact_lock(hashtext(\("engage.import." + kind.rawValue)))")
            for setting in ImportStatements.settings { try connection.execute(setting) }
            try connection.execute(statements.createStaging)
            try Self.stage(&reader, file: file, checker: checker, into: connection, with: statements, progress: progress)
            try connection.execute(ImportStatements.analyzeStaging)
            for statement in statements.check { try connection.execute(statement) }
            let counts = try connection.execute(ImportStatements.counts).singleRow()
            let (rows, bad, unchanged) = (try counts.decode("total", as: Int.self), try counts.decode("bad", as: Int.self),
                                          try counts.decode("unchanged", as: Int.self))
            guard let badRows else {
                if bad > 0 { throw try Self.refusal(kind, file: file, rows: rows, bad: bad, in: connection) }
                return try merge(kind, file: file, counts: (rows, 0, unchanged), statements, in: connection)
            }
            try connection.copyOut(statements.copyBadRows, badRows)
            return try merge(kind, file: file, counts: (rows, bad, unchanged), statements, in: connection)
        }
    }

    /// Adds the good new rows and writes the audit row.
    private func merge(_ kind: ImportKind, file: String, counts: (rows: Int, bad: Int, unchanged: Int),
                       _ statements: ImportStatements, in connection: Connection) throws -> ImportSummary {
        var added = 0
        for (index, statement) in statements.merge(actor: actor).enumerated() {
            let result = try connection.execute(statement)
            if index == 0 { added = try result.singleRow().decode(at: 0, as: Int.self) }
        }
        let summary = ImportSummary(kind: kind, file: file, rows: counts.rows, added: added,
                                    unchanged: counts.unchanged, skipped: counts.bad)
        try audit(connection, action: "import.\(kind.rawValue)", entity: kind.noun, id: nil, details: summary)
        return summary
    }

    /// Streams the rows into the staging table, checking each on the way.
    private static func stage(_ reader: inout CSVReader, file: String, checker: ImportRowChecker, into connection: Connection,
                              with statements: ImportStatements, progress: (ImportProgress) -> Void) throws {
        var encoder = StagingRowEncoder()
        var rows = 0
        try connection.copyIn(statements.copyStaging) { writer in
            while let record = try nextRecord(&reader, file: file) {
                guard let row = checker.check(line: record.line, fields: record.fields) else { continue }
                encoder.encode(row)
                try writer.write(bytes: encoder.bytes)
                rows += 1
                if rows % 8_192 == 0 { progress(ImportProgress(phase: .reading, rows: rows)) }
            }
        }
        progress(ImportProgress(phase: .storing, rows: rows))
    }

    /// The next record, with malformed CSV as a refusal naming the file.
    private static func nextRecord(_ reader: inout CSVReader, file: String) throws -> CSVRecord? {
        do {
            return try reader.next()
        } catch let failure as CSVReader.Failure {
            throw EngageError(.invalid, "\(file) \(failure.description)")
        }
    }

    private static func refusal(_ kind: ImportKind, file: String, rows: Int, bad: Int, in connection: Connection) throws -> ImportRefused {
        let errors = try connection.execute(ImportStatements.firstErrors).map { row in
            ImportRowError(line: try row.decode("line"), column: try row.decode("error_column"), message: try row.decode("error_message"))
        }
        return ImportRefused(kind: kind, file: file, rows: rows, bad: bad, errors: errors)
    }
}
