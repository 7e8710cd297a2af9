/// Drops the numbers that measure nothing: years and date parts, clock times, section and page numbers,
/// legislation ("Section 47", "Children Act 1989"), ages and age bands ("16 – 25 year olds", "0-25 service",
/// "Under 18"), school years ("Yr. 6"), phone numbers, postcodes, footnote markers and version numbers.
///
/// `"1,257 Section 47 enquiries were held"` keeps 1,257 and drops 47.
enum NonMetricFilter {
    /// `excluded`: UTF-8 spans of dates and periods found in the same text.
    static func metrics(_ mentions: [NumberMention], _ t: [Token], in range: Range<Int>, excluded: TextSpans) -> [NumberMention] {
        var kept: [NumberMention] = []
        var names = Set<Int>()  // indices of mentions judged names or ages, for ranges "aged 10-15"
        // Days listed before a date ("on 7, 8 and 15 December 2016"), found from the date backwards.
        var dayStarts = Set<Int>()
        for m in mentions.reversed() where isDayBefore(m, t, range, dates: excluded, days: dayStarts) {
            dayStarts.insert(t[m.first].start)
        }
        var phoneEnd = -1  // "0161 474 5657": the groups after a dialling code are the same number
        for (index, m) in mentions.enumerated() {
            let start = t[m.token].start
            if m.leadingZero, m.digitCount >= 3 || m.first == phoneEnd {
                phoneEnd = m.end
            } else if m.first == phoneEnd, m.isPlainInteger, (3...4).contains(m.digitCount) {
                phoneEnd = m.end
                continue
            }
            if m.isName || excluded.covers(start) { continue }
            if dayStarts.contains(t[m.first].start) || inLink(m, t, range) { continue }
            if isName(m, t, range, periods: excluded) || continuesName(index, mentions, names, t) {
                names.insert(index)
                continue
            }
            if boundsEarlierFigure(m, kept.last, t) || isSectionNumber(m, t, range, periods: excluded) { continue }
            kept.append(m)
        }
        return kept
    }

    /// "0.6 per cent of contacts were completed in more than three working days", "1.8 per cent of referrals taking
    /// more than 72 hours": a timescale written as a bound after a share or count of its clause says what was
    /// counted (the figure's label keeps it); it is no measure. ("took 32 days, against over 40 days" compares.)
    private static func boundsEarlierFigure(_ m: NumberMention, _ earlier: NumberMention?, _ t: [Token]) -> Bool {
        guard m.unit == .duration, let earlier, earlier.unit == .percent || earlier.unit == .count, earlier.end <= m.first,
            m.first - earlier.end <= 16
        else { return false }
        guard m.qualifier != nil || (m.first > earlier.end && MetricVocabulary.timescaleBounds.contains(t[m.first - 1].lower)) else {
            return false
        }
        return !(earlier.end..<m.first).contains { SentenceSplitter.isClauseBreak(t, $0) || t[$0].text == "(" }
    }

    /// "What Children and Young People Told Us 2.1) The Child's Voice", "4.2 2016-17 was the first year of
    /// monitoring": a decimal section number a converter left inline, closed by a parenthesis it never opened, or
    /// opening its sentence right before a period.
    private static func isSectionNumber(_ m: NumberMention, _ t: [Token], _ range: Range<Int>, periods: TextSpans) -> Bool {
        guard m.isBare, m.end - m.first == 3, t[m.first + 1].text == ".", m.end < range.upperBound else { return false }
        if t[m.end].text == ")" {
            return !(max(range.lowerBound, m.first - 8)..<m.first).contains { t[$0].text == "(" }
        }
        let next = t[m.end].start
        return m.first == range.lowerBound && t[m.end].kind == .number && periods.hasSpan(startingAt: next)
    }

    /// "Source: http://shropshireperformance.inphase.com/Detail/1249_13435": a number inside a web address.
    /// The walk is bounded: an address is a few dozen tokens, and a megabyte of unspaced digits and commas is one run.
    private static func inLink(_ m: NumberMention, _ t: [Token], _ range: Range<Int>) -> Bool {
        var a = m.first
        while a > range.lowerBound, m.first - a < linkReach, !t[a].spaced { a -= 1 }
        var b = m.end
        while b < range.upperBound, b - m.end < linkReach, !t[b].spaced { b += 1 }
        guard b - a >= 3 else { return false }
        return (a..<b).contains { k in
            MetricVocabulary.linkWords.contains(t[k].lower)
                || t[k].text == "." && k + 1 < b && MetricVocabulary.linkEndings.contains(t[k + 1].lower)
        }
    }

    private static let linkReach = 64

    /// "Contact: Ayshe Simsek 2929", "Venue: Room 2", "Ref: 12/345": a labelled line of contact or reference
    /// details, whose numbers are extensions, rooms and references.
    static func isContactLine(_ t: [Token], _ s: Range<Int>) -> Bool {
        guard s.count >= 2, t[s.lowerBound].kind == .word else { return false }
        let label = t[s.lowerBound].lower
        return t[s.lowerBound + 1].text == ":" && MetricVocabulary.contactLabels.contains(label)
    }

    /// A sentence opening as a minute of a meeting is headed: its number, perhaps a reference in parentheses, then
    /// a title in capitals up to a dash ("124  DECLARATIONS OF INTEREST – …", "127  (19)  CORPORATE PARENTING REVIEW –").
    /// (An infographic's "1,234 CONTACTS RECEIVED" has no dash after its words.)
    private static func isMinuteHeading(_ t: [Token], _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        guard k < range.upperBound, t[k].kind == .number, t[k].text.utf8.count <= 4 else { return false }
        k += 1
        if k + 2 < range.upperBound, t[k].text == "(", t[k + 1].kind == .number, t[k + 2].text == ")" { k += 3 }
        var capitals = 0
        while k < range.upperBound, k - range.lowerBound < 40 {
            let tok = t[k]
            if tok.kind == .word {
                guard tok.text.utf8.count >= 2, tok.text == tok.text.uppercased() else { return false }
                capitals += 1
            } else if ["–", "—"].contains(tok.text) || tok.text == "-" && tok.spaced {
                return capitals >= 1
            } else if !["(", ")", "&", ",", "'", "’", "/"].contains(tok.text) {
                return false
            }
            k += 1
        }
        return false
    }

    /// "PDF 348 KB": a document link's size, a number and a file-size unit.
    private static func holdsFileBadge(_ t: [Token], _ range: Range<Int>) -> Bool {
        range.dropFirst().contains { k in
            t[k].kind == .word && MetricVocabulary.fileSizeUnits.contains(t[k].lower) && t[k - 1].kind == .number
        }
    }

    /// `periods`: the spans of the text's dates and periods.
    private static func isName(_ m: NumberMention, _ t: [Token], _ range: Range<Int>, periods: TextSpans) -> Bool {
        let i = m.token
        // "PDF 65 KB" beside a document link; "15 minutes is allocated", "up to two minutes each to speak".
        if m.end < range.upperBound, t[m.end].kind == .word {
            let n = t[m.end].lower
            if MetricVocabulary.fileSizeUnits.contains(n) { return true }
            if MetricVocabulary.shortTimeUnits.contains(n), !hasDurationCue(m, t, range) { return true }
        }
        // "A child in need is one who has been assessed", "one of our priorities": a pronoun, not a count.
        if m.isWord, m.value == 1, m.unit == .count, m.end < range.upperBound, MetricVocabulary.pronounFollowers.contains(t[m.end].lower) {
            return true
        }
        if isOneToOne(m, t, range) { return true }
        // "A 3 Tier training model", "on a six monthly basis": the number describes the noun after it.
        if m.isBare || m.isWord && m.unit == .count, m.value > 1, m.end < range.upperBound {
            let next = t[m.end].lower
            if MetricVocabulary.frequencyWords.contains(next) { return true }
            if MetricVocabulary.adjectivalNouns.contains(next), m.end + 1 < range.upperBound,
                t[m.end + 1].kind == .word || t[m.end + 1].text == "'" || t[m.end + 1].text == "‘"
            {
                return true
            }
        }
        if m.isWord { return m.unit == .duration && !hasDurationCue(m, t, range) || isNamed(m, t, range) || isPeriodNoun(m, t, range) }
        let prev = i > range.lowerBound ? t[i - 1] : nil
        let next = m.end < range.upperBound ? t[m.end] : nil
        let nextAfterDigits = i + 1 < range.upperBound ? t[i + 1] : nil
        // Glued to letters: "ASQ3", "Q4", "WR5 2NP", "1st", "3rd", "Covid-19".
        if let prev, prev.kind == .word, !t[i].spaced, m.first == i { return true }
        if let n = nextAfterDigits, n.kind == .word, !n.spaced, m.end == i + 1 { return true }
        if let n = nextAfterDigits, n.kind == .word, !n.spaced, Calendar.ordinalSuffixes.contains(n.lower) { return true }
        if let prev, ["-", "/", ".", "_", "=", "#", "@", ":", "\\"].contains(String(prev.text)), !t[i].spaced, m.first == i,
            i - 2 >= range.lowerBound, !prev.spaced, t[i - 2].kind == .word || t[i - 2].kind == .number && prev.text == ":"
        {
            return true
        }
        // An item number left inline when a converter drops a list's markup ("… Forum. 6. 100% case supervisions …"):
        // a whole number that is the sentence's first word, closed by a full stop, says nothing by itself.
        if m.isBare, m.first == range.lowerBound || t[m.first - 1].text == "•",
            m.end < range.upperBound, t[m.end].text == ".", !t[m.end].spaced,
            m.end + 1 >= range.upperBound || t[m.end + 1].spaced,
            m.value == m.value.rounded(.towardZero), m.value < 100
        {
            return true
        }
        // "60 Children's Social Care Annual Report 2013/14 pdf icon PDF 348 KB": a council page's item number before
        // the title of its document's link.
        if m.isBare, m.first == range.lowerBound, m.value == m.value.rounded(.towardZero), m.value < 1000,
            holdsFileBadge(t, range)
        {
            return true
        }
        // "124  DECLARATIONS OF INTEREST – There were none", "127  (19)  CORPORATE PARENTING REVIEW – The chair …":
        // printed minutes number each item, and may give its work-programme reference after the number.
        if m.isBare, m.isPlainInteger, m.first == range.lowerBound || m.inParentheses && m.first - 2 == range.lowerBound,
            isMinuteHeading(t, range)
        {
            return true
        }
        // Reference marks: "from 522,000 in 2014[1]", "the region [2]"; a paragraph's number opening its sentence:
        // "(1) Mark Janaway introduced the report".
        // (Not "(550)" alone in a budget's cell: a negative sum as accounts write it.)
        if m.isBare, m.isPlainInteger, m.value < 100, let prev, m.end < range.upperBound,
            prev.text == "[" && t[m.end].text == "]"
                || prev.text == "(" && t[m.end].text == ")" && i - 1 == range.lowerBound && m.end + 1 < range.upperBound
                    && t[m.end + 1].kind == .word
        {
            return true
        }
        // Clock times: "10:00", "2.00 pm", "9am".
        if let n = nextAfterDigits, n.text == ":", !n.spaced, i + 2 < range.upperBound, t[i + 2].kind == .number, !t[i + 2].spaced {
            return true
        }
        if let n = next, n.kind == .word, ["am", "pm", "a", "p", "noon"].contains(n.lower), m.isBare || m.value < 13 {
            if n.lower != "a" || (m.end + 1 < range.upperBound && t[m.end + 1].text == ".") { return true }
        }
        // Rating scale keys and footnote stars: "1*= no understanding", "(1 being the most deprived)".
        if let n = next, n.lower == "being", m.isBare { return true }
        if let n = nextAfterDigits, n.text == "*" || n.text == "=", !n.spaced { return true }
        // "24/7"
        if m.unit == .fraction, m.value == 24, m.denominator == 7 { return true }
        if m.unit == .duration { return !hasDurationCue(m, t, range) }
        if isPeriodNoun(m, t, range) { return true }
        // Compound adjectives: "12-month period", "2-year-old", "2.5-year check"; a range's first end in one: "the
        // 0-27-day age group".
        if let n = next, n.text == "-" || n.text == "–", !n.spaced, m.end + 1 < range.upperBound, !t[m.end + 1].spaced {
            if t[m.end + 1].kind == .word { return true }
            if t[m.end + 1].kind == .number, m.end + 3 < range.upperBound, ["-", "–"].contains(t[m.end + 2].text), !t[m.end + 2].spaced,
                t[m.end + 3].kind == .word, !t[m.end + 3].spaced
            {
                return true
            }
        }
        // A name's number: "Section 47", "Appendix 3", "Year 6", "Yr. 6", "quarter 4", "Section 175/157".
        if m.unit == .count || m.unit == .fraction, !m.isWord, m.qualifier == nil, isNamed(m, t, range) { return true }
        // "21/22": a financial year written short. ("17 of 18", "21 out of 22" are never years.)
        if m.unit == .fraction, m.isPlainInteger, m.digitCount == 2, let d = m.denominator, d == m.value + 1,
            (m.first..<m.end).contains(where: { t[$0].text == "/" })
        {
            return true
        }
        // "Tel: 01905 844962/846607": two phone numbers, not a fraction.
        if m.unit == .fraction, m.isPlainInteger, m.digitCount >= 6 || (m.denominator ?? 0) >= 100_000 { return true }
        // Thresholds: "3 or more placements", "three or fewer moves", "missing 10% or more of sessions".
        if m.end + 1 < range.upperBound, MetricVocabulary.thresholdTails.contains([t[m.end].lower, t[m.end + 1].lower]) { return true }
        guard m.isBare else { return false }
        // The base of a rate: "per 10,000", "per 1,000 live births".
        if let prev, prev.lower == "per", MetricVocabulary.rateBases.contains(m.value) { return true }
        // Phone numbers and long reference numbers.
        if m.leadingZero && m.digitCount >= 3 { return true }
        if m.isPlainInteger && m.digitCount >= 6 { return true }
        if m.value == 44, m.digitCount == 2, let prev, prev.text == "+", !t[i].spaced { return true }
        // Years not caught as dates: "in 2019", "Working Together 2018", "for 2023 placements"; "to 1983 people" counts.
        if m.isPlainInteger, m.digitCount == 4, (1900...2100).contains(m.value), !datedByPeriod(m, t, range, periods: periods) {
            if (1990...2040).contains(m.value) || !followedByCountedNoun(m, t, range) { return true }
        }
        // Date parts: "end of September 21".
        if let prev, DateScanner.month(prev) != nil, m.isPlainInteger, m.value <= 31 { return true }
        // Ages: "16 year olds", "16-year-olds", "16+", "under 18", "post 16".
        if isAge(m, t, range) { return true }
        // Footnote marker: a small integer closing a block after a quotation or a name ("'Children in Need' 1"); not the
        // last of a list of places and figures ("South Lakeland 61 and Eden 18.").
        if m.isPlainInteger, m.value < 30, m.end >= range.upperBound || (m.end + 1 == range.upperBound && t[m.end].text == "."),
            let prev, prev.kind == .mark ? ["'", "’", "”", "\"", ")"].contains(String(prev.text))
                : prev.kind == .word && !MetricVocabulary.subjectVerbs.contains(prev.lower) && !MetricVocabulary.prepositions.contains(prev.lower),
            HolderName.listed(m, t, in: range) == nil
        {
            return true
        }
        // A page number left inline after a passage's last full stop: "… from 172 in Q1 compared with 200 in Q4. 2".
        if m.isPlainInteger, m.value < 1000, m.first == range.lowerBound, m.end == range.upperBound, m.first > 0,
            t[m.first - 1].text == "."
        {
            return true
        }
        // A resolution's numbering: "RESOLVED – (1) That the Committee receive the report".
        if m.isPlainInteger, m.inParentheses, m.first >= 3, t[m.first - 1].text == "(", ["–", "-", "—", ":"].contains(t[m.first - 2].text),
            MeetingVocabulary.decisionMarkers.contains(t[m.first - 3].lower)
        {
            return true
        }
        // Source reference: "… compared with 15% and 13% nationally. (2)", "[3]" after a sentence's full stop.
        // (The full stop may stand in the sentence before: `m.first - 2` reaches back past the range on purpose.)
        if m.isPlainInteger, m.value < 100, m.first >= 2, ["(", "["].contains(t[m.first - 1].text), m.end < range.upperBound,
            [")", "]"].contains(t[m.end].text), m.end + 1 >= range.upperBound, [".", "!", "?"].contains(t[m.first - 2].text)
        {
            return true
        }
        return false
    }

    /// "On 18 and 19 December 2019", "3 – 5 March", "7, 8 and 15 December": a day joined to the date (or to a
    /// day of it) that follows.
    private static func isDayBefore(
        _ m: NumberMention, _ t: [Token], _ range: Range<Int>, dates: TextSpans, days: Set<Int>
    ) -> Bool {
        guard m.isBare, m.isPlainInteger, (1...31).contains(m.value), m.end + 1 < range.upperBound,
            ["and", "&", "to", "-", "–", ","].contains(t[m.end].lower), t[m.end + 1].kind == .number
        else { return false }
        let next = t[m.end + 1].start
        return days.contains(next) || dates.hasSpan(startingAt: next)
    }

    /// "aged 10-15", "Sections 11/157": the second end of a range whose first end is a name or an age.
    private static func continuesName(_ index: Int, _ mentions: [NumberMention], _ names: Set<Int>, _ t: [Token]) -> Bool {
        guard index > 0, names.contains(index - 1) else { return false }
        let m = mentions[index], before = mentions[index - 1]
        guard m.isBare || m.unit == .duration, m.first - before.end <= 1 else { return false }
        if m.first == before.end { return false }
        // "during quarter 3 to 54.9", "in quarter 3 to 412": a figure reached "to", not the end of a run of quarters.
        if before.first > 0, MetricVocabulary.quarterWords.contains(t[before.first - 1].lower) {
            guard m.isPlainInteger, (1...4).contains(m.value) else { return false }
        }
        if before.isPlainInteger, !m.isPlainInteger { return false }
        // "in the last 6 months and 93 had left care": after a span only another span ("6 months and 12 months")
        // continues it.
        if before.unit == .duration, m.unit != .duration, t[before.end].lower == "and" { return false }
        // After a year only another year continues it ("2016 to 2017", "2019-20"): "in 2016 to 646,120" is a figure.
        if before.isPlainInteger, before.digitCount == 4, (1900...2100).contains(before.value) {
            guard m.isPlainInteger, m.digitCount == 2 || (m.digitCount == 4 && (1900...2100).contains(m.value)) else { return false }
        }
        let joint = t[before.end]
        return ["-", "–", "—", "to", "and", "&", "/", ","].contains(joint.lower)
    }

    /// "1 to 1 support", "one to one sessions": a way of working, either number of it.
    private static func isOneToOne(_ m: NumberMention, _ t: [Token], _ range: Range<Int>) -> Bool {
        guard m.value == 1, m.unit == .count else { return false }
        func isOne(_ k: Int) -> Bool { k >= range.lowerBound && k < range.upperBound && (t[k].text == "1" || t[k].lower == "one") }
        return m.end + 1 < range.upperBound && t[m.end].lower == "to" && isOne(m.end + 1)
            || m.first - 2 >= range.lowerBound && t[m.first - 1].lower == "to" && isOne(m.first - 2)
    }

    /// Whether a naming word stands before the number, skipping a "." after an abbreviation ("Yr. 6", "No. 5");
    /// "year" names a school year, except after a determiner ("This year 219 audits were received").
    static func isNamed(_ m: NumberMention, _ t: [Token], _ range: Range<Int>) -> Bool {
        var k = m.first - 1
        if k >= range.lowerBound, t[k].text == "." { k -= 1 }
        guard k >= range.lowerBound, t[k].kind == .word else { return false }
        let w = t[k].lower
        guard MetricVocabulary.namingWords.contains(w) else { return false }
        if w == "year", k - 1 >= range.lowerBound, MetricVocabulary.yearDeterminers.contains(t[k - 1].lower) { return false }
        // "during the quarter 38 children became looked after": quarters run 1 to 4.
        if MetricVocabulary.quarterWords.contains(w), !(m.isPlainInteger || m.isWord) || !(1...4).contains(m.value) { return false }
        return true
    }

    private static func isAge(_ m: NumberMention, _ t: [Token], _ range: Range<Int>) -> Bool {
        let i = m.token
        func word(_ k: Int) -> String? { k >= range.lowerBound && k < range.upperBound && t[k].kind == .word ? t[k].lower : nil }
        func text(_ k: Int) -> String? { k >= range.lowerBound && k < range.upperBound ? String(t[k].text) : nil }
        var j = m.end
        if m.signed { return false }
        // "16+", "16 plus"; not "+7" starting the next figure.
        if text(j) == "+", !t[j].spaced, !(j + 1 < range.upperBound && t[j + 1].kind == .number && !t[j + 1].spaced) { return true }
        // A range "16 – 25" or "16-18" (evenly spaced, unlike "-3 -11"): look past its second end.
        var secondEnd: Int?
        var evenlySpaced = true
        if let d = text(j), ["-", "–", "—", "to"].contains(d.lowercased()), j + 1 < range.upperBound, t[j + 1].kind == .number {
            secondEnd = Int(t[j + 1].text)
            evenlySpaced = t[j].spaced == t[j + 1].spaced
            j += 2
        }
        if text(j) == "-" || text(j) == "–" { j += 1 }
        if let w = word(j), w == "year" || w == "years" || w == "yr" || w == "yrs" || w == "year-olds" {
            var k = j + 1
            if text(k) == "-" { k += 1 }
            if let o = word(k), o == "old" || o == "olds" { return true }
            // "pupils 16-18 years attending a college"
            if secondEnd != nil { return true }
        }
        if let w = word(j), MetricVocabulary.ageWords.contains(w), secondEnd != nil || w == "plus" { return true }
        // Age bands written as small ranges: "(15-17)", "0-25 service", "aged 0 to 17".
        if let s = secondEnd, evenlySpaced, m.isPlainInteger, m.value <= 25, s <= 25, Double(s) > m.value, text(m.end) != "to" || word(i - 1) == "aged" {
            return true
        }
        // "Care Leavers, between 19 and 21 that are in touch", "young people aged between 16 and 18": an age band
        // after the people it describes, with no counted noun of its own.
        if word(i - 1) == "between", text(m.end) == "and", m.end + 1 < range.upperBound, t[m.end + 1].kind == .number,
            m.isPlainInteger, m.value <= 25, let b = Int(t[m.end + 1].text), b <= 25, Double(b) > m.value,
            m.end + 2 >= range.upperBound || t[m.end + 2].kind != .word || MetricVocabulary.ageBandFollowers.contains(t[m.end + 2].lower),
            (max(range.lowerBound, i - 4)..<(i - 1)).contains(where: { MetricVocabulary.peopleNouns.contains(t[$0].lower) })
        {
            return true
        }
        // "care leavers at 19, 20 and 21 in suitable accommodation", "in higher education at 19, compared to …": the
        // ages a care leaver is counted at (the DfE's wording), after the people or their state, not after a verb
        // of a level ("stood at 19").
        if word(i - 1) == "at", m.isPlainInteger, (16...25).contains(m.value), let before = word(i - 2),
            !MetricVocabulary.levelVerbs.contains(before),
            (max(range.lowerBound, i - 12)..<i).contains(where: { t[$0].lower == "leavers" || t[$0].lower == "leaver" }),
            m.end >= range.upperBound || t[m.end].kind != .word || MetricVocabulary.ageBandFollowers.contains(t[m.end].lower)
                || MetricVocabulary.prepositions.contains(t[m.end].lower)
        {
            return true
        }
        // "Under 18 conception rates", "under 17 arrests", "over 16s", "under the age of 18".
        if let q = word(i - 1), q == "under" || q == "over", m.isPlainInteger, m.value <= 25 { return true }
        if word(i - 1) == "of", word(i - 2) == "age" { return true }
        return false
    }

    /// A four-digit number that counts something ("to 1983 people"), not a year.
    private static func followedByCountedNoun(_ m: NumberMention, _ t: [Token], _ range: Range<Int>) -> Bool {
        guard m.end < range.upperBound, t[m.end].kind == .word, let first = t[m.end].text.first, first.isLowercase else { return false }
        let w = t[m.end].lower
        return MetricVocabulary.countedNouns.contains(w)
    }

    /// "increased from 1490 in 2017/18 to 1967 in the current year": a year is not dated by another period, so four
    /// digits followed by one are a count ("in 2018 to 2019" is no period of a year: the range is one).
    private static func datedByPeriod(_ m: NumberMention, _ t: [Token], _ range: Range<Int>, periods: TextSpans) -> Bool {
        let k = m.end + 1
        guard k < range.upperBound, MetricVocabulary.presentLeads.contains(t[m.end].lower) else { return false }
        // "Working Together 2018 in the current year": a title's year.
        if m.first > range.lowerBound, t[m.first - 1].kind == .word, t[m.first - 1].text.first?.isUppercase == true { return false }
        if MetricVocabulary.presentMarkers.contains(where: { ContextReader.match($0, at: k, before: range.upperBound, t) != nil }) { return true }
        // "in 2017/18", "in March 2019": a period the scanners found starts right after the preposition.
        return periods.hasSpan(startingAt: t[k].start)
    }

    /// "across the 3 terms", "20 miles from home": spans and distances, no measures of the report's world.
    private static func isPeriodNoun(_ m: NumberMention, _ t: [Token], _ range: Range<Int>) -> Bool {
        guard m.end < range.upperBound, t[m.end].kind == .word else { return false }
        return MetricVocabulary.spanNouns.contains(t[m.end].lower)
    }

    private static func hasDurationCue(_ m: NumberMention, _ t: [Token], _ range: Range<Int>) -> Bool {
        // "73.5 days of training delivered": an amount of an activity, unless a timescale leads in ("within 10
        // days of referral", "for 2 years of").
        if m.unit == .duration, m.end + 1 < range.upperBound, t[m.end].lower == "of", t[m.end + 1].kind == .word,
            t[m.end + 1].lower != "age",
            m.first == range.lowerBound || !MetricVocabulary.timescaleLeads.contains(t[m.first - 1].lower)
        {
            return true
        }
        var k = m.first - 1
        var seen = 0
        // "for the first time in 5 years": a span the clause is set in, whatever it says of time.
        let spanLead = k >= range.lowerBound && MetricVocabulary.spanLeads.contains(t[k].lower)
        // "took 12 days"; or what the clause measures is a time: "The average duration of care proceedings was 40
        // weeks", "the second longest time at 936 days".
        var sameClause = true
        while k >= range.lowerBound, seen < 8 {
            if SentenceSplitter.isClauseBreak(t, k) { sameClause = false }
            if seen < 3, MetricVocabulary.durationCues.contains(t[k].lower) { return true }
            if sameClause, !spanLead, MetricVocabulary.durationNouns.contains(t[k].lower) { return true }
            if t[k].kind == .word { seen += 1 }
            k -= 1
        }
        return false
    }
}
