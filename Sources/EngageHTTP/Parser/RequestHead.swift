/// The request line and header fields of one request, parsed but not yet checked for framing.
struct RequestHead: Sendable {
    var method: HTTPMethod
    var target: String
    var version: HTTPVersion
    var headers: HTTPHeaders

    /// Parses the head's lines: the request line, then `name: value` fields. `bytes` ends at the
    /// empty line; each line ends with LF, optionally preceded by CR.
    static func parse(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> RequestHead {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw .badRequest("the request line is missing") }
        var head = try parseRequestLine(requestLine)
        for line in lines.dropFirst() {
            let (name, value) = try parseField(line)
            head.headers.add(name: name, value: value)
        }
        return head
    }

    /// `METHOD SP target SP HTTP/x.y`, with single spaces.
    private static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> RequestHead {
        let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw .badRequest("the request line is not 'METHOD target HTTP/1.1'")
        }
        guard parts[0].allSatisfy(isTokenByte) else { throw .badRequest("the method is not a token") }
        guard parts[1].allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw .badRequest("the request target holds characters that must be percent-encoded")
        }
        let method = HTTPMethod(rawValue: String(decoding: parts[0], as: UTF8.self))
        let version = try parseVersion(parts[2])
        let target = try originForm(String(decoding: parts[1], as: UTF8.self), method: method)
        return RequestHead(method: method, target: target, version: version, headers: [:])
    }

    /// HTTP/1.0 or HTTP/1.1; another well-formed version is 505, anything else 400.
    private static func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPVersion {
        let text = String(decoding: bytes, as: UTF8.self)
        let digits = Array(bytes.dropFirst(5))
        guard text.hasPrefix("HTTP/"), digits.count == 3, digits[1] == UInt8(ascii: "."),
              let major = digitValue(digits[0]), let minor = digitValue(digits[2]) else {
            throw .badRequest("the version is not HTTP/1.1")
        }
        guard major == 1, minor <= 1 else { throw .versionNotSupported(text) }
        return HTTPVersion(major: major, minor: minor)
    }

    /// The target as a path with its query: origin form as it is, absolute form
    /// (`http://host/path?q`) without scheme and authority, `*` only for OPTIONS.
    private static func originForm(_ target: String, method: HTTPMethod) throws(HTTPParseError) -> String {
        if target.hasPrefix("/") { return target }
        if target == "*" && method == .options { return target }
        for scheme in ["http://", "https://"] where target.lowercased().hasPrefix(scheme) {
            let rest = target.dropFirst(scheme.count)
            guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
            let path = rest[slash...]
            return path.hasPrefix("/") ? String(path) : "/" + path
        }
        throw .badRequest("the request target is not a path")
    }

    /// `name: value`: a token, a colon with no space before it, the value without surrounding
    /// whitespace and with no control characters but tab.
    private static func parseField(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (String, String) {
        if line.first == 0x20 || line.first == 0x09 { throw .badRequest("folded header lines are not accepted") }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw .badRequest("a header line has no colon") }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { throw .badRequest("a header name is not a token") }
        let value = line[(colon + 1)...]
        guard !value.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else {
            throw .badRequest("a header value holds control characters")
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self).trimmingASCIISpaces())
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
    }

    /// RFC 9110 `tchar`: letters, digits and ``!#$%&'*+-.^_`|~``.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
