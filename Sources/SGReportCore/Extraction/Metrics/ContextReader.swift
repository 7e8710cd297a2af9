/// What a figure is to the sentence it stands in: the measure itself, the size of a change, or a part of
/// another figure (its earlier value, a benchmark, a target).
///
/// "increased from 19% in 2018-19 to 24% in 2019-20 taking us above both statistical neighbours and England
/// (18% & 21% respectively)" → 19 previous of 24; 24 main; 18 comparator "statistical neighbours", 21 "England".
enum FigureRole: Sendable, Equatable {
    case main
    /// "reduced by 12%", "a 17.6% decrease": a metric of its own, carrying its direction.
    case change
    case previous
    case comparators([String])
    case target
}

enum ContextReader {
    /// The role of each figure of one sentence, and for parts the index (in `figures`) of the figure they belong to.
    static func read(
        _ figures: [NumberMention], _ t: [Token], sentence: Range<Int>, periods: PeriodFinder
    ) -> [(role: FigureRole, host: Int?)] {
        var roles = figures.map { role(of: $0, figures, t, sentence, periods) }
        // A part with nothing to belong to in its sentence is read as a figure of its own by the caller.
        var hosts: [Int?] = Array(repeating: nil, count: figures.count)
        for (i, r) in roles.enumerated() where r != .main && r != .change {
            hosts[i] = host(for: i, roles, figures, t, sentence)
        }
        // "(5,135 Referrals)" after "a 17.6% decrease from 2018-19": a previous value never belongs to a change.
        for i in roles.indices where roles[i] == .previous {
            if let h = hosts[i], roles[h] == .change { hosts[i] = nil }
            // "245 (rate 42.1 per 10,000), compared to 230 last year": an earlier value is of the figure of its unit.
            if let h = hosts[i], figures[h].unit != figures[i].unit,
                let same = (0..<i).reversed().first(where: { roles[$0] == .main && figures[$0].unit == figures[i].unit })
            {
                hosts[i] = same
            }
            // "lower than Q1 (339 trained out of 381) the attendance rate is higher (83%)": a count past a hundred is
            // no earlier value of a share.
            if let h = hosts[i], figures[h].unit == .percent, [.count, .fraction].contains(figures[i].unit), figures[i].value > 100 { hosts[i] = nil }
            // "a decrease of 6 per cent compared with 2014 and represents a rate of 47 children per 10,000": a rate
            // is no earlier value of a count or a share; it is a measure of its own.
            if figures[i].unit == .rate, hosts[i].map({ figures[$0].unit != .rate }) ?? true {
                roles[i] = .main
                hosts[i] = nil
            }
        }
        pairListedBenchmarks(&roles, &hosts, figures, t)
        return zip(roles, hosts).map { ($0, $1) }
    }

    /// "18% of primary … and 19% of secondary school children …, compared with 15% and 13% nationally": a benchmark
    /// named once after a list of values names each of them, and they pair in order with the report's own figures
    /// before them.
    private static func pairListedBenchmarks(_ roles: inout [FigureRole], _ hosts: inout [Int?], _ figures: [NumberMention], _ t: [Token]) {
        guard let last = roles.indices.last, case .comparators(let names) = roles[last], names.count == 1 else { return }
        var first = last
        while first > 0, roles[first - 1] == .previous, (figures[first - 1].end..<figures[first].first).allSatisfy({ ["and", ",", "&"].contains(t[$0].lower) }) {
            first -= 1
        }
        let count = last - first + 1
        let mains = Array(roles[..<first].indices.filter { roles[$0] == .main }.suffix(count))
        guard count >= 2, mains.count == count, (0..<count).allSatisfy({ figures[mains[$0]].unit == figures[first + $0].unit }) else { return }
        for n in 0..<count {
            roles[first + n] = .comparators(names)
            hosts[first + n] = mains[n]
        }
    }

    // MARK: - Roles

    private static func role(
        of m: NumberMention, _ figures: [NumberMention], _ t: [Token], _ s: Range<Int>, _ periods: PeriodFinder
    ) -> FigureRole {
        if isChange(m, t, s) { return .change }
        if isTarget(m, t, s) { return .target }
        let zone = inComparison(m, t, s)
        let names = comparatorNames(m, figures, t, s, inZone: zone)
        if !names.isEmpty { return .comparators(names) }
        if let name = benchmarkSubject(m, t, s, periods) { return .comparators([name]) }
        if zone, let group = peerGroup(after: m, t, s) { return .comparators([group]) }
        if zone { return namesOtherGroup(m, t, s, periods) ? .main : .previous }
        if figures.first != m, earlierLabel(m, t, s, periods) != nil || previousMarkerBefore(m, t, s) != nil { return .previous }
        // "fell from 155 in 2011 to 123 last year": the figure a change reaches is the current one, whatever
        // period is written after it.
        if changeOpening(closedBy: m, t, s) != nil { return .main }
        if followedByPreviousMarker(m, t, s) != nil { return .previous }
        if followsBasePeriod(m, t, s) { return .previous }
        return .main
    }

    /// "91% (2021-22: 87%)", "(last year 87%)", "(2022 – 87%)": the label of an earlier value written in parentheses
    /// before it, as annual reports set last year's figure beside this year's.
    static func earlierLabel(_ m: NumberMention, _ t: [Token], _ s: Range<Int>, _ periods: PeriodFinder) -> String? {
        guard let open = openingParenthesis(before: m, t, s), m.end < s.upperBound, [")", ";", ","].contains(t[m.end].text) else { return nil }
        let end = labelEnd(before: m, open: open, t)
        guard end - 1 > open else { return nil }
        if let p = periods.period(endingAt: end), p.first == open + 1 { return p.label }
        if end == open + 2, t[open + 1].text.utf8.count == 4, let year = t[open + 1].int, (1990...2100).contains(year) {
            return t[open + 1].text
        }
        return MetricVocabulary.previousMarkers.first { match($0, at: open + 1, before: end, t) == end }?.joined(separator: " ")
    }

    /// "a 5% increase on the previous year (2,233)", "compared to last year (2,233)": a figure in parentheses right
    /// after the words for an earlier time is the value then.
    static func previousMarkerBefore(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> String? {
        let open = m.first - 1
        guard m.inParentheses, open > s.lowerBound, t[open].text == "(" else { return nil }
        return MetricVocabulary.previousMarkers.first { phrase in
            open - phrase.count >= s.lowerBound && match(phrase, at: open - phrase.count, before: open, t) == open
        }?.joined(separator: " ")
    }

    /// "Q2 2019: 24% Q3 2019: 23%", "2019/20 – 21%": a period set off before a figure by a colon or dash is its
    /// own, whatever period follows it.
    static func periodSetOff(before m: NumberMention, _ t: [Token], _ s: Range<Int>, _ periods: PeriodFinder) -> String? {
        let end = labelEnd(before: m, open: s.lowerBound, t)
        guard end < m.first else { return nil }
        return periods.period(endingAt: end).flatMap { $0.first >= s.lowerBound && !$0.isBase ? $0.label : nil }
    }

    /// Where the words labelling a figure in parentheses end: before the ":" or "–" that sets the figure off.
    private static func labelEnd(before m: NumberMention, open: Int, _ t: [Token]) -> Int {
        var end = m.first
        while end - 1 > open, MetricVocabulary.labelSeparators.contains(t[end - 1].text) { end -= 1 }
        return end
    }

    /// "a considerable decline since 2018 (33.8%)", "fell to 18.9% from 2018/19 (33.8%)": a figure in parentheses
    /// right after the base of a comparison is the value then.
    private static func followsBasePeriod(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Bool {
        let open = m.first - 1
        guard m.inParentheses, open - 1 > s.lowerBound, t[open].text == "(", t[open - 1].kind == .number else { return false }
        var k = open - 1
        var steps = 0
        var year = false  // "since 2018", "from 2018/19"; not "more than 20 (21 cases each)"
        while k > s.lowerBound, steps < 4, t[k].kind == .number || ["/", "-", "–"].contains(t[k].text) {
            if t[k].text.utf8.count == 4, let y = t[k].int, (1990...2100).contains(y) { year = true }
            k -= 1
            steps += 1
        }
        return year && MetricVocabulary.baseLeads.contains(t[k].lower)
    }

    private static func word(_ t: [Token], _ k: Int, _ s: Range<Int>) -> String? {
        s.contains(k) && t[k].kind == .word ? t[k].lower : nil
    }

    /// "by 12%" after a change verb, "a 17.6% decrease", "12% pts", "an increase of 12%".
    static func isChange(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Bool {
        if m.isPoints { return true }
        if let next = word(t, m.end, s), MetricVocabulary.changeNouns.contains(next), next != "change" || m.unit == .percent { return true }
        let before = m.first - 1
        // "up 2% on last year", "Contacts dropped 5%": a change verb or its adverb right before a share sizes it.
        // (Not "set up 5 groups", "grew up in 3 placements": a phrasal verb's particle.)
        if m.unit == .percent, let w = word(t, before, s), w == "up" || w == "down" || MetricVocabulary.changeVerbs.contains(w) {
            return !(word(t, before - 1, s).map { MetricVocabulary.phrasalVerbHeads.contains($0) } ?? false)
        }
        if word(t, before, s) == "by" {
            for k in max(s.lowerBound, before - 4)..<before where MetricVocabulary.changeWords.contains(t[k].lower) { return true }
        }
        if word(t, before, s) == "of", let w = word(t, before - 1, s), MetricVocabulary.changeNouns.contains(w) { return true }
        return false
    }

    /// "target of 95%", "The 2022/23 target is 576", "our 95% target".
    static func isTarget(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Bool {
        if let next = word(t, m.end, s), next == "target" || next == "targets" { return true }
        var k = m.first - 1
        // "(target: 85%)", "Target – 90%".
        if k > s.lowerBound, MetricVocabulary.labelSeparators.contains(t[k].text) { k -= 1 }
        var words = 0
        while k >= s.lowerBound, words < 3 {
            if t[k].kind == .number || SentenceSplitter.isClauseBreak(t, k) || t[k].text == "." { break }
            if t[k].kind == .word {
                if MetricVocabulary.targetWords.contains(t[k].lower) { return true }
                words += 1
            }
            k -= 1
        }
        return false
    }

    /// Whether a comparison opened earlier in the clause: "compared to", "than", "an improvement on",
    /// "from" after a change word ("decreased from 753").
    static func inComparison(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Bool {
        let before = m.first - 1
        // "above the target of 90 per cent with 1.8 per cent of referrals taking …": "with" right after a figure
        // opens a clause of its own ("compared with", "in line with" have their word before).
        if word(t, before, s) == "with", before - 1 >= s.lowerBound, endsFigure(t[before - 1]) { return false }
        if let w = word(t, before, s), w == "to" || w == "into" {
            // "to 24%" closes a "from" comparison; "compared to 7%" opens one.
            guard let v = word(t, before - 1, s), ["compared", "compares", "similar", "comparison"].contains(v) else { return false }
            return true
        }
        var k = before
        var steps = 0
        // "compares against statistical neighbours at 245.1, the South-East at 301.9 and England at 321.2": a comma
        // after a figure goes on with the list when a benchmark is named before this figure.
        var named: Bool?
        while k >= s.lowerBound, steps < 25 {
            let tok = t[k]
            if SentenceSplitter.isClauseBreak(t, k) {
                guard tok.text == ",", k - 1 >= s.lowerBound, t[k - 1].kind == .number || t[k - 1].text == "%" else { return false }
                if named == nil { named = !namesBefore(m.first, t, s, window: 6).isEmpty }
                guard named == true else { return false }
            }
            if tok.kind == .word {
                let w = tok.lower
                if MetricVocabulary.comparisonCues.contains(w), opensComparison(k, t, s) { return !closesThan(k, before: m.first, t) }
                for phrase in MetricVocabulary.comparisonPhrases where phrase.last == w {
                    let start = k - phrase.count + 1
                    if start >= s.lowerBound, (0..<phrase.count).allSatisfy({ t[start + $0].lower == phrase[$0] }) { return true }
                }
                // "730 children, a slight increase on the 715 children last year": "on" after a change compares.
                if w == "on", k - 1 >= s.lowerBound, MetricVocabulary.changeNouns.contains(t[k - 1].lower) { return true }
                if w == "from" {
                    // "increased from", "up from", "a decrease from": a change came before in the clause, or
                    // in the clause a comma sets it off from ("increased by 4.0% this year, from 621,470 …").
                    var j = k - 1
                    if j >= s.lowerBound, t[j].text == "," { j -= 1 }
                    var seen = 0
                    while j >= s.lowerBound, seen < 14, !SentenceSplitter.isClauseBreak(t, j) {
                        if MetricVocabulary.changeWords.contains(t[j].lower) { return true }
                        j -= 1
                        seen += 1
                    }
                    return false
                }
                // Another "to N" between: the comparison is closed ("from 19% … to 24% in 2019-20 … (18%)").
                if w == "to", k + 1 < s.upperBound, t[k + 1].kind == .number,
                    !(k - 1 >= s.lowerBound && ["compared", "compares", "similar", "comparison"].contains(t[k - 1].lower))
                {
                    return false
                }
            }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "13 per cent of children in care … compared with 58 per cent of all children", "19.1, compared with 46.3 for
    /// all pupils": the whole population is a benchmark, named by "all" and its noun.
    private static func peerGroup(after m: NumberMention, _ t: [Token], _ s: Range<Int>) -> String? {
        var k = m.end
        if let w = word(t, k, s), ["of", "for", "among", "amongst", "across"].contains(w) { k += 1 }
        guard word(t, k, s) == "all", let noun = word(t, k + 1, s), !MetricVocabulary.groupStops.contains(noun),
            !MetricVocabulary.figureUnitWords.contains(noun)
        else { return nil }
        // "all young people", "all 19-year-olds": one more word when the first is a modifier of the noun.
        if let next = word(t, k + 2, s), next != "aged", MetricVocabulary.peopleNouns.contains(next) { return "all \(noun) \(next)" }
        return "all " + noun
    }

    /// "54% were boys compared with 46% girls", "31% of female respondents … compared to 11% of male respondents":
    /// a compared figure whose own words name a group the sentence has not named before is that group's figure,
    /// not an earlier value. (Not "1,287 EHAs compared with 500 CAFs in January 2018", which dates it, nor
    /// "412 referrals, compared with 380 referrals".)
    private static func namesOtherGroup(_ m: NumberMention, _ t: [Token], _ s: Range<Int>, _ periods: PeriodFinder) -> Bool {
        // "scored above the cut off in all 5 domains": a count of the comparison's scope, not of a group.
        if let before = word(t, m.first - 1, s), MetricVocabulary.scopeDeterminers.contains(before) { return false }
        var k = m.end
        if k < s.upperBound, t[k].lower == "of" { k += 1 }
        guard let w = word(t, k, s), !MetricVocabulary.groupStops.contains(w), !MetricVocabulary.figureUnitWords.contains(w),
            !MetricVocabulary.comparatorHeads.contains(w), !MetricVocabulary.previousMarkers.contains(where: { $0.first == w }),
            periods.period(startingWithin: k...k) == nil
        else { return false }
        // "(339 trained out of 381)": a participle tells what the figure did, not whose it is. A capital is a
        // caption's or a new sentence's ("… 123 43 NB The strategy …" in a flattened table).
        guard t[k].text.utf8.first.map({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) == true, !w.hasSuffix("ed"), !w.hasSuffix("ing")
        else { return false }
        // The clause's own words, near enough to be read for each figure of a run-on line: the group not named in
        // the forty tokens before it, its words no more than twelve.
        guard !(max(s.lowerBound, m.first - 40)..<m.first).contains(where: { t[$0].lower == w }) else { return false }
        var end = k + 1
        while end < min(s.upperBound, k + 12), !SentenceSplitter.isClauseBreak(t, end) {
            // "from nearly 50% agency staff twelve months ago": the group's words end in a time.
            if MetricVocabulary.earlierTimeWords.contains(t[end].lower) { return false }
            end += 1
        }
        return periods.period(startingWithin: k...max(k, end - 1)) == nil
    }

    /// "More boys than girls were on a plan (54%)": the clause's verb after "than" and what it compares ends the
    /// comparison, and the figure belongs to the predicate. (Not "lower than last year, when it was 52%": a clause
    /// of its own, opened by "when" or a pronoun, still tells the earlier value.)
    private static func closesThan(_ k: Int, before end: Int, _ t: [Token]) -> Bool {
        guard t[k].lower == "than" else { return false }
        var verb = false
        for j in (k + 1)..<end where t[j].kind == .word {
            let w = t[j].lower
            if MetricVocabulary.pronouns.contains(w) || MetricVocabulary.relativeWords.contains(w) { return false }
            if MetricVocabulary.predicateVerbs.contains(w) { verb = true }
        }
        return verb
    }

    /// The last token of a figure: its digits, "%" or the "cent" of "per cent".
    private static func endsFigure(_ tok: Token) -> Bool {
        tok.kind == .number || tok.text == "%" || tok.lower == "cent" || tok.lower == "percent"
    }

    /// "than" compares only after a comparative ("higher than", "better performance than"), and not as a
    /// figure's own qualifier ("more than 3 placements", "rather than online").
    private static func opensComparison(_ k: Int, _ t: [Token], _ s: Range<Int>) -> Bool {
        let w = t[k].lower
        if k + 1 < s.upperBound, t[k + 1].kind == .number || t[k + 1].text == "£" { return false }
        // "discussed above)", "see below.": a reference, not a comparison.
        if w == "above" || w == "below" { return k + 1 < s.upperBound && t[k + 1].kind == .word }
        guard w == "than" else { return true }
        for j in stride(from: k - 1, through: max(s.lowerBound, k - 3), by: -1) where t[j].kind == .word {
            let v = t[j].lower
            if ["rather", "other", "whether"].contains(v) { return false }
            if ["more", "less", "fewer", "better", "worse", "above", "below"].contains(v) || v.hasSuffix("er") { return true }
        }
        return false
    }

    /// Benchmarks named for a figure: "statistical neighbours (64)", "the England rate of 56", "3.9 nationally",
    /// "both statistical neighbours and England (18% & 21% respectively)".
    static func comparatorNames(_ m: NumberMention, _ figures: [NumberMention], _ t: [Token], _ s: Range<Int>, inZone: Bool) -> [String] {
        // Forward: "2.86 nationally", "3.9 in England".
        // "the 195 seen regionally": a participle between the figure and the adverb.
        var after = m.end
        if let next = word(t, after, s), MetricVocabulary.benchmarkParticiples.contains(next) { after += 1 }
        if let next = word(t, after, s), next == "nationally" || next == "regionally" { return [next == "nationally" ? "national" : "regional"] }
        // "compared with 22% in England", "(22% across the region)", "21%, 22% for England": after another figure, in
        // a comparison or in parentheses (the report's own figure comes first).
        if inZone || m.inParentheses || figures.first != m, let name = nameAfter(m, t, s) { return [name] }
        if figures.first != m, let name = nameSetOff(before: m, t, s) { return [name] }
        if let open = openingParenthesis(before: m, t, s) {
            // "(England 22%)", "(national average: 22%)", "(statistical neighbours 20%, England 22%)": named inside.
            var names = namesBefore(open, t, s, window: inZone ? 8 : 4)
            if names.isEmpty { names = namesBefore(labelEnd(before: m, open: open, t), t, s, window: 4) }
            guard !names.isEmpty else { return [] }
            // The figures sharing these parentheses, in order.
            var close = open + 1
            while close < s.upperBound, t[close].text != ")" { close += 1 }
            let group = figures.filter { $0.first > open && $0.first < close }
            if group.count > 1, let index = group.firstIndex(of: m) {
                return names.count == group.count ? [names[index]] : [names[names.count - 1]]
            }
            return names
        }
        guard inZone else { return [] }
        var names = namesBefore(m.first, t, s, window: 6)
        // "lower than the national average for this age group which is 42%": the benchmark's name, then what it is
        // of, then a verb before its figure.
        if names.isEmpty, let verb = word(t, m.first - 1, s), ["is", "was", "of", "at"].contains(verb) {
            names = namesBefore(m.first, t, s, window: 10)
        }
        return names.isEmpty ? [] : [names[names.count - 1]]
    }

    /// "The comparator rate for 2015-16 is 50.7", "the national rate is 43.1", "the statistical neighbour average was
    /// 125.5": a clause whose subject is a benchmark's measure states the benchmark (of the figure before it, in
    /// this sentence or the last).
    static func benchmarkSubject(_ m: NumberMention, _ t: [Token], _ s: Range<Int>, _ periods: PeriodFinder) -> String? {
        var k = m.first - 1
        var verbs = 0
        while k >= s.lowerBound, verbs < 3, MetricVocabulary.benchmarkVerbs.contains(t[k].lower) || t[k].text == ":" {
            k -= 1
            verbs += 1
        }
        guard verbs > 0, k >= s.lowerBound else { return nil }
        // "for 2015-16" between the measure and its verb.
        if let p = periods.period(endingAt: k + 1), p.first > s.lowerBound {
            k = p.first - 1
            if ["for", "in", "during", "at"].contains(t[k].lower) { k -= 1 }
        } else if t[k].kind == .number, t[k].text.utf8.count == 4, k - 2 > s.lowerBound, ["for", "in"].contains(t[k - 1].lower) {
            k -= 2  // "for 2024": a bare year that no period scan takes after "for"
        }
        if k > s.lowerBound, MetricVocabulary.benchmarkMeasures.contains(t[k].lower) { return namesBefore(k, t, s, window: 4).last }
        // "with the rate for England for 2024 being 41.6": the benchmark named after its measure.
        for j in stride(from: k - 1, through: max(s.lowerBound + 1, k - 4), by: -1)
        where ["for", "in", "across"].contains(t[j].lower) && MetricVocabulary.benchmarkMeasures.contains(t[j - 1].lower) {
            return namesBefore(k + 1, t, s, window: k - j).last
        }
        return nil
    }

    /// "22% in England", "310 across the South East", "22% England average": a benchmark named right after the
    /// figure, where its name ends (a mark, the sentence's end, or a word like "average"; not "the North East team").
    private static func nameAfter(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> String? {
        var k = m.end
        if k < s.upperBound, MetricVocabulary.benchmarkPrepositions.contains(t[k].lower) { k += 1 }
        // "amongst our comparator authorities".
        if k < s.upperBound, ["the", "our", "its", "their"].contains(t[k].lower) { k += 1 }
        // Asked of nearly every figure: most are followed by no benchmark's first word.
        guard k < s.upperBound, MetricVocabulary.comparatorHeads.contains(t[k].lower) else { return nil }
        for (phrase, name) in MetricVocabulary.comparatorNames {
            guard let end = match(phrase, at: k, before: s.upperBound, t) else { continue }
            if end == s.upperBound || t[end].kind == .mark || MetricVocabulary.benchmarkFillers.contains(t[end].lower)
                || MetricVocabulary.benchmarkNameFollowers.contains(t[end].lower)
            {
                return name
            }
        }
        return nil
    }

    /// "73% (higher than the North East, 69% and England, 67%)": a benchmark's name set off by a comma before its
    /// value, after a comparison, or after "and" that goes on from the benchmark figure before.
    private static func nameSetOff(before m: NumberMention, _ t: [Token], _ s: Range<Int>) -> String? {
        let comma = m.first - 1
        guard comma > s.lowerBound, t[comma].text == "," else { return nil }
        // The cheap walk for the cue first; the benchmark names are matched only where one opens.
        var k = comma - 1
        while k >= s.lowerBound, comma - k <= 8, t[k].kind != .number, !SentenceSplitter.isClauseBreak(t, k) {
            let w = t[k].lower
            if t[k].text == "(" || MetricVocabulary.comparisonCues.contains(w) && opensComparison(k, t, s)
                || w == "and" && k - 1 >= s.lowerBound && endsFigure(t[k - 1])
            {
                return namesBefore(comma, t, s, window: 4).last
            }
            k -= 1
        }
        return nil
    }

    static func openingParenthesis(before m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Int? {
        var k = m.first - 1
        var steps = 0
        while k >= s.lowerBound, steps < 12 {
            if t[k].text == "(" { return k }
            if t[k].text == ")" { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// Comparator names in the few words before token `i`, in reading order; stops at a clause mark or a number.
    private static func namesBefore(_ i: Int, _ t: [Token], _ s: Range<Int>, window: Int) -> [String] {
        var lo = i
        var words = 0
        while lo - 1 >= s.lowerBound, words < window {
            let tok = t[lo - 1]
            if SentenceSplitter.isClauseBreak(t, lo - 1) || [")", "("].contains(tok.text) || tok.kind == .number { break }
            if tok.kind == .word { words += 1 }
            lo -= 1
        }
        var names: [String] = []
        var k = lo
        while k < i {
            var matched = false
            for (phrase, name) in MetricVocabulary.comparatorNames where k + phrase.count <= i {
                if let end = match(phrase, at: k, before: i, t) {
                    if names.last != name { names.append(name) }
                    k = end
                    matched = true
                    break
                }
            }
            if !matched { k += 1 }
        }
        return names
    }

    /// The end of `phrase` written from token `k`, its words joined by spaces or hyphens ("the South-East").
    static func match(_ phrase: [String], at k: Int, before limit: Int, _ t: [Token]) -> Int? {
        var j = k
        for (n, word) in phrase.enumerated() {
            if n > 0, j < limit, t[j].text == "-", !t[j].spaced { j += 1 }
            guard j < limit, t[j].lower == word else { return nil }
            j += 1
        }
        return j
    }

    /// "from 155 in 2011 to 123": the figure after "to" that closes a change opened by "from" and a figure; the
    /// token index of that "from".
    static func changeOpening(closedBy m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Int? {
        guard m.first - 1 > s.lowerBound, t[m.first - 1].lower == "to" else { return nil }
        var k = m.first - 2
        while k >= s.lowerBound, m.first - k <= 14, !SentenceSplitter.isClauseBreak(t, k), t[k].text != "." || t[k + 1].kind == .number {
            if t[k].lower == "from", k + 1 < m.first - 1, t[k + 1].kind == .number || t[k + 1].text == "£" { return k }
            k -= 1
        }
        return nil
    }

    /// "87% last year", "6.3% the previous year": the words written after an earlier value.
    static func followedByPreviousMarker(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> String? {
        var k = m.end
        if k < s.upperBound, t[k].text == "(" { k += 1 }
        guard let marker = MetricVocabulary.previousMarkers.first(where: { match($0, at: k, before: s.upperBound, t) != nil }) else { return nil }
        // "91% (last year: 87%)": the marker labels the figure after it.
        let after = k + marker.count
        if after < s.upperBound, t[after].kind == .number || MetricVocabulary.labelSeparators.contains(t[after].text) { return nil }
        return marker.joined(separator: " ")
    }

    /// "49% of young people received a Return Home Interview, the same figure as the previous year": the earlier
    /// value is this one, at the time the marker names.
    static func sameAsEarlier(_ m: NumberMention, _ t: [Token], _ s: Range<Int>, periods: PeriodFinder) -> String? {
        // The words of the figure's own clause come first ("… received a Return Home Interview, the same …").
        var k = m.end
        while k < s.upperBound, k - m.end <= 12, t[k].lower != "same" {
            if t[k].kind == .number || [".", ";"].contains(t[k].text) { return nil }
            k += 1
        }
        guard k < s.upperBound, t[k].lower == "same", k - 1 >= s.lowerBound, ["the", "a"].contains(t[k - 1].lower) else { return nil }
        k += 1
        if k < s.upperBound, MetricVocabulary.sameMeasureNouns.contains(t[k].lower) { k += 1 }
        guard k < s.upperBound, t[k].lower == "as" else { return nil }
        k += 1
        if let marker = phrase(of: MetricVocabulary.previousMarkers, at: k, t, s) { return marker }
        if k < s.upperBound, ["in", "at", "for"].contains(t[k].lower) { k += 1 }
        return periods.periods.first(where: { $0.first == k && !$0.isBase })?.label
    }

    /// "there were 1,580 referrals received, this is fewer than referrals received in the previous year", "19%, which
    /// is higher than last year": a direction against the time before, with no earlier value written ("higher than
    /// the England average" compares with a benchmark, and says no trend).
    static func comparedWithEarlier(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Metric.Trend? {
        var k = m.end
        while k < s.upperBound, k - m.end <= 12, MetricVocabulary.comparativeTrends[t[k].lower] == nil {
            if t[k].kind == .number || [".", ";"].contains(t[k].text) { return nil }
            k += 1
        }
        guard k + 1 < s.upperBound, let trend = MetricVocabulary.comparativeTrends[t[k].lower], t[k + 1].lower == "than" else { return nil }
        var j = k + 2
        while j < s.upperBound, j - k <= 8 {
            if t[j].kind == .number || SentenceSplitter.isClauseBreak(t, j) { return nil }
            if phrase(of: MetricVocabulary.previousMarkers, at: j, t, s) != nil { return trend }
            j += 1
        }
        return nil
    }

    /// "1.6% in this quarter", "19% for the current year": the figure is of the report's own time.
    static func followedByPresentMarker(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> String? {
        var k = m.end
        if k < s.upperBound, MetricVocabulary.presentLeads.contains(t[k].lower) { k += 1 }
        return phrase(of: MetricVocabulary.presentMarkers, at: k, t, s)
    }

    /// The first of `phrases` written from token `k`, as one string.
    private static func phrase(of phrases: [[String]], at k: Int, _ t: [Token], _ s: Range<Int>) -> String? {
        phrases.first { match($0, at: k, before: s.upperBound, t) != nil }?.joined(separator: " ")
    }

    // MARK: - Hosts

    /// The figure a part belongs to: for "from X … to Y" it is Y; otherwise the nearest main figure before it,
    /// else the nearest after it.
    private static func host(for i: Int, _ roles: [FigureRole], _ figures: [NumberMention], _ t: [Token], _ s: Range<Int>) -> Int? {
        if roles[i] == .previous {
            for j in (i + 1)..<figures.count where roles[j] == .main {
                let before = figures[j].first - 1
                if s.contains(before), t[before].lower == "to" { return j }
                break
            }
        }
        if let j = (0..<i).reversed().first(where: { roles[$0] == .main }) { return j }
        if roles[i] != .previous, let j = (0..<i).reversed().first(where: { roles[$0] == .change }) { return j }
        if let j = ((i + 1)..<figures.count).first(where: { roles[$0] == .main }) { return j }
        return nil
    }
}
