/// The stable key of a record whose natural key may repeat (an activity, a follow-up): a UUID the
/// database gives the record when it is stored and never changes. Export writes it, so that an
/// import can tell apart records that agree in every other column.
public enum RecordRef {
    /// Reads a ref as export writes it, `1b4e28ba-2fa1-11d2-883f-0016d3cca427`, in either case.
    /// - Parameter text: The ref as written.
    /// - Returns: The ref in lower case, as PostgreSQL writes a uuid.
    /// - Throws: `EngageError.invalid` when it is not a UUID in that form.
    public static func parse(_ text: String) throws(EngageError) -> String {
        let utf8 = Array(text.utf8)
        let dashes = [8, 13, 18, 23]
        let wellFormed = utf8.count == 36 && utf8.indices.allSatisfy { index in
            dashes.contains(index) ? utf8[index] == UInt8(ascii: "-") : isHexDigit(utf8[index])
        }
        guard wellFormed else {
            throw EngageError(.invalid, "'\(text)' is not a ref",
                              hint: "a ref is the UUID export writes, e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427; leave it blank for a new record")
        }
        return text.lowercased()
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }
}
