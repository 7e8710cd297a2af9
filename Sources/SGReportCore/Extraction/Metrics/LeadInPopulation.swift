/// The people or things a list's lead-in says its items' shares are of, when the items open with their verb:
/// "Of the services users engaged with Street Teams (in relation to CSE), by the end of the intervention:" over
/// "- 71% Made safer choices" → "services users engaged with Street Teams (in relation to CSE) made safer choices";
/// "Of these requests for help:" over "- 59.1% were via the Early Help Hub" → "requests for help via the Early Help Hub".
enum LeadInPopulation {
    /// The population named by the lead-in of list item `i`: the nearest block before it, past its sibling items and
    /// page furniture, that ends with ":" and whose last sentence opens "Of these/those/the …".
    static func of(_ i: Int, _ blocks: [Block]) -> String? {
        guard blocks[i].kind == .listItem else { return nil }
        var k = i - 1
        while k >= 0, i - k <= 40 {
            let b = blocks[k]
            if b.kind == .furniture || b.kind == .listItem && b.depth >= blocks[i].depth && !b.text.hasSuffix(":") {
                k -= 1
                continue
            }
            guard b.kind != .tableRow, b.kind != .contents, b.text.hasSuffix(":") else { return nil }
            return named(by: b.text)
        }
        return nil
    }

    /// "… 2018-19. Of these requests for help:" → "requests for help"; "Of the 120 children who left care:" →
    /// "children who left care". The phrase ends at a comma outside parentheses.
    static func named(by leadIn: String) -> String? {
        let t = Tokenizer.tokens(leadIn)
        var s = t.count - 1
        while s > 0, ![".", "!", "?"].contains(t[s - 1].text) { s -= 1 }
        guard s + 2 < t.count, t[s].lower == "of", determiners.contains(t[s + 1].lower) else { return nil }
        var start = s + 2
        while start < t.count, t[start].kind == .number || t[start].text == "," && start > s + 2 && t[start - 1].kind == .number {
            start += 1
        }
        var end = start
        var depth = 0
        while end < t.count - 1 {
            let mark = t[end].text
            if mark == "(" { depth += 1 } else if mark == ")" { depth -= 1 } else if depth == 0, mark == "," || mark == ":" { break }
            end += 1
        }
        guard end > start, end - start <= 14, t[start].kind == .word else { return nil }
        return t[start..<end].rendered
    }

    /// Whether a list item's figure opens it and its verb or preposition follows, with no noun of its own between:
    /// "71% Made safer choices", "59.1% were via the Early Help Hub".
    static func itemOpensWithPredicate(_ m: NumberMention, _ t: [Token], in s: Range<Int>) -> Bool {
        guard m.first == s.lowerBound, m.end < s.upperBound, t[m.end].kind == .word else { return false }
        return isVerb(t[m.end].lower) || itemPrepositions.contains(t[m.end].lower)
    }

    /// A verb that can follow a share whose population was named before: "were", "has", "attended", "progressed".
    private static func isVerb(_ w: String) -> Bool {
        MetricVocabulary.auxiliaries.contains(w) || ["has", "had", "have"].contains(w) || MetricVocabulary.objectVerbs.contains(w)
            || w.hasSuffix("ed") && w.utf8.count > 4
    }

    /// "Of the 2,800 referrals received in 2021/22, 1,120 (40%) progressed to an assessment" → "referrals received": the
    /// population a sentence opens with, for the figure right after its comma (or its period: "Of the referrals
    /// received in the year 2017/18 1,344 (85%) progressed …") whose verb follows it.
    static func openingClause(before m: NumberMention, _ t: [Token], in s: Range<Int>, periods: PeriodFinder) -> String? {
        guard m.first - 4 >= s.lowerBound, t[s.lowerBound].lower == "of", determiners.contains(t[s.lowerBound + 1].lower) else { return nil }
        let comma: Int
        if t[m.first - 1].text == "," {
            comma = m.first - 1
        } else if let p = periods.period(endingAt: m.first), p.first > s.lowerBound + 2 {
            comma = m.first
        } else {
            return nil
        }
        // The figure's verb follows it, past the same figure in another unit ("1,120 (40%) progressed").
        var k = m.end
        if k + 2 < s.upperBound, t[k].text == "(", t[k + 1].kind == .number {
            while k < s.upperBound, k - m.end < 6, t[k].text != ")" { k += 1 }
            k += 1
        }
        guard k < s.upperBound, t[k].kind == .word, isVerb(t[k].lower) else { return nil }
        var start = s.lowerBound + 2
        while start < comma, t[start].kind == .number || t[start].text == "," && t[start - 1].kind == .number { start += 1 }
        // "received in 2021/22": the period is the figure's, not the population's name.
        var end = comma
        if let p = periods.periods.first(where: { $0.first > start && $0.first < comma }) {
            end = p.first
            if end - 1 > start, MetricVocabulary.prepositions.contains(t[end - 1].lower) || t[end - 1].lower == "year" { end -= 1 }
            while end - 1 > start, ["the", "year", "in", "during"].contains(t[end - 1].lower) { end -= 1 }
        }
        guard end > start, end - start <= 14, t[start].kind == .word, !(start..<end).contains(where: { t[$0].kind == .number }) else { return nil }
        return t[start..<end].rendered
    }

    /// The label with the population before it, its first word in lower case unless it is an acronym ("Made" →
    /// "made", "MASH" stays).
    static func joined(_ population: String, _ label: String) -> String {
        guard let first = label.split(separator: " ").first, first.count > 1, first.dropFirst().allSatisfy(\.isLowercase) else {
            return population + " " + label
        }
        return population + " " + first.lowercased() + label.dropFirst(first.count)
    }

    private static let determiners: Set<String> = ["these", "those", "the", "all"]
    private static let itemPrepositions: Set<String> = ["via", "through", "from", "by", "in", "with", "at", "to"]
}
