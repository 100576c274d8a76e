/// Folding what people type into a lookup key: lower case, letters and digits only, so
/// "Yorkshire & the Humber", "yorkshire-and-the-humber" and "YORKSHIRE AND THE HUMBER" meet.
enum KeyFolding {
    /// The folded key. ASCII is handled byte by byte; other characters by their Unicode properties.
    static func fold(_ text: String, ampersandAsAnd: Bool = false) -> String {
        // Already a key (lower-case ASCII letters and digits, as files and exports write them).
        if text.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) { return text }
        var key = ""
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: key.unicodeScalars.append(scalar)
            case 0x41...0x5A: key.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            case 0x26 where ampersandAsAnd: key += "and"
            case 0..<0x80: continue
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    key += String(scalar).lowercased()
                }
            }
        }
        return key
    }

    /// A table from folded keys to values, built once: every value's own spellings, then aliases.
    static func table<Value>(_ values: [Value], spellings: (Value) -> [String], aliases: [String: Value] = [:],
                             ampersandAsAnd: Bool = false) -> [String: Value] {
        var table: [String: Value] = [:]
        for value in values {
            for spelling in spellings(value) { table[fold(spelling, ampersandAsAnd: ampersandAsAnd)] = value }
        }
        for (alias, value) in aliases { table[fold(alias, ampersandAsAnd: ampersandAsAnd)] = value }
        return table
    }
}
