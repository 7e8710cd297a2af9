/// Splits a block's tokens into sentences, so a figure's context is read from its own sentence:
/// "… to 9.4. Compared to 3.9 nationally." → two sentences. "Yr. 6", "approx. 100" and "4.16" do not end one.
enum SentenceSplitter {
    /// No real sentence runs this long; a run-on "sentence" (a converted table flattened into one line,
    /// a hostile input) is cut into pieces of this many tokens, so the work per figure stays bounded
    /// and the whole stays linear.
    static let maxTokens = 160

    static func sentences(_ t: [Token], in range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if endsSentence(t, i, range) || (i - start + 1 >= maxTokens && t[i].kind != .number) {
                out.append(start..<(i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }

    private static func endsSentence(_ t: [Token], _ i: Int, _ range: Range<Int>) -> Bool {
        // Most tokens are words or numbers: the kind is compared before any text.
        guard t[i].kind == .mark else { return false }
        let mark = t[i].text
        guard mark == "." || mark == "!" || mark == "?" else { return false }
        let next = i + 1
        guard next < range.upperBound else { return false }
        // A full stop glued to what follows is a decimal point or part of a name ("4.16", "e.g.").
        guard t[next].spaced else { return false }
        if mark == ".", i > range.lowerBound, t[i - 1].kind == .word, MetricVocabulary.abbreviations.contains(t[i - 1].lower),
            t[i - 1].text.count <= 6
        {
            return false
        }
        let first = t[next].text.unicodeScalars.first
        return t[next].kind == .number || (first.map { $0.properties.isUppercase } ?? false) || t[next].kind == .mark
    }

    /// A comma, semicolon or colon between clauses; not the thousands separator of "10,178" or a clock's colon.
    static func isClauseBreak(_ t: [Token], _ k: Int) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .mark, [",", ";", ":"].contains(t[k].text) else { return false }
        if !t[k].spaced, k > 0, k + 1 < t.count, t[k - 1].kind == .number, t[k + 1].kind == .number, !t[k + 1].spaced { return false }
        return true
    }
}
