/// Finds the likely intended word for a typo, for "did you mean" hints.
public enum Suggestion {
    /// The candidate closest to `word` by Levenshtein distance, ignoring case.
    ///
    /// A candidate counts as close when its distance is at most `max(2, word.count / 3)`
    /// and smaller than its own length. Ties go to the earlier candidate.
    /// - Parameters:
    ///   - word: What the user typed.
    ///   - candidates: The words that would have been accepted.
    /// - Returns: The nearest close candidate, or `nil` when nothing is close.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        let threshold = max(2, typed.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = levenshtein(typed, Array(candidate.lowercased()))
            guard distance <= threshold, distance < candidate.count else { continue }
            if distance < best?.distance ?? Int.max {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The number of single-character insertions, deletions and substitutions turning `source` into `target`.
    static func levenshtein(_ source: [Character], _ target: [Character]) -> Int {
        guard !source.isEmpty else { return target.count }
        var previous = Array(0...target.count)
        for (row, sourceCharacter) in source.enumerated() {
            var current = [row + 1]
            for (column, targetCharacter) in target.enumerated() {
                let substitution = previous[column] + (sourceCharacter == targetCharacter ? 0 : 1)
                current.append(min(substitution, previous[column + 1] + 1, current[column] + 1))
            }
            previous = current
        }
        return previous[target.count]
    }
}
