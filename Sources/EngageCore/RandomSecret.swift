/// Random secrets for tokens, sessions and forms, from the system's secure generator.
public enum RandomSecret {
    /// `bytes` random bytes as lower-case hex (`bytes * 2` digits).
    public static func hex(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            .map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// Whether two secrets are equal, taking the same time wherever they differ (so a timing
    /// cannot reveal how much of a guess was right).
    public static func equal(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
