import EngageHTTP

/// The address people reach the board at, for an address shown to them in full (a calendar
/// feed's): the public origin when the service was given one, else `http://` and the request's
/// `Host` (when it looks like a host), else nil.
enum SiteAddress {
    static func of(_ request: HTTPRequest, origin: PublicOrigin?) -> String? {
        if let origin { return origin.description }
        guard let host = request.headers["Host"], !host.isEmpty, host.utf8.count <= 255,
              host.utf8.allSatisfy({ isHostByte($0) }) else { return nil }
        return "http://" + host
    }

    /// Letters, digits, `.`, `-`, `:`, `[` and `]`.
    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"): true
        default: false
        }
    }
}
