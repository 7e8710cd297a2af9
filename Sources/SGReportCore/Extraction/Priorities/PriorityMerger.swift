/// Makes one record of each priority: a priority restated in a summary and again in its own section is one,
/// with the fuller title, the first mention's line, and the notes of both.
///
/// "Healthy relationships and Child Sexual Exploitation" (line 85) and "Healthy relationships and risk of Child
/// Sexual Exploitation" (line 210) → one priority at line 85 titled with the longer wording.
enum PriorityMerger {
    static func merge(_ drafts: [PriorityDraft]) -> [PriorityDraft] {
        var merged: [PriorityDraft] = []
        var keys: [Key] = []
        for draft in drafts.sorted(by: { $0.line < $1.line }) {
            let key = Key(words(draft.title))
            guard !key.words.isEmpty else { continue }
            if let k = merged.indices.first(where: { merged[$0].scope == draft.scope && same(keys[$0], key) }) {
                merged[k] = combine(merged[k], draft)
                keys[k] = Key(words(merged[k].title))
            } else {
                merged.append(draft)
                keys.append(key)
            }
        }
        return merged
    }

    /// Lowercase words of a title without punctuation or quotes: "The 'lived experience' of the child" →
    /// ["the", "lived", "experience", "of", "the", "child"].
    static func words(_ title: String) -> [String] {
        TextShape.words(TextShape.key(title)).map(String.init)
    }

    /// A title's words and its significant words, made once per title: every draft is compared with every record.
    struct Key {
        let words: [String]
        let significant: Set<String>

        init(_ words: [String]) {
            self.words = words
            self.significant = Set(words.filter { !StructureVocabulary.minorWords.contains($0) })
        }
    }

    /// One title contains the other (as whole words, and not a mere fragment of it), or they share most words.
    static func same(_ a: [String], _ b: [String]) -> Bool {
        same(Key(a), Key(b))
    }

    private static func same(_ ka: Key, _ kb: Key) -> Bool {
        let (a, b) = (ka.words, kb.words)
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short == long { return true }
        if Double(short.count) >= 0.4 * Double(long.count), contains(long, short) { return true }
        let (sa, sb) = (ka.significant, kb.significant)
        guard sa.count >= 3, sb.count >= 3 else { return false }
        // Counted, not built: every draft is compared with every record.
        let (small, large) = sa.count <= sb.count ? (sa, sb) : (sb, sa)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(shared) / Double(sa.count + sb.count - shared) >= 0.75
    }

    private static func contains(_ long: [String], _ short: [String]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where long[start] == short[0] {
            if Array(long[start..<(start + short.count)]) == short { return true }
        }
        return false
    }

    private static func combine(_ first: PriorityDraft, _ second: PriorityDraft) -> PriorityDraft {
        var result = first
        if second.title.count > first.title.count { result.title = second.title }
        result.number = first.number ?? second.number
        result.status = first.status ?? second.status
        result.section = first.section ?? second.section
        result.actions += second.actions.filter { !first.actions.contains($0) }
        result.progress += second.progress.filter { !first.progress.contains($0) }
        return result
    }
}
