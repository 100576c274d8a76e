import EngageCore

/// Writes checked rows as the CSV that `COPY import_staging FROM STDIN (FORMAT csv)` reads.
///
/// A value is always quoted; nil and empty text are an empty, unquoted field, which COPY reads
/// as NULL (a good row's blanks are nil already; a bad row's go back to its file as blanks).
struct StagingRowEncoder {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1024) }

    /// Replaces the buffer's content with one row: line, values, problem column and message.
    mutating func encode(_ row: ImportRowChecker.Row) {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: String(row.line).utf8)
        for value in row.values { field(value) }
        field(row.error?.column)
        field(row.error?.message)
        bytes.append(0x0A)
    }

    private mutating func field(_ value: String?) {
        bytes.append(UInt8(ascii: ","))
        guard let value, !value.isEmpty else { return }
        bytes.append(UInt8(ascii: "\""))
        if value.utf8.contains(UInt8(ascii: "\"")) {
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
        } else {
            bytes.append(contentsOf: value.utf8)  // the usual case, copied in one go
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
