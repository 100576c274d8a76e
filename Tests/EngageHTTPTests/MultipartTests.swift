import EngageHTTP
import Testing

/// `multipart/form-data` bodies (RFC 7578): the boundary from the `Content-Type`, the parts, and
/// a clear refusal for each way a body can be malformed.
@Suite("Multipart form data")
struct MultipartTests {
    private static let boundary = "----engageBoundary7MA4YWxk"

    /// A body from lines joined by CRLF.
    private static func body(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\r\n").utf8) }

    /// The parts of a body sent with `boundary`.
    private static func parse(_ bytes: [UInt8], boundary: String = boundary) throws(MultipartError) -> [MultipartPart] {
        try MultipartFormData.parse(bytes, boundary: boundary)
    }

    @Test("A well-formed body: a field and a file, each with its name, file name, type and exact content")
    func wellFormed() throws {
        let parts = try Self.parse(Self.body([
            "--\(Self.boundary)", #"Content-Disposition: form-data; name="csrf""#, "", "abc123",
            "--\(Self.boundary)", #"Content-Disposition: form-data; name="file"; filename="people.csv""#, "Content-Type: text/csv", "",
            "name,region", "Dorset,south-west", "",
            "--\(Self.boundary)--", "",
        ]))
        #expect(parts == [
            MultipartPart(name: "csrf", body: Array("abc123".utf8)),
            MultipartPart(name: "file", filename: "people.csv", contentType: "text/csv", body: Array("name,region\r\nDorset,south-west\r\n".utf8)),
        ])
        #expect(parts[1].isFile && !parts[0].isFile && parts[0].text == "abc123")
    }

    @Test("The boundary comes from the Content-Type, quoted or not, its parameter named in any case")
    func boundaries() throws {
        #expect(try MultipartFormData.boundary(of: "multipart/form-data; boundary=abc") == "abc")
        #expect(try MultipartFormData.boundary(of: #"Multipart/Form-Data; charset=utf-8; BOUNDARY="a b;c\"d""#) == #"a b;c"d"#)
        #expect(try MultipartFormData.boundary(of: "application/x-www-form-urlencoded") == nil)
        #expect(try MultipartFormData.boundary(of: "text/csv; charset=utf-8") == nil)
        #expect(throws: MultipartError("the Content-Type names no boundary")) { try MultipartFormData.boundary(of: "multipart/form-data") }
        #expect(throws: MultipartError.self) { try MultipartFormData.boundary(of: #"multipart/form-data; boundary="abc"#) }
        #expect(throws: MultipartError.self) { try MultipartFormData.boundary(of: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) }
    }

    @Test("Quoted and unquoted parameters of Content-Disposition; a file name with a semicolon and an escaped quote")
    func dispositionParameters() throws {
        let parts = try Self.parse(Self.body([
            "--\(Self.boundary)", "content-disposition: form-data; name=kind", "", "authorities",
            "--\(Self.boundary)", #"Content-Disposition: form-data;name="file";  filename="a;b \"c\".csv""#, "", "x",
            "--\(Self.boundary)--",
        ]))
        #expect(parts.map(\.name) == ["kind", "file"])
        #expect(parts[1].filename == #"a;b "c".csv"#)
        let browser = try Self.parse(Self.body([
            "--\(Self.boundary)", #"Content-Disposition: form-data; name="file"; filename="C:\fakepath\%22q%22.csv""#, "", "x",
            "--\(Self.boundary)--",
        ]))
        #expect(browser.first?.filename == #"C:\fakepath\%22q%22.csv"#, "a browser's backslashes are not escapes")
    }

    @Test("Content is kept byte for byte: NUL, high bytes, a lone CR or LF, and an empty part")
    func binaryContent() throws {
        let binary: [UInt8] = [0x00, 0xFF, 0x0D, 0x41, 0x0A, 0xC3, 0x28, 0x0D]
        var bytes = Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"f\"; filename=\"b.bin\"\r\n\r\n".utf8)
        bytes += binary
        bytes += Array("\r\n--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--\(Self.boundary)--\r\n".utf8)
        let parts = try Self.parse(bytes)
        #expect(parts.map(\.body) == [binary, []])
        #expect(parts[0].text == nil, "not UTF-8")
    }

    @Test("The boundary inside content is content unless it starts a line and ends with -- or a line break")
    func boundaryInsideContent() throws {
        let parts = try Self.parse(Self.body([
            "--\(Self.boundary)", #"Content-Disposition: form-data; name="note""#, "",
            "see --\(Self.boundary) here", "--\(Self.boundary)X is not one either",
            "--\(Self.boundary)  ", #"Content-Disposition: form-data; name="next""#, "", "2",
            "--\(Self.boundary)--",
        ]))
        #expect(parts.map(\.text) == ["see --\(Self.boundary) here\r\n--\(Self.boundary)X is not one either", "2"])
    }

    @Test("A preamble before the first boundary and an epilogue after the last are ignored")
    func preambleAndEpilogue() throws {
        let parts = try Self.parse(Self.body([
            "This is a preamble.", "--\(Self.boundary)", #"Content-Disposition: form-data; name="a""#, "", "1",
            "--\(Self.boundary)--", "an epilogue",
        ]))
        #expect(parts.map(\.text) == ["1"])
    }

    @Test("Malformed bodies are refused, each with its reason", arguments: [
        (["--other", #"Content-Disposition: form-data; name="a""#, "", "1", "--other--"], "the body does not start with its boundary"),
        (["--B", #"Content-Disposition: form-data; name="a""#, "", "1"], "the body ends before its closing boundary"),
        (["--B", #"Content-Disposition: form-data; name="a""#, "", "1", "--B"], "the body ends before its closing boundary"),
        (["--B", #"Content-Disposition: form-data; name="a""#, "", "1", "--B", ""], "the body ends before its closing boundary"),
        (["--B", #"Content-Disposition: form-data; name="a""#], "the body ends before its closing boundary"),
        (["--Bjunk", "", "1", "--B--"], "a boundary is followed by something other than a line break"),
        (["--B", "Content-Type: text/plain", "", "1", "--B--"], "a part has no Content-Disposition: form-data naming its field"),
        (["--B", #"Content-Disposition: attachment; name="a""#, "", "1", "--B--"], "a part has no Content-Disposition: form-data naming its field"),
        (["--B", "", "1", "--B--"], "a part has no Content-Disposition: form-data naming its field"),
        (["--B", "no colon here", "", "1", "--B--"], "a part's header line is not 'Name: value'"),
    ])
    func malformed(lines: [String], reason: String) {
        #expect(throws: MultipartError(reason)) { try Self.parse(Self.body(lines), boundary: "B") }
    }

    @Test("Limits: a part's headers and the number of parts")
    func limits() {
        let longHeader = ["--B", "X-Long: " + String(repeating: "a", count: MultipartFormData.maxPartHeaderBytes), "", "1", "--B--"]
        #expect(throws: MultipartError("a part's headers are longer than \(MultipartFormData.maxPartHeaderBytes) bytes")) {
            try Self.parse(Self.body(longHeader), boundary: "B")
        }
        let many = (0...MultipartFormData.maxParts).flatMap { ["--B", #"Content-Disposition: form-data; name="f\#($0)""#, "", "v"] } + ["--B--"]
        #expect(throws: MultipartError("the body has more than \(MultipartFormData.maxParts) parts")) {
            try Self.parse(Self.body(many), boundary: "B")
        }
    }

    @Test("A request's form items: the fields of a multipart body (files left out), of a urlencoded one, none of a malformed one")
    func requestFormItems() throws {
        let bytes = Self.body([
            "--B", #"Content-Disposition: form-data; name="csrf""#, "", "t0k",
            "--B", #"Content-Disposition: form-data; name="file"; filename="a.csv""#, "", "a,b",
            "--B--",
        ])
        let request = HTTPRequest(method: .post, path: "/import", headers: ["Content-Type": "multipart/form-data; boundary=B"], body: bytes)
        #expect(request.formItems == [HTTPQueryItem(name: "csrf", value: "t0k")])
        #expect(try request.multipartParts()?.map(\.name) == ["csrf", "file"])
        let plain = HTTPRequest(method: .post, path: "/x", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                body: Array("a=1&b=x+y".utf8))
        #expect(plain.formItems == [HTTPQueryItem(name: "a", value: "1"), HTTPQueryItem(name: "b", value: "x y")])
        #expect(try plain.multipartParts() == nil)
        let broken = HTTPRequest(method: .post, path: "/import", headers: ["Content-Type": "multipart/form-data; boundary=B"],
                                 body: Array(bytes.dropLast(6)))
        #expect(broken.formItems == nil)
        #expect(throws: MultipartError.self) { try broken.multipartParts() }
    }
}
