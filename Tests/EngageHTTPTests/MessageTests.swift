import EngageHTTP
import Testing

@Suite("Messages")
struct MessageTests {
    @Test("Headers: case-insensitive lookup, several values, replace and remove")
    func headers() {
        var headers: HTTPHeaders = ["Content-Type": "text/plain", "Set-Cookie": "a=1"]
        headers.add(name: "set-cookie", value: "b=2")
        #expect(headers["content-type"] == "text/plain")
        #expect(headers.values(for: "SET-COOKIE") == ["a=1", "b=2"])
        headers["CONTENT-TYPE"] = "application/json"
        #expect(headers.values(for: "Content-Type") == ["application/json"])
        headers["set-cookie"] = nil
        #expect(!headers.contains("Set-Cookie"))
        #expect(headers.count == 1)
    }

    @Test("Statuses carry their reason phrases and error codes")
    func statuses() {
        #expect(HTTPStatus.notFound.description == "404 Not Found")
        #expect(HTTPStatus(code: 431).reasonPhrase == "Request Header Fields Too Large")
        #expect(HTTPStatus.requestHeaderFieldsTooLarge.errorCode == "request_header_fields_too_large")
        #expect(HTTPStatus(code: 299).reasonPhrase == "Unknown")
    }

    @Test("JSON helpers set the content type; error bodies escape their text")
    func json() {
        let response = HTTPResponse.json(Array(#"{"a":1}"#.utf8), status: .created)
        #expect(response.status == .created)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        let error = HTTPResponse.error(.badRequest, message: "a \"quote\", a \\ and a\nline\u{01}")
        #expect(error.bodyText == #"{"error":{"code":"bad_request","message":"a \"quote\", a \\ and a\nline\u0001"}}"#)
    }

    @Test("Parse errors carry their statuses")
    func parseErrorStatuses() {
        let cases: [(HTTPParseError, Int)] = [
            (.badRequest("x"), 400), (.headersTooLarge(limit: 1), 431), (.bodyTooLarge(limit: 1), 413),
            (.lengthRequired, 411), (.transferEncodingNotImplemented, 501), (.versionNotSupported("HTTP/2.0"), 505),
            (.timeout, 408),
        ]
        for (error, code) in cases { #expect(error.status.code == code) }
        #expect(HTTPParseError.lengthRequired.response.bodyText.contains(#""code":"length_required""#))
    }

    @Test("The configuration's defaults")
    func defaults() {
        let configuration = HTTPConfiguration()
        #expect(configuration.maxHeaderBytes == 16 * 1024)
        #expect(configuration.maxBodyBytes == 1024 * 1024)
        #expect(configuration.headerTimeout == .seconds(10))
        #expect(configuration.bodyTimeout == .seconds(30))
        #expect(configuration.idleTimeout == .seconds(30))
        #expect(configuration.writeTimeout == .seconds(30))
        #expect(configuration.maxConnections == 256)
        #expect(configuration.workerThreads == 8)
    }
}
