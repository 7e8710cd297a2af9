/// Reads the figures in a run of tokens: digits with thousands separators and decimals, spelled-out
/// counts, and the marks around them ("£", "%", "per cent", "per 10,000", "out of 5", "3/4", "k", "m").
///
/// `"Approximately 100 episodes per month"` → one mention: 100, count, qualifier about.
/// Every loop advances, so the cost is linear in the tokens.
enum NumberReader {
    /// Whether signs written before numbers are read: table cells write changes as "-101" and "- 13";
    /// prose writes ranges and dashes with the same marks.
    enum Mode { case prose, cell }

    /// "per 10,000", "per 1,000 live births": the first rate base written in `range`, and where its "per" stands;
    /// `skip` passes over a "per" that belongs to something else (a figure already read).
    static func rateBase(_ t: [Token], in range: Range<Int>, skip: (Int) -> Bool = { _ in false }) -> (at: Int, value: Double)? {
        for k in range where t[k].lower == "per" && k + 1 < range.upperBound && t[k + 1].kind == .number && !skip(k) {
            if let value = read(t, in: (k + 1)..<min(range.upperBound, k + 5)).first?.value, MetricVocabulary.rateBases.contains(value) {
                return (k, value)
            }
        }
        return nil
    }

    static func read(_ t: [Token], in range: Range<Int>, mode: Mode = .prose) -> [NumberMention] {
        var found: [NumberMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if t[i].kind == .number, var m = literal(t, i, range) {
                readUnit(&m, t, range)
                readPrefix(&m, t, range, mode: mode)
                found.append(m)
                i = max(m.end, i + 1)
            } else if t[i].kind == .word, let m = wordNumber(t, i, range) {
                found.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        shareRangeUnits(&found, t)
        let swallowed = Set(found.compactMap(\.swallowed))
        return swallowed.isEmpty ? found : found.filter { !swallowed.contains($0.token) }
    }

    /// "(13 to 14 per cent)", "between 20 and 25 per cent", "80-90%": the unit written once after a range's
    /// second figure is the first's too.
    private static func shareRangeUnits(_ found: inout [NumberMention], _ t: [Token]) {
        for i in found.indices.dropLast() where found[i].isBare && found[i + 1].unit == .percent && found[i].end + 1 == found[i + 1].first {
            let link = t[found[i].end].lower
            let opensRange = link == "to" || link == "-" || link == "–"
                || link == "and" && found[i].first > 0 && t[found[i].first - 1].lower == "between"
            guard opensRange, !found[i].isName, found[i].value <= 100 else { continue }
            found[i].unit = .percent
        }
    }

    // MARK: - The number itself

    /// `10,178`, `4.16`, `0`, `1.2.3` (a name: read whole so its parts are not figures).
    private static func literal(_ t: [Token], _ i: Int, _ range: Range<Int>) -> NumberMention? {
        var digits = String(t[i].text)
        var j = i + 1
        var grouped = false
        // Thousands groups: "," then exactly three digits, all unspaced.
        while j + 1 < range.upperBound, t[j].text == ",", !t[j].spaced, !t[j + 1].spaced, t[j + 1].kind == .number,
            t[j + 1].text.count == 3, !(j + 2 < range.upperBound && t[j + 2].kind == .number && !t[j + 2].spaced)
        {
            digits += t[j + 1].text
            grouped = true
            j += 2
        }
        var decimals = ""
        if j + 1 < range.upperBound, t[j].text == ".", !t[j].spaced, !t[j + 1].spaced, t[j + 1].kind == .number {
            decimals = String(t[j + 1].text)
            j += 2
        }
        var m = NumberMention(value: 0, token: i, first: i, end: j, offset: t[i].start)
        m.digitCount = t[i].text.count
        m.leadingZero = t[i].text.count > 1 && t[i].text.hasPrefix("0") && decimals.isEmpty && !grouped
        m.isPlainInteger = !grouped && decimals.isEmpty
        // "1.2.3", "2.5.10": section and version numbers.
        if !decimals.isEmpty, j + 1 < range.upperBound, t[j].text == ".", !t[j].spaced, !t[j + 1].spaced, t[j + 1].kind == .number {
            var k = j
            while k + 1 < range.upperBound, t[k].text == ".", !t[k].spaced, !t[k + 1].spaced, t[k + 1].kind == .number { k += 2 }
            m.end = k
            m.isName = true
            return m
        }
        guard let value = Double(decimals.isEmpty ? digits : digits + "." + decimals) else { return nil }
        m.value = value
        // "4.025 secondary school age children": three decimals on a count is a mistyped thousands separator.
        if decimals.count == 3, !grouped, digits.count <= 3, j < range.upperBound, t[j].kind == .word, t[j].spaced,
            MetricVocabulary.durationUnits[t[j].lower] == nil, t[j].lower != "per", t[j].lower != "percent",
            t[j].lower != "out", MetricVocabulary.multipliers[t[j].lower] == nil, !notCounted.contains(t[j].lower)
        {
            // Read whole: 4.025 × 1000 in binary floating point is 4025.0000000000005.
            m.value = Double(digits + decimals) ?? value * 1000
        }
        return m
    }

    /// Words after "5.625" that show no counted noun follows ("an average score of 5.625 was above target"): the
    /// decimals are decimals.
    private static let notCounted: Set<String> = MetricVocabulary.auxiliaries.union(MetricVocabulary.predicateVerbs)
        .union(MetricVocabulary.prepositions).union(MetricVocabulary.clauseConjunctions).union(["compared", "against", "than", "or"])

    // MARK: - After the number

    private static func readUnit(_ m: inout NumberMention, _ t: [Token], _ range: Range<Int>) {
        var j = m.end
        func word(_ k: Int) -> String? { k < range.upperBound && t[k].kind == .word ? t[k].lower : nil }
        func mark(_ k: Int) -> String? { k < range.upperBound && t[k].kind == .mark ? t[k].text : nil }
        if let mult = word(j).flatMap({ MetricVocabulary.multipliers[$0] }), !t[j].spaced || t[j].text.count > 2 {
            // "£1.2m", "1.2 million"; a spaced single letter is not a multiplier ("5 m").
            m.value *= mult
            j += 1
        }
        // "300+ professionals trained", "80+": at least the figure. (A child's age is "16+": NonMetricFilter.isAge.)
        if mark(j) == "+", !t[j].spaced, m.isPlainInteger, m.value > 25,
            !(j + 1 < range.upperBound && t[j + 1].kind == .number && !t[j + 1].spaced)
        {
            m.qualifier = .atLeast
            j += 1
        }
        if mark(j) == "%" {
            m.unit = .percent
            j += 1
            if word(j) == "pts" || word(j) == "points" || word(j) == "point" { m.isPoints = true; j += 1 }
        } else if let (end, points) = percentWords(t, at: j, range) {
            m.unit = .percent
            m.isPoints = points
            j = end
        } else if word(j) == "out", word(j + 1) == "of", j + 2 < range.upperBound, let d = literal(t, j + 2, range), !d.isName {
            m.unit = .fraction
            m.denominator = d.value
            j = d.end
        } else if m.isPlainInteger || m.digitCount > 3, let noun = word(j), word(j + 1) == "out", word(j + 2) == "of",
            j + 3 < range.upperBound, !MetricVocabulary.auxiliaries.contains(noun), let d = literal(t, j + 3, range), !d.isName,
            d.value > m.value
        {
            // "82 repeats out of 721 referrals": the counted noun between the part and "out of"; it stays in the
            // words after the figure, which name it.
            m.unit = .fraction
            m.denominator = d.value
            m.swallowed = d.token
        } else if mark(j) == "/", !t[j].spaced, j + 1 < range.upperBound, !t[j + 1].spaced, let d = literal(t, j + 1, range), !d.isName,
            d.isPlainInteger
        {
            m.unit = .fraction
            m.denominator = d.value
            j = d.end
            // "11/157/175": a list of section numbers, not a fraction.
            if mark(j) == "/", !t[j].spaced, j + 1 < range.upperBound, t[j + 1].kind == .number {
                while j + 1 < range.upperBound, mark(j) == "/", t[j + 1].kind == .number { j += 2 }
                m.isName = true
            }
            // "Forward Plan Ref: 2017/139", "(SDR 143/2015)": more than the whole, or over a year, is a reference.
            if m.value > d.value || d.digitCount == 4 && (1990...2040).contains(d.value) { m.isName = true }
        } else if m.isPlainInteger, word(j) == "in", let d = ratioWhole(t, j + 1, range, of: m.value) {
            m.unit = .fraction
            m.denominator = d.value
            j = d.end
        } else if let (unit, end) = duration(t, at: j, range) {
            m.unit = .duration
            m.durationUnit = unit
            j = end
        }
        // "65 per 10,000", "9.4 per 1,000 live births"; "64 in every 10,000 children", "870 for every 10,000".
        let perWords = MetricVocabulary.rateLeads.first { lead in lead.indices.allSatisfy { word(j + $0) == lead[$0] } }?.count ?? 0
        if m.unit == .count, perWords > 0, j + perWords < range.upperBound,
            let base = literal(t, j + perWords, range), MetricVocabulary.rateBases.contains(base.value)
        {
            m.unit = .rate
            m.per = base.value
            j = base.end
        }
        // "a rate of 47 children per 10,000", "3.1 infant deaths per 1,000 live births": the counted noun between
        // the figure and its base; the noun stays in the words after the figure, which name it.
        // ("Under 18 conception rates per 1,000": the words name a rate, so the figure is not its value.)
        if m.unit == .count, let w = word(j), !MetricVocabulary.prepositions.contains(w), !MetricVocabulary.auxiliaries.contains(w),
            !["rate", "rates", "ratio"].contains(w), !["rate", "rates", "ratio"].contains(word(j + 1) ?? "")
        {
            // "75.0 children in care per 10,000 people": the noun may run to four words, with no verb among them.
            let nounEnds = (j + 1...j + 4).first { k in
                word(k).map { $0 == "per" || MetricVocabulary.auxiliaries.contains($0) || MetricVocabulary.subjectVerbs.contains($0) } ?? true
            }
            if let k = nounEnds, word(k) == "per", k + 1 < range.upperBound, let base = literal(t, k + 1, range),
                MetricVocabulary.rateBases.contains(base.value)
            {
                m.unit = .rate
                m.per = base.value
            }
        }
        if m.unit == .count, let after = readShare(&m, at: j, t, range) { j = after }
        if m.unit == .percent { readWhole(&m, at: j, t, range) }
        m.end = j
    }

    /// The whole's number in "of the 18", "of these 5", "of 41" at `k`.
    private static func whole(at k: Int, _ t: [Token], _ range: Range<Int>) -> Int? {
        guard k < range.upperBound, t[k].lower == "of" else { return nil }
        var n = k + 1
        if n < range.upperBound, ["the", "these", "those"].contains(t[n].lower) { n += 1 }
        guard n < range.upperBound, t[n].kind == .number, t[n].int != nil,
            !(n + 1 < range.upperBound && [",", ".", "/", "%"].contains(t[n + 1].text) && !t[n + 1].spaced)
        else { return nil }
        return n
    }

    /// "25% of the 425 children", "14 (10.5%) of the 133 children": a share's whole is its denominator, no figure
    /// of its own (the count before the parenthesis stays a count).
    private static func readWhole(_ m: inout NumberMention, at j: Int, _ t: [Token], _ range: Range<Int>) {
        let k = j < range.upperBound && t[j].text == ")" ? j + 1 : j
        guard let n = whole(at: k, t, range), let d = t[n].int, d > 0 else { return }
        m.denominator = Double(d)
        m.swallowed = n
    }

    /// "13 of the 18 cases", "two of these 5 incidents", "In 1 case (of the 5)": a part of a stated whole.
    /// Returns where the figure ends when the whole follows it directly ("of the 18").
    @discardableResult
    private static func readShare(_ m: inout NumberMention, at j: Int, _ t: [Token], _ range: Range<Int>) -> Int? {
        func isOf(_ k: Int) -> Int? { whole(at: k, t, range) }
        if let n = isOf(j), let d = t[n].int, Double(d) > m.value {
            m.unit = .fraction
            m.denominator = Double(d)
            m.swallowed = n
            return n + 1
        } else if j + 2 < range.upperBound, t[j].kind == .word, t[j + 1].text == "(", let n = isOf(j + 2), n + 1 < range.upperBound,
            t[n + 1].text == ")", let d = t[n].int, Double(d) > m.value
        {
            m.unit = .fraction
            m.denominator = Double(d)
            m.swallowed = n
        }
        return nil
    }

    /// The whole of a ratio written "1 in 30" or "one in five" (`k` is the token after "in"): a count larger than
    /// the part, in digits or words, that is not a year ("5 in 2022").
    private static func ratioWhole(_ t: [Token], _ k: Int, _ range: Range<Int>, of part: Double) -> (value: Double, end: Int)? {
        // "1 in every 100 children" is "1 in 100"; "64 in every 10,000 children" is a rate (read with the unit).
        let every = k < range.upperBound && t[k].lower == "every"
        let k = every ? k + 1 : k
        if every, part > 1, k < range.upperBound, let base = literal(t, k, range), MetricVocabulary.rateBases.contains(base.value) {
            return nil
        }
        guard k < range.upperBound else { return nil }
        let whole: (value: Double, end: Int)
        if t[k].kind == .number {
            guard let d = literal(t, k, range), d.isPlainInteger || d.digitCount <= 3, !d.isName, !d.leadingZero else { return nil }
            if d.isPlainInteger, d.digitCount == 4, (1900...2100).contains(d.value) { return nil }
            // "1 in 10%", "1 in 3/4": the number after "in" has a unit of its own.
            if d.end < range.upperBound, ["%", "/"].contains(t[d.end].text) { return nil }
            whole = (d.value, d.end)
        } else if t[k].kind == .word, let value = MetricVocabulary.wordNumbers[t[k].lower], value > 1 {
            whole = (value, k + 1)
        } else {
            return nil
        }
        return whole.value > part ? whole : nil
    }

    // MARK: - Before the number

    private static func readPrefix(_ m: inout NumberMention, _ t: [Token], _ range: Range<Int>, mode: Mode) {
        var k = m.token - 1
        if k >= range.lowerBound, t[k].text == "£" || t[k].text == "€" {
            m.unit = .currency
            m.currency = t[k].text == "£" ? "GBP" : "EUR"
            m.per = nil
            m.first = k
            k -= 1
        }
        if k >= range.lowerBound, ["+", "-", "−", "–"].contains(String(t[k].text)) {
            let glued = !t[k + 1].spaced
            let cellStart = k == range.lowerBound || t[k - 1].text == "("
            let spacedBefore = t[k].spaced || k == range.lowerBound
            if mode == .cell, glued || cellStart, spacedBefore {
                m.signed = true
                if t[k].text != "+" { m.value = -m.value }
                m.first = k
                k -= 1
            } else if mode == .prose, t[k].text == "+", glued, spacedBefore {
                m.signed = true
                m.first = k
                k -= 1
            }
        }
        if k >= range.lowerBound, t[k].text == "(" {
            m.inParentheses = true
        }
        // A qualifier phrase ends right before the figure: "approximately", "more than", "up to".
        for (words, qualifier) in MetricVocabulary.qualifiers {
            let start = k - words.count + 1
            guard start >= range.lowerBound else { continue }
            if (0..<words.count).allSatisfy({ t[start + $0].kind == .word && t[start + $0].lower == words[$0] }) {
                // "went up to 856 from 480", "risen … up to 62.0": a change's new value, not a limit.
                if words == ["up", "to"], risesTo(m, start: start, t, range) { break }
                m.qualifier = qualifier
                m.first = start
                break
            }
            // "approx. 100"
            if words == ["approx"], k - 1 >= range.lowerBound, t[k].text == ".", t[k - 1].lower == "approx" {
                m.qualifier = .about
                m.first = k - 1
                break
            }
        }
    }

    /// "up to" closing a rise: a change word just before it, "from" after the figure, or "from" and a figure
    /// before it in the clause ("from 768 last year up to 772").
    private static func risesTo(_ m: NumberMention, start: Int, _ t: [Token], _ range: Range<Int>) -> Bool {
        if m.end < range.upperBound, t[m.end].lower == "from" { return true }
        if (max(range.lowerBound, start - 3)..<start).contains(where: { MetricVocabulary.changeWords.contains(t[$0].lower) }) { return true }
        var k = start - 1
        while k > range.lowerBound, start - k <= 8, !SentenceSplitter.isClauseBreak(t, k) {
            if t[k - 1].lower == "from", t[k].kind == .number { return true }
            k -= 1
        }
        return false
    }

    // MARK: - Spelled-out counts

    /// "six events", "Four Multi-Agency Case File Audits", "two child safeguarding practice reviews".
    /// A word that can be read as a count ("six", "Twelve"), before its context is weighed.
    static func isNumberWord(_ token: Token) -> Bool {
        token.kind == .word && MetricVocabulary.wordNumberGate.mightContain(token.lower)
            && MetricVocabulary.wordNumbers[token.lower].map { $0 != 100 } == true
    }

    /// The duration unit at `j`, perhaps after an adjective or two ("days", "working days", "clear working
    /// days", "consecutive months"), and the index after it.
    private static func duration(_ t: [Token], at j: Int, _ range: Range<Int>) -> (DurationUnit, Int)? {
        var k = j
        while k < range.upperBound, k - j < 2, t[k].kind == .word, MetricVocabulary.durationAdjectives.contains(t[k].lower) { k += 1 }
        guard k < range.upperBound, t[k].kind == .word, let unit = MetricVocabulary.durationUnits[t[k].lower] else { return nil }
        return (unit, k + 1)
    }

    /// "the last two quarters of 2020-21", "the first three quarters of the year": quarters of a year, counted.
    private static func countsQuarters(_ t: [Token], _ i: Int, after d: Int, _ range: Range<Int>) -> Bool {
        if i > range.lowerBound, MetricVocabulary.periodCountLeads.contains(t[i - 1].lower) { return true }
        let k = d + 2
        guard k < range.upperBound else { return false }
        // "… of 2020-21", "… of the year", "… of the financial year".
        if t[k].kind == .number || MetricVocabulary.periodNouns.contains(t[k].lower) { return true }
        return k + 1 < range.upperBound && MetricVocabulary.yearDeterminers.contains(t[k].lower)
            && (MetricVocabulary.periodNouns.contains(t[k + 1].lower) || MetricVocabulary.yearDeterminers.contains(t[k + 1].lower))
    }

    private static func wordNumber(_ t: [Token], _ i: Int, _ range: Range<Int>) -> NumberMention? {
        guard isNumberWord(t[i]), var value = MetricVocabulary.wordNumbers[t[i].lower] else { return nil }
        // "Twenty one per cent", "forty-five children": tens and units are one number, read from its last word on.
        var last = i
        if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
            var k = i + 1
            if k < range.upperBound, t[k].text == "-", !t[k].spaced { k += 1 }
            if k < range.upperBound, t[k].kind == .word, let unit = NumberWords.values[t[k].lower], unit < 10 {
                value += Double(unit)
                last = k
            }
        }
        let n = last + 1
        // "two thirds of children", "three-quarters of referrals": a fraction in words.
        let d = n < range.upperBound && t[n].text == "-" && !t[n].spaced ? n + 1 : n
        if d < range.upperBound, t[d].kind == .word, let whole = MetricVocabulary.fractionWords[t[d].lower], value < whole,
            d > n || d + 1 < range.upperBound && t[d + 1].lower == "of",
            !(whole == 4 && countsQuarters(t, i, after: d, range))
        {
            var m = NumberMention(value: value, token: i, first: i, end: d + 1, offset: t[i].start)
            m.isWord = true
            m.unit = .fraction
            m.denominator = whole
            qualify(&m, after: i > range.lowerBound ? t[i - 1] : nil, at: i)
            return m
        }
        // Followed by a word, not by a mark or "-" compound ("one-off", "two-thirds").
        guard n < range.upperBound, t[n].kind == .word, t[n].spaced else { return nil }
        let next = t[n].lower
        let prev = i > range.lowerBound ? t[i - 1] : nil
        // "between two and seven children": both ends of a range are counts.
        // "one in five contacts": a ratio, whatever comes before it.
        if next == "in", let whole = ratioWhole(t, n + 1, range, of: value) {
            var m = NumberMention(value: value, token: i, first: i, end: whole.end, offset: t[i].start)
            m.isWord = true
            m.unit = .fraction
            m.denominator = whole.value
            qualify(&m, after: prev, at: i)
            return m
        }
        let rangeStart = (next == "and" || next == "to") && ["between", "from"].contains(prev?.lower ?? "")
        if !rangeStart, ["or", "to", "and", "another", "off", "at", "in", "by", "way", "thing", "hand"].contains(next) { return nil }
        // "Seven Arts", "Three Counties": a capitalised number inside a sentence, before a capitalised word, is a name.
        if prev != nil, prev?.text != "(", t[i].text.first?.isUppercase == true, t[n].text.first?.isUppercase == true { return nil }
        if let prev, prev.kind == .word, MetricVocabulary.wordNumberReferents.contains(prev.lower) { return nil }
        if value == 1 {
            // "one" is a count only after a counting verb ("There was one child admitted").
            guard let prev, prev.kind == .word, MetricVocabulary.oneCountingVerbs.contains(prev.lower), next != "of" else { return nil }
        }
        var m = NumberMention(value: value, token: i, first: i, end: n, offset: t[i].start)
        m.isWord = true
        if let (end, points) = percentWords(t, at: n, range) {
            // "seven per cent", "five percentage points".
            m.unit = .percent
            m.isPoints = points
            m.end = end
        } else if let (unit, end) = duration(t, at: n, range) {
            m.unit = .duration
            m.durationUnit = unit
            m.end = end
        } else if let after = readShare(&m, at: n, t, range) {
            m.end = after
        }
        qualify(&m, after: prev, at: i)
        return m
    }

    /// "per cent", "percent", "percentage points" from token `j`: where the words end, and whether they are points.
    private static func percentWords(_ t: [Token], at j: Int, _ range: Range<Int>) -> (end: Int, points: Bool)? {
        func word(_ k: Int) -> String? { k < range.upperBound && t[k].kind == .word ? t[k].lower : nil }
        if word(j) == "per", word(j + 1) == "cent" { return (j + 2, false) }
        if word(j) == "percent" { return (j + 1, false) }
        if word(j) == "percentage", word(j + 1) == "points" || word(j + 1) == "point" { return (j + 2, true) }
        return nil
    }

    /// "around one in five", "about six": a one-word qualifier before a spelled-out count.
    private static func qualify(_ m: inout NumberMention, after prev: Token?, at i: Int) {
        guard let prev, prev.kind == .word else { return }
        for (words, qualifier) in MetricVocabulary.qualifiers where words.count == 1 && words[0] == prev.lower {
            m.qualifier = qualifier
            m.first = i - 1
        }
    }
}
