/// Percent-decoding of path segments and query components (RFC 3986 §2.1).
public enum PercentDecoding {
    /// `text` with each `%XX` replaced by its byte, and with `+` read as a space when
    /// `plusIsSpace` (query strings); nil when a `%` is not followed by two hex digits or the
    /// result is not UTF-8.
    public static func decode<Bytes: Collection<UInt8>>(_ text: Bytes, plusIsSpace: Bool = false) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = text.startIndex
        while index != text.endIndex {
            let byte = text[index]
            index = text.index(after: index)
            if byte == UInt8(ascii: "%") {
                guard index != text.endIndex, let high = hexValue(text[index]) else { return nil }
                index = text.index(after: index)
                guard index != text.endIndex, let low = hexValue(text[index]) else { return nil }
                index = text.index(after: index)
                out.append(high << 4 | low)
            } else if plusIsSpace && byte == UInt8(ascii: "+") {
                out.append(0x20)
            } else {
                out.append(byte)
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// The query items of `query` (the part after `?`), or nil when one does not decode.
    static func queryItems(_ query: Substring) -> [HTTPQueryItem]? {
        var items: [HTTPQueryItem] = []
        for pair in query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0], plusIsSpace: true),
                  let value = parts.count > 1 ? decode(parts[1], plusIsSpace: true) : "" else { return nil }
            items.append(HTTPQueryItem(name: name, value: value))
        }
        return items
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
