/// Reads the metrics of one passage of prose (a paragraph, a list item, a wordy table cell), sentence by
/// sentence: each figure with its unit, its label, its period, and the earlier values, benchmarks and
/// targets written beside it.
///
/// "Under 18 conception rates per 1,000 girls (15-17) has increased from 27 in 2018-19 to 30 in 2019-20."
/// → one metric: 30, rate per 1000, period 2019-20, previous 27 (2018-19), trend up.
struct ProseMetricReader {
    /// Where the passage is: its lines, section and the period of a lead-in ("On 31st March 2020, there were:").
    struct Place {
        let line: (Int) -> Int
        let section: String?
        let leadInPeriod: String?
        let table: TableCellRef?
        /// The words an infographic prints beside a figure that stands alone ("19.1%" / "Pupils eligible for free
        /// school meals"): the label when the passage has no words of its own.
        var caption: String? = nil
        /// What the list's lead-in says the items' shares are of ("Of these requests for help:"): the label's head
        /// for an item that opens with its figure and verb.
        var population: String? = nil
        /// The unit of the figure ending the passage just before, when this passage goes on from it: a benchmark,
        /// earlier value or target of that unit in the opening sentence, before any figure of this passage's own, is
        /// that figure's part.
        var continues: Metric.Unit? = nil
    }

    /// What a passage gives: its own metrics, and the parts it adds to the figure ending the passage before.
    struct Reading {
        let metrics: [Metric]
        let carried: [CarriedPart]
    }

    /// `bodyStart`: UTF-8 offset where the passage's own words begin (after its list numbering).
    static func read(_ text: String, bodyStart: Int = 0, place: Place) -> Reading {
        let t = Tokenizer.tokens(text)
        let none = Reading(metrics: [], carried: [])
        guard let first = t.firstIndex(where: { $0.start >= bodyStart }) else { return none }
        // Every figure starts at a number or a spelled-out number (NumberReader.read): a passage with neither,
        // about half of a report's prose, needs no periods, sentences or labels.
        guard t[first...].contains(where: { $0.kind == .number || NumberReader.isNumberWord($0) }) else { return none }
        let periods = PeriodFinder(text: text, tokens: t)
        var drafts: [MetricDraft] = []
        var carried: [CarriedPart] = []
        var topic: String?  // "The number of child protection plans started …" names what the next sentence's "rate" is of
        var sentencePlace = place
        for sentence in SentenceSplitter.sentences(t, in: first..<t.count) {
            read(sentence: sentence, t, text: text, periods: periods, place: sentencePlace, topic: topic, into: &drafts, carrying: &carried)
            // Only the passage's opening sentence goes on from the passage before ("This is higher than …").
            sentencePlace.continues = nil
            topic = Self.topic(of: sentence, t, periods: periods) ?? topic
        }
        for d in drafts.indices {
            drafts[d].inferTrend()
            // "This is a 17.6% decrease from 2018-19", "MARAC referrals reduced by 12%": the size of a change, which a
            // spreadsheet of values must not read as the measure's level. (Named last: the sentences after took the
            // measure's own name from it.)
            if drafts[d].sizesChange { drafts[d].label = changeLabel(drafts[d].label, trend: drafts[d].trend) }
        }
        return Reading(metrics: drafts.map { $0.metric(section: place.section, table: place.table) }, carried: carried)
    }

    /// "in 2007 this figure was", "for 2016/17 the figure dropped to": a clause naming its figure only by the one
    /// before.
    private static func pointsBack(in range: Range<Int>, _ t: [Token]) -> Bool {
        range.dropLast().contains { k in
            ["this", "the", "that"].contains(t[k].lower) && MetricVocabulary.measureWords.contains(t[k + 1].lower)
        }
    }

    /// "change in contacts" for the size of a change to contacts. A label opening with the change's own noun says
    /// the same once its direction is in the trend: "a 20% increase in contacts" → "change in contacts".
    static func changeLabel(_ label: String, trend: Metric.Trend?) -> String {
        let words = TextShape.words(TextShape.key(label))
        if trend != nil, words.count > 2, MetricVocabulary.trendWords[String(words[0])] != nil,
            MetricVocabulary.changeNouns.contains(String(words[0])), words[1] == "in" || words[1] == "of",
            let space = label.firstIndex(of: " ")
        {
            return "change" + label[space...]
        }
        if words.contains(where: { MetricVocabulary.changeWords.contains(String($0)) }) { return label }
        return "change in " + label
    }

    private static func read(
        sentence s: Range<Int>, _ t: [Token], text: String, periods: PeriodFinder, place: Place, topic: String?,
        into drafts: inout [MetricDraft], carrying carried: inout [CarriedPart]
    ) {
        let mentions = NumberReader.read(t, in: s)
        var figures = NonMetricFilter.metrics(mentions, t, in: s, excluded: periods.spans)
        guard !figures.isEmpty, !MemberInterestGuidance.mentioned(in: t, s), !NonMetricFilter.isContactLine(t, s) else { return }
        applyFloatingRate(&figures, t, s)
        var read = ContextReader.read(figures, t, sentence: s, periods: periods)
        let sentenceText = String(text.utf8Slice(t[s.lowerBound].start, t[s.upperBound - 1].end))
        let labeler = MetricLabeler(tokens: t, sentence: s, figureStarts: Set(figures.map(\.first)), periods: periods)
        // A part with no figure of its own in the sentence belongs to the block's last metric, or to the figure ending
        // the passage before, or stands alone.
        var carriedFigures: Set<Int> = []
        for i in read.indices where read[i].role != .main && read[i].role != .change && read[i].host == nil && drafts.isEmpty {
            if place.continues == figures[i].unit, CarriedPart.carries(read[i].role) {
                carriedFigures.insert(i)
            } else {
                read[i].role = .main
            }
        }
        let firstDraft = drafts.count
        var draftOf: [Int: Int] = [:]
        var headOf: [Int: String] = [:]  // the noun each figure's words after it open with ("girls")
        var head: String?  // the population named by the sentence's last share ("initial health assessments")
        // "one in five (18%) of the population": the share in parentheses is the ratio's exact form, one fact. (The
        // ratio's words still bound the labels.)
        let restated = Set(figures.indices.dropLast().filter { i in
            figures[i].unit == .fraction && figures[i + 1].unit == .percent && figures[i].end + 1 == figures[i + 1].first
                && t[figures[i].end].text == "(" && read[i + 1].role == .main
        })
        for (i, figure) in figures.enumerated() where (read[i].role == .main || read[i].role == .change) && !restated.contains(i) {
            let change = read[i].role == .change
            var m = figure
            // "a high rate of 404 compared with the national average of 330": a rate whose base is not written.
            // (Not "Rate of 100,000 population": that names a base.)
            if m.isBare, followsRateOf(m, t), !namesBase(m, t, s) { m.unit = .rate }
            var next = figures[(i + 1)...].first?.first ?? s.upperBound
            // "91% (2021-22: 87%)": a period inside the parentheses of a part after this figure is the part's.
            // (Not "(91%, 87%)": parentheses opened before this figure bound nothing after it.)
            if i + 1 < figures.count, read[i + 1].role != .main, read[i + 1].role != .change,
                let open = ContextReader.openingParenthesis(before: figures[i + 1], t, s), open >= m.end
            {
                next = min(next, open)
            }
            var draft = MetricDraft(mention: m, line: place.line(m.offset), text: Excerpt.around(offset: m.offset - t[s.lowerBound].start, in: sentenceText))
            let fallback = drafts.last?.label ?? place.caption
            let named = labeler.label(for: m, unit: m.unit, isChange: change, fallback: fallback, previousHead: head)
            draft.label = named.label
            draft.pointsBack = YearOnYear.pointsBack(named.label)
            if let population = place.population, drafts.isEmpty, LeadInPopulation.itemOpensWithPredicate(m, t, in: s) {
                draft.label = LeadInPopulation.joined(population, named.label)
            } else if let population = LeadInPopulation.openingClause(before: m, t, in: s, periods: periods),
                !named.label.lowercased().hasPrefix(population.lowercased())
            {
                draft.label = LeadInPopulation.joined(population, named.label)
            }
            // "The rate of 65 per 10,000 is …" after a sentence about child protection plans started: a bare measure
            // word names nothing; the topic of the sentence before does.
            // "This figure increased by 0.5%": with a demonstrative it is the figure before, when there is no topic.
            if let bare = MetricVocabulary.bareMeasure(named.label) {
                if let topic { draft.label = topic } else if bare.demonstrative, let last = drafts.last { draft.label = last.label }
            }
            // "fell by 28 and 85 respectively": a figure joined to a change's size is one too, as is the same change in
            // the other unit in parentheses ("down 1.5% (9,840)").
            draft.sizesChange = change || i > 0 && drafts.last?.sizesChange == true && draftOf[i - 1] == drafts.count - 1
                && figures[i - 1].end + 1 == m.first && ["and", ",", "("].contains(t[m.first - 1].lower)
            head = named.head ?? head
            headOf[i] = named.head
            // A period between a change's "from" and its "to" figure is the "from" figure's ("from 380 in January
            // 2023 to 414 …"); one before the "from" is both's ("In 2019-20 referrals rose from 19% to 24%").
            let opening = ContextReader.changeOpening(closedBy: m, t, s)
            let from = max(figures[..<i].last?.end ?? s.lowerBound, s.lowerBound)
            // "In 2015/16 … totalled 693, for 2016/17 the figure dropped to 367": a period past a clause break opens the
            // next clause; the figure's own is the one written before it.
            var periodLimit = next
            // ("77% were …; in 2007 this figure was 78%": the next clause's period is the figure's that points back.)
            if let brk = (m.end..<next).first(where: { SentenceSplitter.isClauseBreak(t, $0) }),
                periods.hasOwnPeriod(from: from, before: m.first) || pointsBack(in: brk..<next, t)
            {
                periodLimit = brk
            }
            draft.period = ContextReader.periodSetOff(before: m, t, s, periods)
                ?? periods.period(after: m.end, before: periodLimit, orBefore: opening ?? m.first, in: s)
                ?? (opening != nil ? ContextReader.followedByPreviousMarker(m, t, s) : nil) ?? place.leadInPeriod
            draft.trend = trend(in: from..<max(from, change ? min(s.upperBound, m.end + 2) : next), t)
            if m.signed { draft.trend = m.value > 0 ? .up : m.value < 0 ? .down : .flat }
            if draft.trend == nil, !change { draft.trend = ContextReader.comparedWithEarlier(m, t, s) }
            if !change, let earlier = ContextReader.sameAsEarlier(m, t, s, periods: periods) {
                draft.previous = PreviousValue(value: m.value, period: earlier)
                draft.trend = .flat
            }
            draftOf[i] = drafts.count
            drafts.append(draft)
        }
        for (i, m) in figures.enumerated() where read[i].role != .main && read[i].role != .change {
            if carriedFigures.contains(i) {
                carried.append(CarriedPart(role: read[i].role, value: m.value, period: read[i].role == .previous ? earlierPeriod(of: m, t, s, periods) : nil))
                continue
            }
            guard let d = read[i].host.flatMap({ draftOf[$0] }) ?? earlierHost(for: m, role: read[i].role, in: drafts, t) else { continue }
            switch read[i].role {
            case .previous:
                guard drafts[d].previous == nil else { continue }
                let period = earlierPeriod(of: m, t, s, periods)
                // "0.97% in quarter 2 compared to 1.6% in this quarter", "22% in 2021/22 compared to 19% in 2022/23":
                // the comparison is written the other way round; the later figure is the metric.
                let present = period == nil ? ContextReader.followedByPresentMarker(m, t, s) : nil
                if let mainPeriod = drafts[d].period, !drafts[d].isChange, m.unit == drafts[d].mention.unit,
                    present != nil || period.map({ PeriodOrder.isEarlier(mainPeriod, than: $0) }) == true
                {
                    let earlier = PreviousValue(value: drafts[d].value, period: mainPeriod)
                    drafts[d].mention = m
                    drafts[d].period = period ?? present
                    drafts[d].previous = earlier
                } else {
                    drafts[d].previous = PreviousValue(value: m.value, period: period)
                }
            case .comparators(let names):
                for name in names { drafts[d].comparators.append(Comparator(name: name, value: m.value)) }
            case .target:
                if drafts[d].target == nil { drafts[d].target = m.value }
            case .main, .change:
                break
            }
        }
        // A count and a share of one group, side by side, take one name: "624 or 37.7 per cent of cases had been open …"
        // is named after the share; "1,120 (40%) progressed …", "82% (3,045) were being held open" after the figure
        // outside the parentheses.
        for i in figures.indices.dropLast() where figures[i].end + 1 == figures[i + 1].first {
            guard let a = draftOf[i], let b = draftOf[i + 1] else { continue }
            let units = (figures[i].unit, figures[i + 1].unit)
            let joint = t[figures[i].end]
            if units == (.count, .percent), joint.lower == "or" {
                drafts[a].label = drafts[b].label
            } else if units == (.count, .percent) || units == (.percent, .count), joint.text == "(",
                figures[i + 1].end < s.upperBound, t[figures[i + 1].end].text == ")"
            {
                drafts[b].label = drafts[a].label
            }
        }
        sharePredicateBack(&drafts, figures, draftOf: draftOf, headOf: headOf, t)
        RespectiveFigures.distribute(&drafts, from: firstDraft, t, s, periods: periods)
        YearOnYear.fold(&drafts, from: firstDraft)
        if let (status, at) = ProseStatus.find(t, in: s), let d = drafts[firstDraft...].lastIndex(where: { $0.mention.end <= at }) {
            drafts[d].status = status
        }
    }

    /// "85% of boys and 90% of girls achieved the expected standard" → "boys achieved the expected standard": two
    /// shares of two groups joined by "and" share the predicate written after the second.
    private static func sharePredicateBack(
        _ drafts: inout [MetricDraft], _ figures: [NumberMention], draftOf: [Int: Int], headOf: [Int: String], _ t: [Token]
    ) {
        for i in figures.indices.dropLast() where figures[i].unit == .percent && figures[i + 1].unit == .percent {
            let a = figures[i], b = figures[i + 1]
            guard let da = draftOf[i], let db = draftOf[i + 1], let head = headOf[i + 1], a.end + 2 < b.first,
                t[a.end].lower == "of", t[b.first - 1].lower == "and"
            else { continue }
            // Only the group's own words between: no verb of the first share's own.
            let group = (a.end + 1)..<(b.first - 1)
            guard group.allSatisfy({ k in
                t[k].kind == .word && !MetricVocabulary.predicateWords.contains(t[k].lower) || ["(", ")", "-", "'", "’"].contains(t[k].text)
            }), drafts[db].label.hasPrefix(head + " ")
            else { continue }
            var predicate = drafts[db].label.dropFirst(head.count + 1)
            // "Children in Care (CiC) have …": the second group's short name is its own.
            if predicate.hasPrefix("("), let close = predicate.firstIndex(of: ")") {
                predicate = predicate[predicate.index(after: close)...].drop { $0 == " " }
            }
            guard !predicate.isEmpty else { continue }
            drafts[da].label += " " + predicate
        }
    }

    /// The time an earlier value is of: "19% in 2018-19", "87% last year", "(2021-22: 87%)", "last year it was 87%".
    private static func earlierPeriod(of m: NumberMention, _ t: [Token], _ s: Range<Int>, _ periods: PeriodFinder) -> String? {
        periods.periodRightAfter(m.end) ?? ContextReader.followedByPreviousMarker(m, t, s)
            ?? (m.inParentheses ? periods.periodRightBefore(m.first - 1) : nil) ?? ContextReader.earlierLabel(m, t, s, periods)
            ?? ContextReader.previousMarkerBefore(m, t, s)
    }

    /// "The number of child protection plans started within 2019-20 has decreased" → "child protection plans
    /// started": what a sentence opening with a measure word ("The number of", "The rate of") is about, up to its
    /// verb or a period.
    private static func topic(of s: Range<Int>, _ t: [Token], periods: PeriodFinder) -> String? {
        var k = s.lowerBound
        if k < s.upperBound, t[k].lower == "the" { k += 1 }
        guard k + 1 < s.upperBound, MetricVocabulary.measureWords.contains(t[k].lower), t[k + 1].lower == "of" else { return nil }
        k += 2
        var words: [Token] = []
        while k < s.upperBound, t[k].kind == .word, !periods.starts.contains(k) {
            let w = t[k].lower
            if MetricVocabulary.auxiliaries.contains(w) || MetricVocabulary.subjectVerbs.contains(w) || MetricVocabulary.changeWords.contains(w) {
                break
            }
            // "within 2019-20", "in 2018-19": a period closes the topic.
            if MetricVocabulary.prepositions.contains(w), k + 1 < s.upperBound, periods.starts.contains(k + 1) { break }
            words.append(t[k])
            k += 1
        }
        guard !words.isEmpty, words.count <= 12 else { return nil }
        return words.map(\.text).joined(separator: " ")
    }

    /// The metric a part with no figure of its own in its sentence belongs to: the block's last, unless an earlier
    /// one of the last few has the part's unit. "690 children with a plan, equating to a rate of 39.6 per 10,000.
    /// This is an increase from 601 …": 601 is the earlier count of children, not of the rate.
    private static func earlierHost(for m: NumberMention, role: FigureRole, in drafts: [MetricDraft], _ t: [Token]) -> Int? {
        guard let last = drafts.indices.last else { return nil }
        guard role == .previous, drafts[last].mention.unit != m.unit else { return last }
        let unit: Metric.Unit = m.unit == .count && followsRateOf(m, t) ? .rate : m.unit
        return drafts.indices.reversed().prefix(3).first { drafts[$0].mention.unit == unit && drafts[$0].previous == nil } ?? last
    }

    /// "Rate of 100,000 population": a base and the population it counts, not a rate's value.
    private static func namesBase(_ m: NumberMention, _ t: [Token], _ s: Range<Int>) -> Bool {
        MetricVocabulary.rateBases.contains(m.value) && m.end < s.upperBound && MetricVocabulary.baseNouns.contains(t[m.end].lower)
    }

    /// "a rate of 35.2": the figure is a rate whether or not its base is written.
    private static func followsRateOf(_ m: NumberMention, _ t: [Token]) -> Bool {
        m.first >= 2 && t[m.first - 2].lower == "rate" && t[m.first - 1].lower == "of"
    }

    /// "The Rate of referrals per 10,000 is 641": a rate base written in the subject applies to the bare
    /// figures of the sentence that no noun follows.
    private static func applyFloatingRate(_ figures: inout [NumberMention], _ t: [Token], _ s: Range<Int>) {
        let found = NumberReader.rateBase(t, in: s) { k in figures.contains { $0.first <= k && k < $0.end } }
        guard let (perAt, base) = found else { return }
        for i in figures.indices where figures[i].isBare {
            // "a rate of 39.6 children and young people with a CPP per 10,000": the base closes the rate's own phrase.
            let f = figures[i]
            let rateOf = followsRateOf(f, t) && perAt > f.end
                && perAt - f.end <= 12 && !figures.contains { $0.first > f.end && $0.first < perAt }
            let next = figures[i].end < s.upperBound ? t[figures[i].end] : nil
            if !rateOf, let next, next.kind == .word, !MetricVocabulary.prepositions.contains(next.lower) { continue }
            figures[i].unit = .rate
            figures[i].per = base
        }
    }

    /// The direction the words between two figures state, when they state one.
    private static func trend(in r: Range<Int>, _ t: [Token]) -> Metric.Trend? {
        var found: Set<Metric.Trend> = []
        for k in r where k < t.count {
            // The table's words are lower case and its arrows have no case, so the lower-case form is the only key.
            guard MetricVocabulary.trendGate.mightContain(t[k].lower) else { continue }
            if let trend = MetricVocabulary.trendWords[t[k].lower], !isIdiom(at: k, t) { found.insert(trend) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// A trend word used for something else: "growing up in registered homes", "broken down by age", "a home for up
    /// to six children" (a limit), "children in stable placements" (a quality, not a change over time).
    private static func isIdiom(at k: Int, _ t: [Token]) -> Bool {
        let w = t[k].lower
        let before = k > 0 ? t[k - 1].lower : ""
        if w == "up" || w == "down" {
            if MetricVocabulary.phrasalVerbHeads.contains(before) { return true }
            return k + 1 < t.count && t[k + 1].lower == "to" && MetricVocabulary.limitLeads.contains(before)
        }
        if MetricVocabulary.trendWords[w] == .flat, w.first?.isLetter == true {
            return MetricVocabulary.qualityLeads.contains(before)
        }
        // "they declined the interview", "declined to take part": refused, not fell.
        if w.hasPrefix("declin"), k + 1 < t.count,
            MetricVocabulary.refusalFollowers.contains(t[k + 1].lower) || t[k + 1].lower == "to" && k + 2 < t.count && t[k + 2].kind == .word
        {
            return true
        }
        return false
    }
}
