import EngageCore

/// Writes compact JSON straight into a byte buffer, member by member, with no tree in between:
/// the service's list answers, where building a tree of nodes for every record cost more than
/// the database. Writes what `JSONOutput.referenceData` writes for the same value: members in the
/// order their keys sort (the caller writes them in that order; debug builds check it), strings
/// escaped as `JSONNode` escapes them, `nil` optional members left out.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.beginObject()
/// writer.member("id", 7)
/// writer.member("name", "Bury")
/// writer.endObject()
/// // writer.bytes == Array(#"{"id":7,"name":"Bury"}"#.utf8)
/// ```
///
/// Limits: keys are static ASCII text written as given (no escaping, no snake_case conversion);
/// numbers are integers only.
public struct JSONWriter {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next member or element needs a comma before it.
    private var needsComma = false
    #if DEBUG
    /// The last key written at each open object, to check that keys come sorted.
    private var lastKeys: [String?] = []
    #endif

    /// An empty writer with room for `capacity` bytes.
    public init(capacity: Int = 4_096) { bytes.reserveCapacity(capacity) }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
        #if DEBUG
        lastKeys.removeLast()
        #endif
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"key":`; the value written next is the member's.
    public mutating func key(_ key: StaticString) {
        #if DEBUG
        let text = key.description
        if let last = lastKeys.last ?? nil {
            assert(last < text, "JSONWriter: key '\(text)' written after '\(last)': members must come in sorted order")
        }
        if !lastKeys.isEmpty { lastKeys[lastKeys.count - 1] = text }
        #endif
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    // MARK: Values

    public mutating func null() {
        separate()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) // null
        needsComma = true
    }

    public mutating func value(_ flag: Bool) {
        separate()
        if flag {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) // true
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) // false
        }
        needsComma = true
    }

    public mutating func value(_ number: Int64) {
        separate()
        appendDigits(number)
        needsComma = true
    }

    public mutating func value(_ number: Int) { value(Int64(number)) }

    public mutating func value(_ text: String) {
        separate()
        JSONNode.writeString(text, to: &bytes)
        needsComma = true
    }

    /// A day as `"YYYY-MM-DD"`, as `Day` encodes itself.
    public mutating func value(_ day: Day) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendPadded(day.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(day.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(day.day, width: 2)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A text-valued enumeration by its raw value.
    public mutating func value<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String { self.value(value.rawValue) }

    /// A nested value that writes itself.
    public mutating func value(_ nested: some JSONWritable) { nested.writeJSON(to: &self) }

    // MARK: Members

    public mutating func member(_ name: StaticString, _ flag: Bool) { key(name); value(flag) }
    public mutating func member(_ name: StaticString, _ number: Int64) { key(name); value(number) }
    public mutating func member(_ name: StaticString, _ number: Int) { key(name); value(number) }
    public mutating func member(_ name: StaticString, _ text: String) { key(name); value(text) }
    public mutating func member(_ name: StaticString, _ day: Day) { key(name); value(day) }
    public mutating func member<Value: RawRepresentable>(_ name: StaticString, _ value: Value) where Value.RawValue == String {
        key(name); self.value(value.rawValue)
    }

    // An optional member is left out when nil, as synthesized `Encodable` conformances do.
    public mutating func member(_ name: StaticString, _ number: Int64?) { if let number { member(name, number) } }
    public mutating func member(_ name: StaticString, _ text: String?) { if let text { member(name, text) } }
    public mutating func member(_ name: StaticString, _ day: Day?) { if let day { member(name, day) } }

    // MARK: Bytes

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendDigits(_ number: Int64) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private mutating func appendPadded(_ number: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = number
        if rest >= divisor * 10 { appendDigits(Int64(rest)); return }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}

/// A value that writes its own JSON with `JSONWriter`, byte for byte what its `Encodable`
/// conformance gives under `JSONOutput`'s settings (the tests hold each to that).
public protocol JSONWritable {
    func writeJSON(to writer: inout JSONWriter)
}

extension Array: JSONWritable where Element: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.writeJSON(to: &writer) }
        writer.endArray()
    }
}
