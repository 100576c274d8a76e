/// A JSON value being built by `TreeEncoder`: containers are boxes, so that a container handed
/// out before its members are encoded still receives them.
enum JSONNode {
    case null
    case bool(Bool)
    /// A number already written as JSON text.
    case number(String)
    case string(String)
    case array(ArrayBox)
    case object(ObjectBox)

    /// Appends the node's JSON text: compact, object members sorted by key, strings escaped as
    /// JSON requires (quote, backslash, control characters) and nothing else (slashes and
    /// non-ASCII pass through as UTF-8).
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): Self.writeString(text, to: &out)
        case .array(let box):
            out.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let box):
            out.append(UInt8(ascii: "{"))
            for (index, member) in box.members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends the node's JSON text as `JSONEncoder`'s `.prettyPrinted` writes it: two spaces a
    /// level, `"key" : value`, each member and element on its own line, an empty container as
    /// its brackets around an empty line; members sorted by key, strings as `write(to:)` has them.
    func writePretty(to out: inout [UInt8], indent: Int = 0) {
        switch self {
        case .null, .bool, .number, .string: write(to: &out)
        case .array(let box):
            Self.writeContainer(open: "[", close: "]", count: box.items.count, indent: indent, to: &out) { index, out in
                box.items[index].writePretty(to: &out, indent: indent + 2)
            }
        case .object(let box):
            let members = box.members.sorted { $0.key < $1.key }
            Self.writeContainer(open: "{", close: "}", count: members.count, indent: indent, to: &out) { index, out in
                Self.writeString(members[index].key, to: &out)
                out.append(contentsOf: " : ".utf8)
                members[index].value.writePretty(to: &out, indent: indent + 2)
            }
        }
    }

    private static func writeContainer(open: Unicode.Scalar, close: Unicode.Scalar, count: Int, indent: Int, to out: inout [UInt8],
                                       element: (Int, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: open))
        out.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
            element(index, &out)
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        out.append(UInt8(ascii: close))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        let needsEscape = { (byte: UInt8) in byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }
        // Most texts need no escape: copy them whole (scanning the stored bytes where they are
        // contiguous, as native strings are, is several times faster than walking the view).
        let copied = utf8.withContiguousStorageIfAvailable { stored in
            guard !stored.contains(where: needsEscape) else { return false }
            out.append(contentsOf: stored)
            return true
        }
        if copied == true || (copied == nil && !utf8.contains(where: needsEscape)) {
            if copied == nil { out.append(contentsOf: utf8) }
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// The elements of a JSON array under construction.
final class ArrayBox {
    var items: [JSONNode] = []
}

/// The members of a JSON object under construction, in the order set; a key set again replaces
/// its value. (Objects hold a dozen members: a list beats hashing.)
final class ObjectBox {
    private(set) var members: [(key: String, value: JSONNode)] = []

    subscript(key: String) -> JSONNode? {
        get { members.first { $0.key == key }?.value }
        set {
            let index = members.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil): members.remove(at: index)
            case (nil, let value?): members.append((key, value))
            case (nil, nil): break
            }
        }
    }
}
