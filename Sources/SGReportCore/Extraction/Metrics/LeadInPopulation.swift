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
        let w = t[m.end].lower
        return MetricVocabulary.auxiliaries.contains(w) || MetricVocabulary.objectVerbs.contains(w) || w.hasSuffix("ed") && w.utf8.count > 4
            || itemPrepositions.contains(w)
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
