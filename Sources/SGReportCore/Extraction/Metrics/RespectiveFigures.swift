/// Figures a sentence pairs with the items of a list by "respectively": each takes its own item.
///
/// "The proportion of boys and girls on plans was 52% and 48% respectively." → "boys on plans" 52%, "girls on
/// plans" 48%. "Re-referral rates for 2022/23 and 2023/24 were 20% and 18% respectively." → 18% in 2023/24, its
/// previous value 20% in 2022/23.
enum RespectiveFigures {
    /// Shares the list among `drafts[first...]`, the figures the sentence `s` read, when it says "respectively".
    static func distribute(_ drafts: inout [MetricDraft], from first: Int, _ t: [Token], _ s: Range<Int>, periods: PeriodFinder) {
        guard let cue = t[s].lastIndex(where: { $0.lower == "respectively" }) else { return }
        // The figures before the cue are the list's ("… (28% and 17% of referrals respectively), followed by health
        // services (14%)": the later ones stand alone).
        let count = drafts[first...].prefix { $0.mention.end <= cue }.count
        guard (2...4).contains(count), drafts[first..<first + count].allSatisfy({ !$0.isChange }) else { return }
        let opening = drafts[first].mention.first
        // "Neglect and emotional abuse continue to be the largest categories … (45% and 44% respectively)": figures
        // set apart from their clause were labelled each by its own neighbours; the sentence's subject lists them.
        guard drafts[first..<first + count].allSatisfy({ $0.label == drafts[first].label }) else {
            if let labels = subject(t, s, before: opening).flatMap({ items(of: $0, count: count) }) {
                for (n, label) in labels.enumerated() { drafts[first + n].label = label }
            }
            return
        }
        let listed = periods.periods.filter { $0.first >= s.lowerBound && $0.end <= opening && !$0.isBase }
        if listed.count == count {
            for (n, p) in listed.enumerated() { drafts[first + n].period = p.label }
            if count == 2 { foldEarlierPeriod(&drafts, from: first) }
        } else if let labels = items(of: drafts[first].label, count: count) {
            for (n, label) in labels.enumerated() { drafts[first + n].label = label }
        }
    }

    /// "for 2022/23 and 2023/24 were 20% and 18%": two figures of one measure a year apart are a value and its
    /// previous one, as "increased from 20% in 2022/23 to 18% …" would be.
    private static func foldEarlierPeriod(_ drafts: inout [MetricDraft], from first: Int) {
        guard let a = drafts[first].period, let b = drafts[first + 1].period,
            drafts[first].mention.unit == drafts[first + 1].mention.unit, PeriodOrder.isEarlier(a, than: b),
            drafts[first + 1].previous == nil
        else { return }
        drafts[first + 1].previous = PreviousValue(value: drafts[first].value, period: a)
        drafts[first + 1].inferTrend()
        drafts.remove(at: first)
    }

    /// The label once for each item of the list it holds: "boys and girls on plans" → "boys on plans", "girls on
    /// plans"; "assessments completed within 45 days and 60 days" → "… within 45 days", "… within 60 days". Nil
    /// unless the label lists exactly `count` items.
    static func items(of label: String, count: Int) -> [String]? {
        let words = TextShape.words(label).map(String.init)
        let ands = words.indices.filter { ["and", "or", "&"].contains(words[$0].lowercased()) }
        guard ands.count == 1, let and = ands.first, and > 0, and + 1 < words.count else { return nil }
        // "A, B and C": the items before "and" are parted by commas.
        let commas = words[..<and].indices.filter { words[$0].hasSuffix(",") }
        guard commas.count == count - 2, commas.allSatisfy({ and - $0 <= 4 }) else { return nil }
        let lastItemEnd = words[(and + 1)...].indices.dropFirst().first { bounds.contains(words[$0].lowercased()) } ?? words.count
        let suffix = Array(words[lastItemEnd...])
        let lastItem = Array(words[(and + 1)..<lastItemEnd])
        // "children in need and children on plans": an item that opens as the label does is a whole phrase.
        if lastItem.first?.lowercased() == words[0].lowercased(), count == 2 {
            return [words[..<and].joined(separator: " "), words[(and + 1)...].joined(separator: " ")]
        }
        // Each item before "and" ends at its comma (the word carrying it) or at "and".
        let ends = commas.map { $0 + 1 } + [and]
        var firstStart = ends[0]
        while firstStart > 0, !bounds.contains(words[firstStart - 1].lowercased()) { firstStart -= 1 }
        guard firstStart < ends[0] else { return nil }
        let prefix = Array(words[..<firstStart])
        var items: [[String]] = []
        var start = firstStart
        for end in ends {
            items.append(words[start..<end].map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 })
            start = end
        }
        items.append(lastItem)
        // An item of one word shares the words after the last item's first: a number after a number ("within 5 and
        // 10 working days"), a modifier ("primary and secondary schools", "initial and review conferences").
        if let head = lastItem.first, lastItem.count > 1 {
            for n in items.indices.dropLast() where items[n].count == 1 {
                let word = items[n][0]
                guard Double(word) != nil && Double(head) != nil || MetricVocabulary.listedModifiers.contains(word.lowercased()) else { continue }
                items[n] += lastItem.dropFirst()
            }
        }
        guard items.allSatisfy({ !$0.isEmpty && $0.count <= 6 }) else { return nil }
        return items.map { (prefix + $0 + suffix).joined(separator: " ") }
    }

    /// The noun phrase a sentence opens with, up to its verb, when it ends before `end`: "Neglect and emotional abuse".
    private static func subject(_ t: [Token], _ s: Range<Int>, before end: Int) -> String? {
        var k = s.lowerBound
        if k < end, t[k].lower == "the" { k += 1 }
        let start = k
        while k < end, t[k].kind != .number,
            t[k].kind == .word || [",", "&", "'", "-"].contains(t[k].text),
            !MetricVocabulary.subjectVerbs.contains(t[k].lower), !MetricVocabulary.auxiliaries.contains(t[k].lower)
        {
            k += 1
        }
        guard k < end, k > start, t[k].kind == .word, k - start <= 12 else { return nil }
        return t[start..<k].rendered
    }

    /// Words that close a listed item: what follows them is shared by every item ("boys and girls on plans").
    private static let bounds: Set<String> = MetricVocabulary.prepositions.union([
        "the", "a", "an", "who", "which", "that", "were", "was", "are", "is", "had", "have", "has",
    ])
}
