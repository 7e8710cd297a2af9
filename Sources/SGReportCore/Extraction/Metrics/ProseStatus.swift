/// A red/amber/green rating a sentence gives its figure in words: "21% (target 20%) - RAG: Red", "88%, rated
/// Amber", "91% (GREEN)". Scorecard commentary writes the rating so when it has no column for it.
enum ProseStatus {
    /// The rating in sentence `s` and the token where it is written, if the sentence gives one.
    static func find(_ t: [Token], in s: Range<Int>) -> (status: RAGStatus, at: Int)? {
        for k in s where t[k].kind == .word {
            guard let status = fullWords[t[k].lower] else { continue }
            var j = k - 1
            // Quotes and a colon may stand between the cue and the word: "rated as ‘Green’", "RAG: Red".
            while j >= s.lowerBound, t[j].kind == .mark, [":", "‘", "'", "\"", "“", "-", "–"].contains(t[j].text) { j -= 1 }
            if j >= s.lowerBound, t[j].kind == .word, MetricVocabulary.statusCues.contains(t[j].lower) { return (status, k) }
            if j >= s.lowerBound, t[j].lower == "as", j - 1 >= s.lowerBound, MetricVocabulary.statusCues.contains(t[j - 1].lower) {
                return (status, k)
            }
            // "(AMBER)": the rating alone in capitals in parentheses.
            if k - 1 >= s.lowerBound, k + 1 < s.upperBound, t[k - 1].text == "(", t[k + 1].text == ")",
                t[k].text.allSatisfy({ $0.isUppercase })
            {
                return (status, k)
            }
        }
        return nil
    }

    /// Only whole words rate a figure in prose; the single letters of a table's RAG column are ordinary words here.
    private static let fullWords: [String: RAGStatus] = MetricVocabulary.statusWords.filter { $0.key.count > 1 }
}
