/// Turns coding keys into snake_case the way Foundation's `JSONEncoder.KeyEncodingStrategy
/// .convertToSnakeCase` does, so that both encoders name members alike: words split where a
/// lower-case letter meets an upper-case one, and before the last capital of a run of capitals
/// followed by a lower-case letter (`myURLValue` → `my_url_value`); digits split nothing
/// (`days0To30` → `days0_to30`).
///
/// Limit: only ASCII letters count as upper or lower case; engage's keys are Swift identifiers
/// in ASCII. Results are kept per encoder run, since list answers repeat the same keys.
struct SnakeCase {
    private var known: [String: String] = [:]

    /// The snake_case form of `key`.
    mutating func convert(_ key: String) -> String {
        if let converted = known[key] { return converted }
        let converted = Self.convert(Array(key.utf8))
        known[key] = converted
        return converted
    }

    private static func convert(_ bytes: [UInt8]) -> String {
        guard !bytes.isEmpty else { return "" }
        let isUpper = { (byte: UInt8) in (0x41...0x5A).contains(byte) }
        let isLower = { (byte: UInt8) in (0x61...0x7A).contains(byte) }
        var words: [Range<Int>] = []
        var wordStart = 0
        var searchStart = 1
        while let upper = (searchStart..<bytes.count).first(where: { isUpper(bytes[$0]) }) {
            words.append(wordStart..<upper)
            guard let lower = (upper..<bytes.count).first(where: { isLower(bytes[$0]) }) else {
                wordStart = upper
                break
            }
            if lower == upper + 1 {
                wordStart = upper
            } else {
                words.append(upper..<(lower - 1))
                wordStart = lower - 1
            }
            searchStart = lower + 1
        }
        words.append(wordStart..<bytes.count)
        let lowered = words.map { range in bytes[range].map { isUpper($0) ? $0 + 32 : $0 } }
        return String(decoding: Array(lowered.joined(separator: [UInt8(ascii: "_")])), as: UTF8.self)
    }
}
