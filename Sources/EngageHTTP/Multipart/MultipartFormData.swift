/// Reads `multipart/form-data` bodies (RFC 7578, framed as RFC 2046 §5.1.1 says): what a
/// browser sends for a form with `enctype="multipart/form-data"`, e.g. one with a file input.
///
/// The body is `--BOUNDARY CRLF`, then each part's header lines, a blank line and its content,
/// each part ended by `CRLF --BOUNDARY`, the last by `CRLF --BOUNDARY--`. A preamble before the
/// first boundary and an epilogue after the last are ignored. The boundary is only recognised
/// at the start of a line and followed by `--` or a line break (after optional spaces), so
/// content holding `--BOUNDARY` elsewhere stays content. The whole body is in memory already
/// (the server's body limit bounds it); the parser also limits the parts and their headers.
public enum MultipartFormData {
    /// The most parts a body may have.
    public static let maxParts = 100
    /// The most bytes of header lines one part may have.
    public static let maxPartHeaderBytes = 8 * 1_024

    /// The boundary a `Content-Type` value names, when it is `multipart/form-data`; nil for
    /// another media type.
    /// - Throws: `MultipartError` when it is `multipart/form-data` without a usable boundary.
    public static func boundary(of contentType: String) throws(MultipartError) -> String? {
        guard let header = HeaderParameters(contentType) else {
            guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
            throw MultipartError("the Content-Type's parameters are malformed")
        }
        guard header.value == "multipart/form-data" else { return nil }
        guard let boundary = header["boundary"] else { throw MultipartError("the Content-Type names no boundary") }
        guard (1...70).contains(boundary.utf8.count), boundary.utf8.allSatisfy({ (0x20...0x7E).contains($0) }),
              boundary.last != " " else {
            throw MultipartError("the boundary must be 1 to 70 plain characters, not ending in a space")
        }
        return boundary
    }

    /// The parts of `body`, in order.
    /// - Throws: `MultipartError` for a malformed body: no first boundary, a part without a
    ///   `Content-Disposition: form-data` naming it, headers too long, too many parts, or no
    ///   closing boundary.
    public static func parse(_ body: [UInt8], boundary: String) throws(MultipartError) -> [MultipartPart] {
        let dashBoundary = Array("--\(boundary)".utf8)
        let delimiter = crlf + dashBoundary
        var position: Int
        if body.starts(with: dashBoundary) {
            position = dashBoundary.count
        } else if let found = search(delimiter, in: body, from: 0) {
            position = found + delimiter.count
        } else {
            throw MultipartError("the body does not start with its boundary")
        }
        var parts: [MultipartPart] = []
        while true {
            if body[position...].starts(with: dashes) { return parts }
            guard let afterLine = lineEnd(in: body, at: position) else {
                throw MultipartError("a boundary is followed by something other than a line break")
            }
            guard parts.count < maxParts else { throw MultipartError("the body has more than \(maxParts) parts") }
            let (headers, contentStart) = try partHeaders(body, from: afterLine)
            guard let end = nextDelimiter(delimiter, in: body, from: contentStart) else {
                throw MultipartError("the body ends before its closing boundary")
            }
            parts.append(try part(headers, content: Array(body[contentStart..<end])))
            position = end + delimiter.count
        }
    }

    private static let crlf: [UInt8] = [0x0D, 0x0A]
    private static let dashes: [UInt8] = [0x2D, 0x2D]

    /// Where the line after a boundary starts: past optional spaces and tabs and a CRLF; nil
    /// when something else follows.
    private static func lineEnd(in body: [UInt8], at start: Int) -> Int? {
        var index = start
        while index < body.count, body[index] == 0x20 || body[index] == 0x09 { index += 1 }
        return body[index...].starts(with: crlf) ? index + 2 : nil
    }

    /// The first `delimiter` from `start` that is followed by `--` or a line break: the end of a
    /// part's content.
    private static func nextDelimiter(_ delimiter: [UInt8], in body: [UInt8], from start: Int) -> Int? {
        var from = start
        while let found = search(delimiter, in: body, from: from) {
            let after = found + delimiter.count
            if body[after...].starts(with: dashes) || lineEnd(in: body, at: after) != nil { return found }
            from = found + 1
        }
        return nil
    }

    /// The part's header fields (names lowercased) and where its content starts.
    private static func partHeaders(_ body: [UInt8], from start: Int) throws(MultipartError) -> ([String: String], Int) {
        if body[start...].starts(with: crlf) { return ([:], start + 2) }
        let limit = min(body.count, start + maxPartHeaderBytes + 4)
        guard let end = search(crlf + crlf, in: Array(body[start..<limit]), from: 0).map({ start + $0 }) else {
            throw limit == body.count ? MultipartError("the body ends before its closing boundary")
                : MultipartError("a part's headers are longer than \(maxPartHeaderBytes) bytes")
        }
        guard let text = String(validating: body[start..<end], as: UTF8.self) else {
            throw MultipartError("a part's headers are not UTF-8")
        }
        var headers: [String: String] = [:]
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            let pieces = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2, !pieces[0].isEmpty, pieces[0].first != " ", pieces[0].first != "\t" else {
                throw MultipartError("a part's header line is not 'Name: value'")
            }
            headers[pieces[0].lowercased()] = String(pieces[1]).trimmingASCIISpaces()
        }
        return (headers, end + 4)
    }

    /// A part from its headers: `Content-Disposition: form-data; name="…"` is required.
    private static func part(_ headers: [String: String], content: [UInt8]) throws(MultipartError) -> MultipartPart {
        guard let disposition = headers["content-disposition"].flatMap(HeaderParameters.init),
              disposition.value == "form-data", let name = disposition["name"] else {
            throw MultipartError("a part has no Content-Disposition: form-data naming its field")
        }
        return MultipartPart(name: name, filename: disposition["filename"], contentType: headers["content-type"], body: content)
    }

    /// The index of the first `pattern` in `body` at or after `start`, or nil.
    private static func search(_ pattern: [UInt8], in body: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, body.count >= pattern.count else { return nil }
        var index = start
        while index <= body.count - pattern.count {
            if body[index] == first && body[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
