/// Names the thing a figure measures, from its sentence's own words: the noun phrase after the figure
/// ("10,178 contacts were made to the Multi Agency Safeguarding Hub (MASH)" → "contacts made to the Multi Agency
/// Safeguarding Hub (MASH)"), or the subject before it ("The Rate of referrals per 10,000 is 641" → "Rate of referrals per 10,000").
struct MetricLabeler {
    let tokens: [Token]
    let sentence: Range<Int>
    /// Token ranges of every figure in the sentence (metrics and their parts), where a label phrase stops.
    let figureStarts: Set<Int>
    let periods: PeriodFinder

    func label(for m: NumberMention, unit: Metric.Unit, isChange: Bool, fallback: String?) -> String {
        let after = afterPhrase(m)
        let subject = subjectPhrase(m)
        let usableSubject = subject.flatMap { isPronoun($0) ? nil : $0 }
        var choice: String?
        if m.inParentheses, parenthesisHoldsWords(m) || after == nil {
            choice = parenthesisLead(m) ?? usableSubject ?? after
        } else if unit == .rate || isChange {
            choice = usableSubject ?? after
        } else {
            choice = after ?? usableSubject
        }
        if let c = choice, !c.isEmpty { return c }
        if let fallback { return fallback }
        return loosePhrase(m) ?? "figure"
    }

    private var t: [Token] { tokens }

    private func isPronoun(_ s: String) -> Bool {
        let words = s.lowercased().split(separator: " ")
        return words.count <= 2 && words.allSatisfy { MetricVocabulary.pronouns.contains(String($0)) || $0 == "is" || $0 == "rises" }
    }

    // MARK: - After the figure

    /// The words after the figure up to the next clause mark, comparison or figure.
    private func afterPhrase(_ m: NumberMention) -> String? {
        var k = m.end
        if m.inParentheses, k < sentence.upperBound, t[k].text == ")" { k += 1 }
        if k < sentence.upperBound, t[k].lower == "of" { k += 1 }
        while k < sentence.upperBound, MetricVocabulary.auxiliaries.contains(t[k].lower) { k += 1 }
        guard k < sentence.upperBound, t[k].kind == .word || t[k].text == "'" || t[k].text == "‘" else { return nil }
        guard !MetricVocabulary.prepositions.contains(t[k].lower) else { return nil }
        let words = collect(from: k, limit: 16)
        return words.isEmpty ? nil : words
    }

    /// Reads words from `k` until a stop; keeps short parenthesised names ("(MASH)", "(ICPCs)").
    private func collect(from start: Int, limit: Int) -> String {
        var out: [Token] = []
        var k = start
        var words = 0
        while k < sentence.upperBound, words < limit {
            let tok = t[k]
            if k != start, figureStarts.contains(k) { break }
            if periods.periods.contains(where: { $0.first == k }) { break }
            if tok.kind == .mark {
                if SentenceSplitter.isClauseBreak(t, k) || [".", "!", "?", "–", "—"].contains(tok.text) && !(tok.text == "." && !tok.spaced && k + 1 < sentence.upperBound && !t[k + 1].spaced) { break }
                if tok.text == "(" {
                    guard let close = shortParenthesis(k) else { break }
                    out.append(contentsOf: t[k...close])
                    k = close + 1
                    continue
                }
                if tok.text == ")" { break }
            }
            if tok.kind == .word {
                let w = tok.lower
                if k != start, MetricVocabulary.labelStops.contains(w) { break }
                if (w == "a" || w == "an"), k + 1 < sentence.upperBound,
                    MetricVocabulary.changeNouns.contains(t[k + 1].lower) || t[k + 1].lower == "significant" || t[k + 1].lower == "slight"
                {
                    break
                }
                if (w == "up" || w == "down"), k + 1 < sentence.upperBound, ["from", "by", "to"].contains(t[k + 1].lower) { break }
                if w == "and", k + 1 < sentence.upperBound, figureStarts.contains(k + 1) { break }
                // "in 2019-20", "during 2019/20", "as at 31st March 2020": the period is not part of the name.
                if ["in", "during", "at", "as", "on", "for", "by", "over", "since", "from", "between", "throughout"].contains(w),
                    periodStarts(within: k + 1...min(k + 3, sentence.upperBound - 1))
                {
                    break
                }
                if MetricVocabulary.auxiliaries.contains(w), w != "been", w != "be" { k += 1; continue }
                words += 1
            }
            if tok.kind == .number, k != start, figureStarts.contains(k) { break }
            out.append(tok)
            k += 1
        }
        return render(trimmed(out))
    }

    private func periodStarts(within r: ClosedRange<Int>) -> Bool {
        periods.periods.contains { r.contains($0.first) } || r.contains(where: { ["previous", "last", "year", "quarter"].contains(t[$0].lower) && $0 == r.lowerBound })
    }

    /// A parenthesis of a few words and no figure: "(MASH)", "(safeguarding concerns)"; returns its closing index.
    private func shortParenthesis(_ open: Int) -> Int? {
        var k = open + 1
        while k < sentence.upperBound, k - open <= 6 {
            if t[k].text == ")" { return k > open + 1 ? k : nil }
            if figureStarts.contains(k) || t[k].text == "(" { return nil }
            k += 1
        }
        return nil
    }

    // MARK: - Before the figure

    /// The subject of the figure's clause, up to its verb: "The number of child protection plans ending this year
    /// has decreased …" → "child protection plans ending this year".
    private func subjectPhrase(_ m: NumberMention) -> String? {
        var start = m.first
        while start - 1 >= sentence.lowerBound {
            let tok = t[start - 1]
            if SentenceSplitter.isClauseBreak(t, start - 1) || ["–", "—", "•"].contains(tok.text) { break }
            start -= 1
        }
        // "(56%)" after "the main factor": the subject ends at the parenthesis.
        var end = m.first
        if m.inParentheses, end - 1 >= start, t[end - 1].text == "(" { end -= 1 }
        var k = start
        // Leading period phrases and figures' residue: "In 2019-20", "At the end of quarter 4", "10:00 –".
        k = skipLeadingPeriod(from: k, to: end)
        var out: [Token] = []
        while k < end {
            let tok = t[k]
            if tok.kind == .word, MetricVocabulary.subjectVerbs.contains(tok.lower), !out.isEmpty { break }
            if tok.kind == .word, tok.lower == "which" || tok.lower == "that", !out.isEmpty { break }
            out.append(tok)
            k += 1
        }
        var words = out
        stripLeads(&words)
        let text = render(trimmed(words))
        return text.isEmpty ? nil : text
    }

    private func skipLeadingPeriod(from start: Int, to end: Int) -> Int {
        var k = start
        var changed = true
        while changed, k < end {
            changed = false
            while k < end, t[k].kind != .word, t[k].text != "'", t[k].text != "‘" { k += 1; changed = true }
            if let p = periods.periods.first(where: { $0.first >= k && $0.first <= k + 4 && $0.end <= end }) {
                let lead = t[k..<p.first].allSatisfy { ["in", "at", "on", "the", "end", "of", "as", "during", "by", "for", "overall", "since", "between"].contains($0.lower) || $0.text == "," }
                if lead {
                    k = p.end
                    changed = true
                }
            }
        }
        return k
    }

    private func stripLeads(_ words: inout [Token]) {
        var changed = true
        while changed {
            changed = false
            for lead in MetricVocabulary.subjectLeads where words.count > lead.count {
                if (0..<lead.count).allSatisfy({ words[$0].lower == lead[$0] }) {
                    words.removeFirst(lead.count)
                    changed = true
                }
            }
        }
    }

    /// For "(20 young people)" after "performing arts students": the words before the parenthesis.
    private func parenthesisLead(_ m: NumberMention) -> String? {
        subjectPhrase(m).flatMap { isPronoun($0) ? nil : $0 }
    }

    private func parenthesisHoldsWords(_ m: NumberMention) -> Bool {
        m.end < sentence.upperBound && t[m.end].kind == .word
    }

    /// Last resort: the sentence's words around the figure.
    private func loosePhrase(_ m: NumberMention) -> String? {
        var k = m.end
        while k < sentence.upperBound, t[k].kind != .word { k += 1 }
        let s = collect(from: k, limit: 10)
        return s.isEmpty ? nil : s
    }

    // MARK: - Rendering

    private func trimmed(_ tokens: [Token]) -> [Token] {
        var out = tokens
        while let last = out.last,
            last.kind == .word && MetricVocabulary.danglingWords.contains(last.lower) || last.kind == .mark && last.text != ")" && last.text != "'" && last.text != "’"
                || last.kind == .number
        {
            out.removeLast()
        }
        while let first = out.first, first.kind == .mark && first.text != "'" && first.text != "‘" || first.kind == .word && ["and", "of", "the", "a", "an"].contains(first.lower) && out.count > 1 {
            out.removeFirst()
        }
        // Unbalanced quotes or parentheses left by the cut.
        var depth = 0
        for (n, tok) in out.enumerated() {
            if tok.text == "(" { depth += 1 }
            if tok.text == ")" {
                if depth == 0 { return trimmed(Array(out[..<n])) }
                depth -= 1
            }
        }
        if depth > 0, let open = out.lastIndex(where: { $0.text == "(" }) { return trimmed(Array(out[..<open])) }
        return out
    }

    private func render(_ tokens: [Token]) -> String {
        var s = ""
        for (n, tok) in tokens.enumerated() {
            if n > 0, tok.spaced { s += " " }
            s += tok.text
        }
        return s
    }
}
