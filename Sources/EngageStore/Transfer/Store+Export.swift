import EngageCore
import Postgres

extension Store {
    /// Streams every record of one kind, in the format `engage import` reads back (CSV), or as
    /// JSON lines, to `sink` in chunks of about 64 KiB: memory does not grow with the table.
    ///
    /// CSV comes from `COPY (SELECT …) TO STDOUT`; JSON from a cursor fetched 1000 rows at a time,
    /// in one REPEATABLE READ transaction so that the rows are one snapshot.
    /// - Parameters:
    ///   - kind: What to export.
    ///   - format: CSV (with a header) or JSON lines.
    ///   - sink: Receives the output's bytes.
    /// - Returns: How many records were written.
    public func export(_ kind: ImportKind, format: ExportFormat, to sink: ([UInt8]) throws -> Void) throws -> Int {
        let statements = ExportStatements(kind: kind)
        var buffer = ChunkBuffer()
        let count = try read { connection in
            switch format {
            case .csv:
                return try connection.copyOut(statements.copyCSV) { try buffer.append($0, to: sink) }
            case .json:
                return try connection.transaction(.repeatableRead) { connection in
                    try connection.execute(statements.declareJSONCursor)
                    var count = 0
                    while true {
                        let batch = try connection.execute(ExportStatements.fetch)
                        guard batch.rowCount > 0 else { return count }
                        for row in batch { try buffer.append(Array((try row.decode(at: 0, as: String.self) + "\n").utf8), to: sink) }
                        count += batch.rowCount
                    }
                }
            }
        }
        try buffer.flush(to: sink)
        return count
    }
}

/// Gathers small pieces of output into chunks of about 64 KiB before handing them on.
private struct ChunkBuffer {
    private var bytes: [UInt8] = []
    private static let size = 64 * 1024

    init() { bytes.reserveCapacity(Self.size) }

    mutating func append(_ piece: [UInt8], to sink: ([UInt8]) throws -> Void) throws {
        bytes.append(contentsOf: piece)
        if bytes.count >= Self.size { try flush(to: sink) }
    }

    mutating func flush(to sink: ([UInt8]) throws -> Void) throws {
        guard !bytes.isEmpty else { return }
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
