/// Finds the periods a block's figures can belong to, as written: "2019-20", "2016/17", "as at 31st March 2020",
/// "March 2017", "quarter 4", "Q3", "year to date", "Between 1st April 2019 and 31st March 2020".
struct PeriodFinder {
    struct Found: Sendable, Equatable {
        let label: String
        /// Token range of the period.
        let first: Int
        let end: Int
        /// Written as the base of a comparison ("from 2018-19", "since April"), not as the figure's own period.
        let isBase: Bool
    }

    let periods: [Found]
    /// The first token of each period, for quick tests while reading labels.
    let starts: Set<Int>
    /// UTF-8 spans of every date and period, whose digits are no figures.
    let spans: TextSpans

    init(text: String, tokens t: [Token]) {
        var spans: [(start: Int, end: Int)] = []
        var found: [Found] = []
        let dates = DateScanner.scan(t)
        let financial = PeriodScanner.scan(text, tokens: t, dates: dates)
        for p in financial { spans.append((p.start, p.end)) }
        for d in dates { spans.append((d.start, d.end)) }
        // Tokens are in text order, so both offsets are found by binary search (a dictionary of every
        // token cost more than the scans themselves).
        func tokenIndex(atOffset offset: Int) -> Int? {
            let n = t.partitionPoint { $0.start >= offset }
            return n < t.count && t[n].start == offset ? n : nil
        }
        func tokenEnd(atOffset offset: Int) -> Int? {
            let n = t.partitionPoint { $0.end >= offset }
            return n < t.count && t[n].end == offset ? n + 1 : nil
        }
        var covered: [(start: Int, end: Int)] = []
        for p in financial {
            guard let a = tokenIndex(atOffset: p.start), let b = tokenEnd(atOffset: p.end) else { continue }
            found.append(Found(label: String(text.utf8Slice(p.start, p.end)), first: a, end: b, isBase: Self.isBase(t, a, to: b)))
            covered.append((p.start, p.end))
        }
        let coveredSpans = TextSpans(covered)
        let financialFound = found.count
        var k = 0
        while k < dates.count {
            let d = dates[k]
            defer { k += 1 }
            if coveredSpans.covers(d.start) { continue }
            guard d.year != nil || d.day == nil, let a = tokenIndex(atOffset: d.start), let b = tokenEnd(atOffset: d.end) else { continue }
            var end = b, endOffset = d.end
            // "Between 1st April 2019 and 31st March 2020": one period.
            if k + 1 < dates.count, b < t.count, ["and", "to", "-", "–", "until"].contains(t[b].lower),
                let c = tokenIndex(atOffset: dates[k + 1].start), c == b + 1, let e = tokenEnd(atOffset: dates[k + 1].end)
            {
                end = e
                endOffset = dates[k + 1].end
                k += 1
            }
            found.append(Found(label: String(text.utf8Slice(d.start, endOffset)), first: a, end: end, isBase: Self.isBase(t, a, to: end)))
        }
        // "quarter 4", "Q3", "year to date", "YTD"; a bare year after a preposition ("in 2018", "(up from 78.3% in 2018)").
        // Spans this walk adds lie behind it, so asking only those found before it is the same question, and a
        // quarter's year is one of the periods found before it, by where it starts.
        var earlier: TextSpans?  // built when a bare year first asks
        let earlierRuns = [0..<financialFound, financialFound..<found.count]
        var taken = Set<Int>()
        var i = 0
        while i < t.count {
            if t[i].kind == .number, i > 0, MetricVocabulary.yearLeads.contains(t[i - 1].lower), let year = Self.bareYear(t, i) {
                let known = earlier ?? TextSpans(spans)
                earlier = known
                if !known.covers(t[i].start) {
                    found.append(Found(label: String(year), first: i, end: i + 1, isBase: Self.isBase(t, i)))
                    spans.append((t[i].start, t[i].end))
                }
            }
            guard t[i].kind == .word else { i += 1; continue }
            let w = t[i].lower
            // Quarters run 1 to 4: "during the quarter 38 children became looked after" names no quarter 38.
            var quarter: String?
            if w == "quarter", i + 1 < t.count, t[i + 1].kind == .number, let q = t[i + 1].int, (1...4).contains(q) {
                quarter = "\(t[i].text) \(t[i + 1].text)"
            } else if w == "quarter", i + 1 < t.count, MetricVocabulary.quarterNumberWords.contains(t[i + 1].lower) {
                quarter = "\(t[i].text) \(t[i + 1].text)"  // "during quarter four", as minutes write it
            } else if w == "q", i + 1 < t.count, t[i + 1].kind == .number, !t[i + 1].spaced, let q = t[i + 1].int, (1...4).contains(q),
                t[i + 1].text.count == 1
            {
                quarter = "Q\(t[i + 1].text)"
            }
            if var label = quarter {
                // "Q2 2019", "Q4 2019/20", "quarter 3 2021-22": the year the quarter is of belongs to it.
                var end = i + 2
                if let year = Self.index(of: end, in: found, runs: earlierRuns), !taken.contains(year) {
                    label += " " + found[year].label
                    end = found[year].end
                    taken.insert(year)
                } else if end < t.count, t[end].spaced, let year = Self.bareYear(t, end) {
                    label += " \(year)"
                    spans.append((t[end].start, t[end].end))
                    end += 1
                }
                found.append(Found(label: label, first: i, end: end, isBase: Self.isBase(t, i)))
                i = end
                continue
            }
            if w == "year", i + 2 < t.count, t[i + 1].lower == "to", t[i + 2].lower == "date" {
                found.append(Found(label: "year to date", first: i, end: i + 3, isBase: false))
                i += 3
                continue
            }
            if w == "ytd" { found.append(Found(label: "YTD", first: i, end: i + 1, isBase: false)) }
            i += 1
        }
        let kept = taken.isEmpty ? found : found.indices.filter { !taken.contains($0) }.map { found[$0] }
        self.periods = kept.sorted { $0.first < $1.first }
        self.starts = Set(kept.map(\.first))
        self.spans = TextSpans(spans)
    }

    /// The first period in `runs` (financial years, then dates: each in text order) starting at token `first`.
    private static func index(of first: Int, in found: [Found], runs: [Range<Int>]) -> Int? {
        for run in runs {
            let k = found[run].partitionPoint { $0.first >= first }
            if k < run.upperBound, found[k].first == first { return k }
        }
        return nil
    }

    /// A four-digit year standing alone: not the start of a range ("2018/19", "2018-2019") or a figure ("2018.5").
    private static func bareYear(_ t: [Token], _ i: Int) -> Int? {
        guard t[i].text.utf8.count == 4, let year = t[i].int, (1990...2100).contains(year) else { return nil }
        // "2018.5", "2018/19", "2018-2019" go on; "in 2021." and "in 2021, compared …" end.
        if i + 2 < t.count, !t[i + 1].spaced, ["/", "-", "–", ".", ","].contains(t[i + 1].text), t[i + 2].kind == .number, !t[i + 2].spaced {
            return nil
        }
        return year
    }

    /// "from 2018-19", "since April 2019", "compared to 2018-19": the base of a comparison.
    /// ("From 1 April 2017 to 31 March 2018 there were 9,645 contacts": a span closed by "to" is the time counted.)
    private static func isBase(_ t: [Token], _ i: Int, to end: Int? = nil) -> Bool {
        if let end, i > 0, t[i - 1].lower == "from", (i..<end).contains(where: { ["to", "until"].contains(t[$0].lower) }) { return false }
        var k = i - 1
        if k >= 0, ["the", "end", "of"].contains(t[k].lower) { k -= 1 }
        guard k >= 0 else { return false }
        if t[k].lower == "to", k > 0, ["compared", "compares", "similar"].contains(t[k - 1].lower) { return true }
        return MetricVocabulary.baseLeads.contains(t[k].lower)
    }

    /// The period written for a figure spanning `first..<end` in `sentence`: the first own period after it
    /// (before `limit`), else the nearest before it in the sentence.
    /// (Found by binary search, then a walk over the periods between: a run-on line names thousands.)
    func period(after end: Int, before limit: Int, orBefore first: Int, in sentence: Range<Int>) -> String? {
        var k = periods.partitionPoint { $0.first >= end }
        while k < periods.count, periods[k].first < limit {
            if !periods[k].isBase { return periods[k].label }
            k += 1
        }
        // A period ending by `first` starts before it.
        k = periods.partitionPoint { $0.first >= first } - 1
        while k >= 0, periods[k].first >= sentence.lowerBound {
            if periods[k].end <= first, !periods[k].isBase { return periods[k].label }
            k -= 1
        }
        return nil
    }

    /// Whether a period of the figure's own (no comparison's base) lies wholly within tokens `from..<end`.
    func hasOwnPeriod(from: Int, before end: Int) -> Bool {
        var k = periods.partitionPoint { $0.first >= from }
        while k < periods.count, periods[k].first < end {
            if !periods[k].isBase, periods[k].end <= end { return true }
            k += 1
        }
        return false
    }

    /// The period whose tokens end right before token `index`, found by binary search: asked for many figures of a
    /// sentence, a scan of every period each time would be quadratic in a run-on line.
    func period(endingAt index: Int) -> Found? {
        let low = periods.partitionPoint { $0.first >= index }
        // Periods start in order and rarely overlap: the one ending here is among the last few starting before it.
        return periods[max(0, low - 3)..<low].last { $0.end == index }
    }

    /// The first period starting within `tokens`, found by binary search.
    func period(startingWithin tokens: ClosedRange<Int>) -> Found? {
        let low = periods.partitionPoint { $0.first >= tokens.lowerBound }
        return low < periods.count && tokens.contains(periods[low].first) ? periods[low] : nil
    }

    /// The first period starting within `tokens` and ending by token `end`, found by binary search.
    func period(startingWithin tokens: ClosedRange<Int>, endingBy end: Int) -> Found? {
        var k = periods.partitionPoint { $0.first >= tokens.lowerBound }
        while k < periods.count, periods[k].first <= tokens.upperBound {
            if periods[k].end <= end { return periods[k] }
            k += 1
        }
        return nil
    }

    /// The period ending right before token `index`: "since 2018 (33.8%)" → "2018" for the "(".
    func periodRightBefore(_ index: Int) -> String? {
        period(endingAt: index)?.label
    }

    /// The period written right after an earlier value ("19% in 2018-19", "753 (2018-19)").
    func periodRightAfter(_ end: Int, within: Int = 4) -> String? {
        let low = periods.partitionPoint { $0.first >= end }
        return low < periods.count && periods[low].first <= end + within ? periods[low].label : nil
    }
}
