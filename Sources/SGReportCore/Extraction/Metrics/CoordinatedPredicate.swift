/// The second of two predicates that share a subject, each with a share of its own: "Police attended 70% of ICPCs
/// and submitted reports to 93% of meetings" → 93% "Police submitted reports to meetings"; "Education attended 73% of
/// applicable ICPCs, and submitted reports to 77%" → 77% "Education submitted reports". Annual reports write each
/// agency's part in child protection conferences so.
enum CoordinatedPredicate {
    /// Whether "and" at `k` opens such a predicate: a verb after it, and a figure of its own within a few words. The
    /// label of the first predicate's figure stops there.
    static func opens(at k: Int, _ t: [Token], in sentence: Range<Int>, figureStarts: Set<Int>) -> Bool {
        guard t[k].lower == "and", k + 1 < sentence.upperBound, isVerb(t[k + 1]) else { return false }
        var j = k + 2
        var depth = 0
        while j < min(sentence.upperBound, k + 18) {
            if t[j].text == "(" { depth += 1 } else if t[j].text == ")" { depth -= 1 }
            if depth == 0, figureStarts.contains(j) { return !isTimescale(at: j, t, in: sentence) }
            // "… and distributed within 20 working days": a limit, not a figure, comes first.
            if t[j].kind == .number || t[j].lower == "within" { return false }
            if depth == 0, SentenceSplitter.isClauseBreak(t, j) { return false }
            j += 1
        }
        return false
    }

    /// The words of a share's label in the second predicate: the first predicate's subject, this predicate's words, and
    /// what the share is "of" (the labeler trims them as any label). Nil unless the figure names nothing after it but
    /// "of …" (a count names its own noun).
    static func words(for m: NumberMention, _ t: [Token], in sentence: Range<Int>, figureStarts: Set<Int>) -> [Token]? {
        let ofObject = m.end + 1 < sentence.upperBound && t[m.end].lower == "of" && t[m.end + 1].kind == .word
        guard m.unit == .percent || ofObject, let and = start(of: m, t, in: sentence, figureStarts: figureStarts) else { return nil }
        // The first predicate's figure, past its "of …" words (and a comma), and the verb before it.
        var f = and - 1
        while f > sentence.lowerBound, and - f < 10, !figureStarts.contains(f) { f -= 1 }
        guard figureStarts.contains(f), f - 1 > sentence.lowerBound, isVerb(t[f - 1]) else { return nil }
        let subjectStart = MetricLabeler.clauseStart(before: f - 1, t, in: sentence, figureStarts: figureStarts)
        guard subjectStart < f - 1 else { return nil }
        var predicate = Array(t[(and + 1)..<m.first])
        var object: [Token] = []
        if ofObject {
            var e = m.end + 1
            while e < sentence.upperBound, e - m.end <= 6, t[e].kind == .word, !MetricVocabulary.clauseConjunctions.contains(t[e].lower) {
                e += 1
            }
            object = Array(t[(m.end + 1)..<e])
        } else if let last = predicate.last, MetricVocabulary.prepositions.contains(last.lower) {
            predicate.removeLast()
        }
        if object.first?.lower == "the" { object.removeFirst() }
        return Array(t[subjectStart..<(f - 1)]) + predicate + object
    }

    /// The "and" that opens the figure's predicate: back from the figure over words (a parenthesis whole), with a
    /// verb just after it.
    private static func start(of m: NumberMention, _ t: [Token], in sentence: Range<Int>, figureStarts: Set<Int>) -> Int? {
        var k = m.first - 1
        var depth = 0
        while k > sentence.lowerBound, m.first - k <= 16 {
            let tok = t[k]
            if tok.text == ")" {
                depth += 1
            } else if tok.text == "(" {
                depth -= 1
                if depth < 0 { return nil }
            } else if depth == 0 {
                if tok.lower == "and" { return k + 1 < m.first && isVerb(t[k + 1]) ? k : nil }
                if tok.kind != .word || figureStarts.contains(k) { return nil }
            }
            k -= 1
        }
        return nil
    }

    /// "… written and distributed within 20 working days": a time limit of the same predicate, no figure of its own.
    private static func isTimescale(at j: Int, _ t: [Token], in sentence: Range<Int>) -> Bool {
        if j > sentence.lowerBound, t[j - 1].lower == "within" { return true }
        var k = j + 1
        while k < sentence.upperBound, MetricVocabulary.durationAdjectives.contains(t[k].lower) { k += 1 }
        return k < sentence.upperBound && MetricVocabulary.durationUnits[t[k].lower] != nil
    }

    private static func isVerb(_ tok: Token) -> Bool {
        tok.kind == .word && (MetricVocabulary.objectVerbs.contains(tok.lower) || tok.lower.hasSuffix("ed") && tok.lower.utf8.count > 4)
    }
}
