/// The place or body a bare figure belongs to in a ranking or comparison, named at its clause's start and joined to
/// the figure by "with" or "on": "Carlisle is second with 138 followed by Copeland with 131" → 138 "Carlisle",
/// 131 "Copeland"; "just ahead of Carlisle on 150" → "Carlisle"; "followed by Hartlepool with one in 62"; or written
/// just before it in a list: "South Lakeland 61 and Eden 18" → 18 "Eden". Local news and JSNA pages rank districts
/// and councils so.
enum HolderName {
    /// The name, when the figure has no noun of its own after it (the caller's test, with `rivalLeads`) and a
    /// capitalised name opens its clause within a few words before "with" / "on".
    static func before(_ m: NumberMention, _ t: [Token], in sentence: Range<Int>, figureStarts: Set<Int>) -> String? {
        var k = m.first - 1
        while k >= sentence.lowerBound, fillers.contains(t[k].lower) { k -= 1 }
        guard k > sentence.lowerBound, joiners.contains(t[k].lower) else { return nil }
        // Walk back to the clause's start: a clause break, the sentence's start, or a word that opens a rival.
        var start = k
        while start - 1 >= sentence.lowerBound, k - start < maxReach {
            let j = start - 1
            if SentenceSplitter.isClauseBreak(t, j) || clauseOpeners.contains(t[j].lower) { break }
            if figureStarts.contains(j) || t[j].kind != .word { return nil }
            start -= 1
        }
        guard start < k, start == sentence.lowerBound || clauseOpeners.contains(t[start - 1].lower)
            || SentenceSplitter.isClauseBreak(t, start - 1)
        else { return nil }
        var end = start
        while end < k, isNameWord(t[end]) || end > start && t[end].lower == "upon" { end += 1 }
        guard end > start, !nonNames.contains(t[start].lower) else { return nil }
        return t[start..<end].rendered
    }

    /// "South Lakeland 61 and Eden 18", "Barrow 45, Carlisle 38 and Copeland 21": in a list of places and their
    /// figures, the capitalised name just before a later figure, after "and" or a comma that follows the figure before.
    static func listed(_ m: NumberMention, _ t: [Token], in sentence: Range<Int>) -> String? {
        var k = m.first - 1
        while k > sentence.lowerBound, m.first - k <= 4, t[k].kind == .word, TextShape.startsUppercase(t[k].text) { k -= 1 }
        guard k > sentence.lowerBound, k < m.first - 1, ["and", ",", "&"].contains(t[k].lower), t[k - 1].kind == .number,
            !nonNames.contains(t[k + 1].lower), Calendar.months[t[k + 1].lower] == nil
        else { return nil }
        return t[(k + 1)..<m.first].rendered
    }

    /// Words after the figure that name no noun of its own but the next rival: "with 138 followed by Copeland".
    static let rivalLeads: Set<String> = ["followed", "ahead", "behind", "just", "then", "compared"]

    private static func isNameWord(_ tok: Token) -> Bool {
        tok.kind == .word && TextShape.startsUppercase(tok.text) && Calendar.months[tok.lower] == nil
            && !Calendar.weekdays.contains(tok.lower)
    }

    /// "with 138", "on 150": the words that join a holder to its figure.
    private static let joiners: Set<String> = ["with", "on"]
    /// Words between the joiner and the figure: "on just 20".
    private static let fillers: Set<String> = ["just", "only", "a", "total", "of"]
    /// Words before a clause's own name: "followed by Copeland", "ahead of Carlisle", "and Liverpool".
    private static let clauseOpeners: Set<String> = ["by", "of", "and", "while", "whilst", "but", "whereas", "than", "behind"]
    /// A clause's first capitalised word that names no place or body.
    private static let nonNames: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "there", "here", "we", "our", "they", "their", "in", "on",
        "at", "for", "with", "of", "a", "an", "as", "all", "each", "every", "some", "most", "many", "children", "young",
    ]
    /// How far back the clause's start may be: "Barrow has among the highest rates in Cumbria with 150".
    private static let maxReach = 10
}
