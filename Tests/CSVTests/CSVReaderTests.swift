import CSV
import Testing

@Suite("Reading CSV")
struct CSVReaderTests {
    /// Every record of `text`, read through chunks of `chunkSize` bytes.
    private func records(_ text: String, chunkSize: Int = 4096) throws -> [CSVRecord] {
        var bytes = Array(text.utf8)[...]
        var reader = CSVReader {
            guard !bytes.isEmpty else { return nil }
            defer { bytes = bytes.dropFirst(chunkSize) }
            return Array(bytes.prefix(chunkSize))
        }
        var all: [CSVRecord] = []
        while let record = try reader.next() { all.append(record) }
        return all
    }

    private func fields(_ text: String, chunkSize: Int = 4096) throws -> [[String]] {
        try records(text, chunkSize: chunkSize).map(\.fields)
    }

    @Test("Plain fields, LF endings, a last line without one")
    func plain() throws {
        #expect(try fields("a,b,c\n1,2,3\nx,,z") == [["a", "b", "c"], ["1", "2", "3"], ["x", "", "z"]])
    }

    @Test("Quoted fields hold commas, doubled quotes, LF and CRLF")
    func quoted() throws {
        let text = "name,note\r\n\"Bristol, City of\",\"said \"\"yes\"\"\"\r\n\"two\nlines\",\"crlf\r\ninside\"\r\n"
        #expect(try fields(text) == [["name", "note"], ["Bristol, City of", "said \"yes\""], ["two\nlines", "crlf\r\ninside"]])
    }

    @Test("Each record's line is where it starts, counting line breaks inside quotes")
    func lineNumbers() throws {
        let text = "h1,h2\n\"a\nb\nc\",d\ne,f\r\ng,\"h\r\ni\"\r\nj,k"
        #expect(try records(text).map(\.line) == [1, 2, 5, 6, 8])
    }

    @Test("CRLF, LF and lone CR endings count one line each")
    func lineEndings() throws {
        #expect(try records("a\r\nb\nc\rd").map(\.line) == [1, 2, 3, 4])
        #expect(try fields("a\r\nb\nc\rd") == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test("A UTF-8 byte order mark at the start is skipped, even split across chunks")
    func byteOrderMark() throws {
        #expect(try fields("\u{FEFF}name,region\nBury,NW\n") == [["name", "region"], ["Bury", "NW"]])
        #expect(try fields("\u{FEFF}name\nBury\n", chunkSize: 1) == [["name"], ["Bury"]])
        #expect(try fields("x\u{FEFF}\n") == [["x\u{FEFF}"]])
    }

    @Test("Empty lines are skipped and do not shift line numbers; an empty quoted field is a record")
    func emptyLines() throws {
        let read = try records("a\n\n\r\nb\n\"\"\n")
        #expect(read.map(\.fields) == [["a"], ["b"], [""]])
        #expect(read.map(\.line) == [1, 4, 5])
        #expect(try fields("") == [])
        #expect(try fields(",\n") == [["", ""]])
    }

    @Test("Chunk boundaries anywhere give the same records")
    func chunkBoundaries() throws {
        let text = "\u{FEFF}a,\"b,\"\"c\"\"\r\nd\"\r\n\"é\",ü\r\n\r\nlast,\"\"\r\n"
        let whole = try records(text)
        for size in 1...9 { #expect(try records(text, chunkSize: size) == whole, "chunk size \(size)") }
        #expect(whole.map(\.fields) == [["a", "b,\"c\"\r\nd"], ["é", "ü"], ["last", ""]])
    }

    @Test("Non-ASCII text passes through; invalid UTF-8 is refused with its line")
    func encoding() throws {
        #expect(try fields("naïve,— ok\n") == [["naïve", "— ok"]])
        var bytes: [UInt8]? = Array("a\nb\u{00}".utf8.dropLast()) + [0xFF, 0x0A]
        var reader = CSVReader { defer { bytes = nil }; return bytes }
        #expect(try reader.next()?.fields == ["a"])
        #expect(throws: CSVReader.Failure.invalidUTF8(line: 2)) { try reader.next() }
    }

    @Test("A quote inside an unquoted field is literal")
    func literalQuote() throws {
        #expect(try fields("5\" pipe,x\n") == [["5\" pipe", "x"]])
    }

    @Test("An unclosed quote is refused naming the line it opened on")
    func unterminated() throws {
        var reader = CSVReader(text: "a,b\n1,\"never\nclosed\n")
        #expect(try reader.next()?.fields == ["a", "b"])
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) { try reader.next() }
    }

    @Test("Text after a closing quote is refused")
    func textAfterQuote() throws {
        var reader = CSVReader(text: "\"a\"b,c\n")
        #expect(throws: CSVReader.Failure.textAfterQuote(line: 1)) { try reader.next() }
    }

    @Test("A record longer than the limit is refused, so a runaway quote cannot fill memory")
    func recordLimit() throws {
        var pending: [UInt8]? = Array("ok\n\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 100)
        var reader = CSVReader(maximumRecordBytes: 50) { defer { pending = nil }; return pending }
        #expect(try reader.next()?.fields == ["ok"])
        #expect(throws: CSVReader.Failure.recordTooLong(line: 2, limit: 50)) { try reader.next() }
    }

    @Test("Failures read as one line with what to do")
    func messages() {
        #expect(CSVReader.Failure.unterminatedQuote(line: 7).description.hasPrefix("line 7: a quoted field is never closed; "))
        #expect(!CSVReader.Failure.invalidUTF8(line: 3).description.contains("\n"))
    }

    @Test("What the writer writes, the reader reads back")
    func roundTrip() throws {
        let rows = [["plain", "with, comma", "with \"quotes\"", "two\nlines", ""], ["crlf\r\nx", "é", "", "", "end"]]
        var writer = CSVWriter()
        rows.forEach { writer.append($0) }
        #expect(try fields(writer.text) == rows)
    }
}
