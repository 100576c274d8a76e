/// Reads RFC 4180 CSV as a stream of records, pulling its input a chunk at a time.
///
/// What it accepts: fields separated by commas; fields quoted with `"` holding commas, quotes
/// (doubled: `""`) and line breaks; records ending in LF, CRLF or a lone CR (the last record may
/// end without one); a UTF-8 byte order mark at the very start, which is skipped. Each record
/// carries the line number (from 1) on which it starts, counting a CRLF as one line break.
///
/// Limits, stated because spreadsheets and hand-written files stretch the RFC:
/// - the separator is always a comma and the quote always `"`; there is no header handling
///   (the first record is returned like any other);
/// - empty lines are skipped (the RFC would make them a record of one empty field);
/// - a `"` inside an unquoted field is taken literally (`5" pipe`); text after a closing quote
///   (`"a"b`) and end of input inside a quoted field are errors;
/// - the input must be UTF-8: other encodings (Latin-1, UTF-16) are refused at the first bad byte;
/// - one record may hold at most `maximumRecordBytes` bytes (1 MiB by default), so a missing
///   closing quote cannot swallow the whole file into memory; memory otherwise stays at about one
///   chunk plus one record, whatever the input's size.
public struct CSVReader {
    /// Why the input is not CSV the reader accepts.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The input ended inside a quoted field that began on `line`.
        case unterminatedQuote(line: Int)
        /// A closing quote was followed by something other than a comma or a line break.
        case textAfterQuote(line: Int)
        /// The record starting on `line` is not valid UTF-8.
        case invalidUTF8(line: Int)
        /// The record starting on `line` is longer than the limit.
        case recordTooLong(line: Int, limit: Int)

        /// One line: where, what, and what to do.
        public var description: String {
            switch self {
            case .unterminatedQuote(let line):
                "line \(line): a quoted field is never closed; add the closing \" (quotes inside a field are written twice: \"\")"
            case .textAfterQuote(let line):
                "line \(line): text follows a closing quote; quote the whole field, writing quotes inside it twice (\"\")"
            case .invalidUTF8(let line):
                "line \(line): the text is not UTF-8; save the file as \"CSV UTF-8\""
            case .recordTooLong(let line, let limit):
                "line \(line): the record is longer than \(limit) bytes; check for a missing closing quote"
            }
        }
    }

    /// The most bytes one record may hold by default.
    public static let defaultMaximumRecordBytes = 1 << 20

    private let nextChunk: () throws -> [UInt8]?
    private let maximumRecordBytes: Int
    private var chunk: [UInt8] = []
    private var position = 0
    private var finished = false
    private var startChecked = false
    private var line = 1
    private var previous: UInt8 = 0
    private var skipLineFeed = false

    /// Creates a reader that pulls its input from `nextChunk` until it returns nil.
    /// - Parameters:
    ///   - maximumRecordBytes: The most bytes one record may hold.
    ///   - nextChunk: Returns the next bytes of the input (any size), or nil at its end.
    public init(maximumRecordBytes: Int = defaultMaximumRecordBytes, nextChunk: @escaping () throws -> [UInt8]?) {
        self.maximumRecordBytes = maximumRecordBytes
        self.nextChunk = nextChunk
    }

    /// Creates a reader over text held in memory (for tests and small inputs).
    /// - Parameter text: The CSV text.
    public init(text: String) {
        var pending: [UInt8]? = Array(text.utf8)
        self.init { defer { pending = nil }; return pending }
    }

    /// Reads the next record.
    /// - Returns: The record, or nil at the end of the input.
    /// - Throws: `CSVReader.Failure` for malformed input, or what the chunk source throws.
    public mutating func next() throws -> CSVRecord? {
        var builder = RecordBuilder(line: line)
        var state = State.fieldStart
        while true {
            if appendOrdinaryRun(state: &state, builder: &builder) { continue }
            guard let byte = try nextByte() else { break }
            let before = previous
            previous = byte
            if skipLineFeed {
                skipLineFeed = false
                if byte == Self.lineFeed { continue }
            }
            let isBreak = byte == Self.carriageReturn || byte == Self.lineFeed
            if byte == Self.carriageReturn || (byte == Self.lineFeed && before != Self.carriageReturn) { line += 1 }
            guard isBreak, state != .quoted else {
                try step(byte, state: &state, builder: &builder)
                continue
            }
            skipLineFeed = byte == Self.carriageReturn
            if builder.isEmpty {
                builder = RecordBuilder(line: line)
                continue
            }
            builder.endField()
            return try builder.finish()
        }
        if state == .quoted { throw Failure.unterminatedQuote(line: builder.line) }
        if builder.isEmpty { return nil }
        builder.endField()
        return try builder.finish()
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// Appends, in one go, the bytes from the current position up to the next one that matters
    /// to the state machine (a comma outside quotes, a quote, a line break). Each of them would
    /// take `step`'s path alone, with the same outcome: they join the field, nothing else changes.
    /// - Returns: Whether it appended anything; when not, the next byte takes the byte-wise path.
    private mutating func appendOrdinaryRun(state: inout State, builder: inout RecordBuilder) -> Bool {
        guard state != .quoteInQuoted, !skipLineFeed, position < chunk.count else { return false }
        let quoted = state == .quoted
        var end = position
        while end < chunk.count, Self.isOrdinary(chunk[end], quoted: quoted) { end += 1 }
        // Past the record's limit, the byte-wise path throws at the right byte.
        guard end > position, builder.byteCount + (end - position) <= maximumRecordBytes else { return false }
        builder.append(contentsOf: chunk[position..<end])
        previous = chunk[end - 1]
        position = end
        if state == .fieldStart { state = .unquoted }
        return true
    }

    private static func isOrdinary(_ byte: UInt8, quoted: Bool) -> Bool {
        byte != quote && byte != lineFeed && byte != carriageReturn && (quoted || byte != comma)
    }

    /// Feeds one byte other than a record-ending line break to the state machine.
    private func step(_ byte: UInt8, state: inout State, builder: inout RecordBuilder) throws(Failure) {
        guard builder.byteCount < maximumRecordBytes else {
            throw .recordTooLong(line: builder.line, limit: maximumRecordBytes)
        }
        switch state {
        case .quoted:
            if byte == Self.quote { state = .quoteInQuoted } else { builder.append(byte) }
        case .quoteInQuoted:
            if byte == Self.quote {
                builder.append(byte)
                state = .quoted
            } else if byte == Self.comma {
                builder.endField()
                state = .fieldStart
            } else {
                throw .textAfterQuote(line: line)
            }
        case .fieldStart, .unquoted:
            if byte == Self.comma {
                builder.endField()
                state = .fieldStart
            } else if byte == Self.quote && state == .fieldStart {
                builder.beginQuoted()
                state = .quoted
            } else {
                builder.append(byte)
                state = .unquoted
            }
        }
    }

    /// The next byte of input, skipping a byte order mark at the start.
    private mutating func nextByte() throws -> UInt8? {
        if position == chunk.count {
            guard try refill() else { return nil }
        }
        defer { position += 1 }
        return chunk[position]
    }

    private mutating func refill() throws -> Bool {
        while !finished {
            guard let next = try nextChunk() else { finished = true; break }
            chunk = next
            position = 0
            if !startChecked { try skipByteOrderMark() }
            if position < chunk.count { return true }
        }
        return false
    }

    /// Drops a UTF-8 byte order mark, gathering up to three bytes when chunks are tiny.
    private mutating func skipByteOrderMark() throws {
        while chunk.count < 3, let more = try nextChunk() { chunk += more }
        startChecked = true
        if chunk.starts(with: Self.byteOrderMark) { position = 3 }
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// One CSV record: its fields and the line it starts on.
public struct CSVRecord: Equatable, Sendable {
    /// The line (from 1) on which the record starts.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]

    /// Creates a record.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Gathers the bytes of one record's fields.
private struct RecordBuilder {
    let line: Int
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var quotedField = false
    private var invalid = false
    private(set) var byteCount = 0

    init(line: Int) { self.line = line }

    /// Nothing read yet: a line break here ends a blank line, not a record.
    var isEmpty: Bool { fields.isEmpty && field.isEmpty && !quotedField }

    mutating func append(_ byte: UInt8) {
        field.append(byte)
        byteCount += 1
    }

    mutating func append(contentsOf bytes: ArraySlice<UInt8>) {
        field.append(contentsOf: bytes)
        byteCount += bytes.count
    }

    mutating func beginQuoted() { quotedField = true }

    mutating func endField() {
        // ASCII is valid UTF-8 as it is: decoding it skips the generic validation's cost.
        if !field.contains(where: { $0 >= 0x80 }) {
            fields.append(String(decoding: field, as: UTF8.self))
        } else if let text = String(validating: field, as: UTF8.self) {
            fields.append(text)
        } else {
            invalid = true
            fields.append("")
        }
        byteCount += 1
        quotedField = false
        field.removeAll(keepingCapacity: true)
    }

    func finish() throws(CSVReader.Failure) -> CSVRecord {
        guard !invalid else { throw .invalidUTF8(line: line) }
        return CSVRecord(line: line, fields: fields)
    }
}
