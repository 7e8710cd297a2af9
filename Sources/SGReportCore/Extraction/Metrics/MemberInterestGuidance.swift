/// Recognises the guidance on councillors' interests that agenda packs print before the business: "Shares etc
/// (with either a total nominal value above £25,000 or 1% of the total issued share capital)" is a legal
/// threshold, not a fact about children, so the passage gives no metrics (words: `MetricVocabulary`).
enum MemberInterestGuidance {
    /// Whether the tokens in `range` use the guidance's words ("pecuniary", "DPI", "share capital").
    static func mentioned(in t: [Token], _ range: Range<Int>) -> Bool {
        for k in range {
            let w = t[k].lower
            if MetricVocabulary.memberInterestWords.contains(w) { return true }
            for phrase in MetricVocabulary.memberInterestPhrases where phrase[0] == w && k + phrase.count <= range.upperBound {
                if (1..<phrase.count).allSatisfy({ t[k + $0].lower == phrase[$0] }) { return true }
            }
        }
        return false
    }

    /// The sections of `outline` titled in the guidance's words ("What is a 'disclosable pecuniary interest'?").
    static func sections(of outline: Outline) -> Set<Int> {
        var out = Set<Int>()
        for (i, section) in outline.sections.enumerated() {
            let t = Tokenizer.tokens(section.displayTitle)
            if mentioned(in: t, 0..<t.count) { out.insert(i) }
        }
        return out
    }
}
