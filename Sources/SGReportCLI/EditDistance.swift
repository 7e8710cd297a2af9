/// "Did you mean" for commands, flags and enumerated values.
public enum EditDistance {
    /// Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.
    /// `distance("summarize", "summarise") == 1`, `distance("jsno", "json") == 1`.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The candidate `word` most likely stands for, or nil when none is close.
    ///
    /// Case-insensitive. A candidate that `word` is a prefix of (at least 3 letters) counts as close when it is
    /// the only one; otherwise the nearest within max(2, length / 3) edits wins, ties going to the earlier candidate.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return nil }
        if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
        if lowered.count >= 3 {
            let prefixed = candidates.filter { $0.lowercased().hasPrefix(lowered) }
            if prefixed.count == 1 { return prefixed[0] }
        }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = distance(lowered, candidate.lowercased())
            let limit = max(2, candidate.count / 3)
            guard d <= limit, d < lowered.count else { continue }
            if best == nil || d < best?.distance ?? Int.max { best = (candidate, d) }
        }
        return best?.candidate
    }
}
