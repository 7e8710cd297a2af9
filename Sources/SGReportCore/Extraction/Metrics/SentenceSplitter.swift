/// Splits a block's tokens into sentences, so a figure's context is read from its own sentence:
/// "… to 9.4. Compared to 3.9 nationally." → two sentences. "Yr. 6", "approx. 100" and "4.16" do not end one.
enum SentenceSplitter {
    /// Few real sentences run this long; past it a run-on "sentence" (minutes listing a quarter's figures
    /// clause by clause, a converted table flattened into one line, a hostile input) is cut at its next
    /// clause break, past twice this at any space between words, and past four times this after any word or
    /// mark, so the work per figure stays bounded and the whole stays linear. Before that, never inside a
    /// figure ("89.8") or between a figure and its unit.
    static let maxTokens = 160

    static func sentences(_ t: [Token], in range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if endsSentence(t, i, range) || runsOn(t, i, from: start, range) {
                out.append(start..<(i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
        return out
    }

    private static func runsOn(_ t: [Token], _ i: Int, from start: Int, _ range: Range<Int>) -> Bool {
        let length = i - start + 1
        guard length >= maxTokens, t[i].kind != .number, i + 1 < range.upperBound else { return false }
        // A run with no spaces at all ("1,234,1,234,…", a hostile line) is cut after any mark.
        if length >= 4 * maxTokens { return true }
        guard t[i + 1].spaced else {
            // "1,234,1,234": a comma glued between figures that is no thousands separator (the next has not three digits).
            return t[i].text == "," && t[i + 1].kind == .number && t[i + 1].text.utf8.count != 3
        }
        if length >= 2 * maxTokens { return t[i].kind == .mark || t[i].lower != "per" }
        return t[i].kind == .mark && (t[i].text == ";" || isClauseBreak(t, i))
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
    /// The comma of a list of single words inside a name: "not in education, employment or training", "health,
    /// education and social care" (also "A, B, and C"), which a label reads through.
    static func isListComma(_ t: [Token], _ k: Int) -> Bool {
        func word(_ j: Int) -> Bool { j < t.count && t[j].kind == .word && !MetricVocabulary.auxiliaries.contains(t[j].lower) }
        func joins(_ j: Int) -> Bool { j < t.count && (t[j].lower == "or" || t[j].lower == "and") }
        guard k > 0, k < t.count, t[k].text == ",", t[k - 1].kind == .word, k + 1 < t.count else { return false }
        // The last comma of "abuse, neglect, or family dysfunction".
        if joins(k + 1) { return word(k + 2) && k >= 3 && t[k - 2].text == "," && t[k - 3].kind == .word }
        guard word(k + 1) else { return false }
        if joins(k + 2) { return word(k + 3) }
        // "A, B, C or D", "A, B, and C"
        return k + 2 < t.count && t[k + 2].text == "," && (isListComma(t, k + 2) || joins(k + 3) && word(k + 4))
    }

    static func isClauseBreak(_ t: [Token], _ k: Int) -> Bool {
        guard k >= 0, k < t.count, t[k].kind == .mark, [",", ";", ":"].contains(t[k].text) else { return false }
        if !t[k].spaced, k > 0, k + 1 < t.count, t[k - 1].kind == .number, t[k + 1].kind == .number, !t[k + 1].spaced { return false }
        return true
    }
}
