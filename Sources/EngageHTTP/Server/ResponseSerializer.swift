/// Writing a response as HTTP/1.1 bytes.
enum ResponseSerializer {
    /// The response's bytes: status line, the handler's headers with `policy`'s added (CR and LF
    /// replaced, so a value cannot smuggle a header in), `Content-Length` unless set or the status forbids a
    /// body, `Connection`, `Date`, `X-Request-ID`, then the body unless the request was a `HEAD`
    /// or the status forbids one.
    static func serialize(
        _ response: HTTPResponse, policy: ResponseHeaderPolicy, method: HTTPMethod?, keepAlive: Bool, requestID: String
    ) -> [UInt8] {
        let response = policy.applied(to: response)
        var head = "HTTP/1.1 \(response.status.code) \(clean(response.status.reasonPhrase))\r\n"
        for field in response.headers where !["connection", "date", "x-request-id"].contains(HTTPHeaders.key(field.name)) {
            head += "\(clean(field.name)): \(clean(field.value))\r\n"
        }
        let forbidsBody = response.status.forbidsBody
        if !forbidsBody && !response.headers.contains("Content-Length") {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        head += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n"
        head += "Date: \(HTTPDate.now())\r\n"
        if !requestID.isEmpty { head += "X-Request-ID: \(clean(requestID))\r\n" }
        head += "\r\n"
        var bytes = Array(head.utf8)
        if method != .head && !forbidsBody { bytes += response.body }
        return bytes
    }

    private static func clean(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 == 0x0D || $0 == 0x0A || $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
    }
}
