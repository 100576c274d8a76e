import EngageHTTP
import Testing

@Suite("Parsing requests")
struct HTTPParserTests {
    /// Every request in `text` and the error that ended it, if any, fed `chunk` bytes at a time.
    private func parse(_ text: String, chunk: Int = .max, maxHeaderBytes: Int = 16 * 1024,
                       maxBodyBytes: Int = 1024 * 1024) -> (requests: [HTTPRequest], error: HTTPParseError?) {
        var parser = HTTPParser(maxHeaderBytes: maxHeaderBytes, maxBodyBytes: maxBodyBytes)
        var requests: [HTTPRequest] = []
        var bytes = Array(text.utf8)[...]
        repeat {
            parser.append(bytes.prefix(chunk))
            bytes = bytes.dropFirst(chunk)
            do {
                while let request = try parser.next() { requests.append(request) }
            } catch {
                return (requests, error)
            }
        } while !bytes.isEmpty
        return (requests, nil)
    }

    private func error(_ text: String, maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 1024 * 1024) -> HTTPParseError? {
        parse(text, maxHeaderBytes: maxHeaderBytes, maxBodyBytes: maxBodyBytes).error
    }

    @Test("A GET: method, path, query items, case-insensitive headers, no body")
    func simpleGet() throws {
        let result = parse("GET /api/authorities?region=NW&q=a%20b+c&flag HTTP/1.1\r\nHost: x\r\nX-Thing:  value \r\n\r\n")
        let request = try #require(result.requests.first)
        #expect(result.error == nil)
        #expect(request.method == .get)
        #expect(request.path == "/api/authorities")
        #expect(request.queryItems == [.init(name: "region", value: "NW"), .init(name: "q", value: "a b c"), .init(name: "flag", value: "")])
        #expect(request.query("region") == "NW")
        #expect(request.headers["x-thing"] == "value")
        #expect(request.headers["HOST"] == "x")
        #expect(request.body.isEmpty)
        #expect(request.version == .http1_1)
    }

    @Test("A body is read by Content-Length, whatever the chunk size")
    func bodyByContentLength() {
        for chunk in [1, 3, 7, 1000] {
            let result = parse("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world", chunk: chunk)
            #expect(result.error == nil)
            #expect(result.requests.map { String(decoding: $0.body, as: UTF8.self) } == ["hello world"], "chunk \(chunk)")
        }
    }

    @Test("Nothing comes out until the head and body are complete; the phase says where it is")
    func incremental() throws {
        var parser = HTTPParser()
        #expect(parser.phase == .idle)
        parser.append(Array("POST /a HTTP/1.1\r\nHost: x\r\nContent-".utf8))
        #expect(try parser.next() == nil)
        #expect(parser.phase == .head)
        parser.append(Array("Length: 4\r\n\r\nab".utf8))
        #expect(try parser.next() == nil)
        #expect(parser.phase == .body)
        parser.append(Array("cd".utf8))
        #expect(try parser.next()?.body == Array("abcd".utf8))
        #expect(parser.phase == .idle)
    }

    @Test("Pipelined requests come out one by one, in order, across chunk boundaries")
    func pipelining() {
        let text = "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhiGET /3 HTTP/1.1\r\nHost: x\r\n\r\n"
        for chunk in [1, 5, 1000] {
            let result = parse(text, chunk: chunk)
            #expect(result.error == nil)
            #expect(result.requests.map(\.path) == ["/1", "/2", "/3"], "chunk \(chunk)")
            #expect(result.requests.map(\.body.count) == [0, 2, 0])
        }
    }

    @Test("Bare LF line endings and empty lines before a request are accepted")
    func lenientLines() {
        let result = parse("\r\n\r\nGET /a HTTP/1.1\nHost: x\n\n")
        #expect(result.error == nil)
        #expect(result.requests.map(\.path) == ["/a"])
    }

    @Test("Keep-alive: on by default in 1.1, off with Connection: close, off in 1.0 unless asked")
    func keepAlive() {
        let cases: [(String, Bool)] = [
            ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", true),
            ("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false),
            ("GET / HTTP/1.1\r\nHost: x\r\nconnection: Upgrade, CLOSE\r\n\r\n", false),
            ("GET / HTTP/1.0\r\n\r\n", false),
            ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ]
        for (text, expected) in cases {
            #expect(parse(text).requests.first?.keepAlive == expected, "\(text)")
        }
    }

    @Test("HTTP/1.0 needs no Host; HTTP/1.1 needs exactly one")
    func host() {
        #expect(parse("GET / HTTP/1.0\r\n\r\n").requests.first?.version == .http1_0)
        #expect(error("GET / HTTP/1.1\r\n\r\n")?.status == .badRequest)
        #expect(error("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")?.status == .badRequest)
    }

    @Test("Head at the limit passes; one byte over is 431, even before the head ends")
    func headerLimit() {
        let start = "GET / HTTP/1.1\r\nHost: x\r\nX: "
        let exact = start + String(repeating: "a", count: 100 - start.utf8.count - 4) + "\r\n\r\n"
        #expect(exact.utf8.count == 100)
        #expect(parse(exact, maxHeaderBytes: 100).requests.count == 1)
        let over = start + String(repeating: "a", count: 101 - start.utf8.count - 4) + "\r\n\r\n"
        #expect(error(over, maxHeaderBytes: 100) == .headersTooLarge(limit: 100))
        let unfinished = start + String(repeating: "a", count: 200)
        #expect(error(unfinished, maxHeaderBytes: 100)?.status == .requestHeaderFieldsTooLarge)
        #expect(HTTPParser().maxHeaderBytes == 16 * 1024)
    }

    @Test("Body at the limit passes; a Content-Length over it is 413 before any body arrives")
    func bodyLimit() {
        let atLimit = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789"
        #expect(parse(atLimit, maxBodyBytes: 10).requests.count == 1)
        #expect(error("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", maxBodyBytes: 10) == .bodyTooLarge(limit: 10))
        #expect(error("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n")?.status == .contentTooLarge)
        #expect(HTTPParser().maxBodyBytes == 1024 * 1024)
    }

    @Test("Transfer-Encoding is 501 at once, with or without Content-Length")
    func transferEncoding() {
        #expect(error("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") == .transferEncodingNotImplemented)
        #expect(error("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")?.status == .notImplemented)
    }

    @Test("POST, PUT and PATCH without Content-Length are 411; GET and DELETE are not")
    func lengthRequired() {
        for method in ["POST", "PUT", "PATCH"] {
            #expect(error("\(method) /a HTTP/1.1\r\nHost: x\r\n\r\n") == .lengthRequired, "\(method)")
        }
        for method in ["GET", "DELETE", "HEAD"] {
            #expect(error("\(method) /a HTTP/1.1\r\nHost: x\r\n\r\n") == nil, "\(method)")
        }
    }

    @Test("Malformed request lines and headers are 400", arguments: [
        "GET /\r\nHost: x\r\n\r\n",
        "GET  / HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n",
        "G(T / HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET nopath HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTX/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nName : value\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nA: b\r\n  folded\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nA: b\u{01}c\r\n\r\n",
        "GET /a%zz?b=%zz HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
    ])
    func malformed(text: String) {
        #expect(error(text)?.status == .badRequest)
    }

    @Test("Versions other than 1.0 and 1.1 are 505")
    func version() {
        #expect(error("GET / HTTP/2.0\r\nHost: x\r\n\r\n")?.status == .httpVersionNotSupported)
    }

    @Test("An absolute-form target is reduced to its path")
    func absoluteForm() {
        #expect(parse("GET http://example.org/a/b?c=d HTTP/1.1\r\nHost: x\r\n\r\n").requests.first?.path == "/a/b")
    }

    @Test("After an error the parser stays failed")
    func staysFailed() {
        var parser = HTTPParser()
        parser.append(Array("BAD\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(throws: HTTPParseError.self) { try parser.next() }
        #expect(throws: HTTPParseError.self) { try parser.next() }
    }
}
