/// Suggestions for a name that matched nothing: "did you mean 'Somerset'?".
public enum NearestNames {
    /// The candidates closest to `name`, ignoring case and punctuation, ranked: names it starts or is
    /// contained in; then names within a small edit distance (about one typo in three letters); then
    /// names sharing its first three letters ("Bucks" → "Buckinghamshire"). Only the best rank found
    /// is returned, so a near-perfect match is not drowned by weaker ones.
    /// - Parameters:
    ///   - name: What the user typed.
    ///   - candidates: The names that exist.
    ///   - limit: How many to return at most.
    public static func suggestions(for name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let wanted = fold(name)
        guard !wanted.isEmpty else { return [] }
        let threshold = max(2, wanted.count / 3)
        let scored = candidates.compactMap { candidate -> (name: String, score: Int)? in
            let folded = fold(candidate)
            if folded.hasPrefix(wanted) || (wanted.count >= 4 && folded.contains(wanted)) { return (candidate, 0) }
            let distance = editDistance(wanted, folded)
            if distance <= threshold { return (candidate, distance) }
            if wanted.count >= 3, folded.hasPrefix(Array(wanted.prefix(3))) { return (candidate, threshold + 1) }
            return nil
        }
        guard let best = scored.map(\.score).min() else { return [] }
        return scored.filter { $0.score == best }.map(\.name).sorted().prefix(limit).map { $0 }
    }

    /// "did you mean 'A' or 'B'?", or `otherwise` when nothing is close.
    public static func hint(for name: String, among candidates: [String], otherwise: String) -> String {
        let near = suggestions(for: name, among: candidates)
        return near.isEmpty ? otherwise : "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    private static func fold(_ text: String) -> [Character] {
        Array(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Levenshtein distance, two rows at a time.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

private extension Array where Element == Character {
    func hasPrefix(_ prefix: [Character]) -> Bool { count >= prefix.count && Array(self[..<prefix.count]) == prefix }

    func contains(_ part: [Character]) -> Bool {
        guard part.count <= count else { return false }
        return (0...(count - part.count)).contains { Array(self[$0..<($0 + part.count)]) == part }
    }
}
