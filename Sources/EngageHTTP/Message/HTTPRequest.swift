/// One HTTP request as handlers see it: method, path, query, headers, body and an id.
public struct HTTPRequest: Sendable {
    /// The method.
    public var method: HTTPMethod
    /// The path as sent, still percent-encoded and without the query string (`/a%20b`); the
    /// router decodes it segment by segment, so that an encoded `/` stays inside its segment.
    public var path: String
    /// The query string's `name=value` pairs, percent-decoded (`+` read as a space), in order.
    public var queryItems: [HTTPQueryItem]
    /// The header fields; names are case-insensitive.
    public var headers: HTTPHeaders
    /// The body's bytes: exactly `Content-Length` of them, or none.
    public var body: [UInt8]
    /// The protocol version.
    public var version: HTTPVersion
    /// An id for this request, unique within the server's life, for logs and the
    /// `X-Request-ID` response header.
    public var id: String
    /// The values of the route's `:name` segments, filled in by the router.
    public var parameters: RouteParameters

    /// A request from its parts.
    public init(
        method: HTTPMethod, path: String, queryItems: [HTTPQueryItem] = [], headers: HTTPHeaders = [:],
        body: [UInt8] = [], version: HTTPVersion = .http1_1, id: String = ""
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.headers = headers
        self.body = body
        self.version = version
        self.id = id
        self.parameters = RouteParameters()
    }

    /// A request for a target as it appears on the request line, `/path?query`.
    /// - Throws: `HTTPParseError.badRequest` when the query does not percent-decode.
    public init(
        method: HTTPMethod, target: String, headers: HTTPHeaders = [:], body: [UInt8] = [],
        version: HTTPVersion = .http1_1, id: String = ""
    ) throws(HTTPParseError) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let items = parts.count > 1 ? PercentDecoding.queryItems(parts[1]) : [] else {
            throw .badRequest("the query string is not valid percent-encoded UTF-8")
        }
        self.init(method: method, path: String(parts[0]), queryItems: items, headers: headers,
                  body: body, version: version, id: id)
    }

    /// The body's `name=value` pairs when it is a form: `application/x-www-form-urlencoded`,
    /// percent-decoded with `+` as a space, or the plain fields of `multipart/form-data` (its
    /// files left out; see `multipartParts`); nil when it does not decode.
    public var formItems: [HTTPQueryItem]? {
        let multipart: [MultipartPart]?
        do { multipart = try multipartParts() } catch { return nil }
        guard let parts = multipart else { return PercentDecoding.queryItems(Substring(String(decoding: body, as: UTF8.self))) }
        var items: [HTTPQueryItem] = []
        for part in parts where !part.isFile {
            guard let value = part.text else { return nil }
            items.append(HTTPQueryItem(name: part.name, value: value))
        }
        return items
    }

    /// The parts of a `multipart/form-data` body (fields and files, in order); nil when the
    /// `Content-Type` is not `multipart/form-data`.
    /// - Throws: `MultipartError` when it says it is but the body or its boundary is malformed.
    public func multipartParts() throws(MultipartError) -> [MultipartPart]? {
        guard let type = headers["Content-Type"], let boundary = try MultipartFormData.boundary(of: type) else { return nil }
        return try MultipartFormData.parse(body, boundary: boundary)
    }

    /// The credentials of an `Authorization: Bearer TOKEN` header (the scheme in any case, the
    /// token trimmed); nil when there is no `Authorization` header, it names another scheme, or
    /// the token is empty.
    public var bearerToken: String? {
        guard let header = headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = String(parts[1]).trimmingASCIISpaces()
        return token.isEmpty ? nil : token
    }

    /// The value of the cookie called `name` in the `Cookie` header, or nil.
    public func cookie(_ name: String) -> String? {
        for header in headers.values(for: "Cookie") {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, String(parts[0]).trimmingASCIISpaces() == name { return String(parts[1]).trimmingASCIISpaces() }
            }
        }
        return nil
    }

    /// The first value of the query item called `name`, or nil.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// Whether the client wants the connection kept open after the response: HTTP/1.1 unless
    /// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool {
        if headers.hasToken("close", in: "Connection") { return false }
        if version == .http1_0 { return headers.hasToken("keep-alive", in: "Connection") }
        return true
    }
}
