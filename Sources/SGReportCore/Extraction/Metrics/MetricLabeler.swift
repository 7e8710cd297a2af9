/// Names the thing a figure measures, from its sentence's own words: the noun phrase after the figure
/// ("10,178 contacts were made to the Multi Agency Safeguarding Hub (MASH)" → "contacts made to the Multi Agency
/// Safeguarding Hub (MASH)"), or the subject before it ("The Rate of referrals per 10,000 is 641" → "Rate of referrals per 10,000").
struct MetricLabeler {
    let tokens: [Token]
    let sentence: Range<Int>
    /// Token ranges of every figure in the sentence (metrics and their parts), where a label phrase stops.
    let figureStarts: Set<Int>
    let periods: PeriodFinder
    /// Where the sentence's first figure starts: "is there a figure before this one" in constant time (a 1 MB
    /// line of figures is one sentence).
    let firstFigureStart: Int

    init(tokens: [Token], sentence: Range<Int>, figureStarts: Set<Int>, periods: PeriodFinder) {
        self.tokens = tokens
        self.sentence = sentence
        self.figureStarts = figureStarts
        self.periods = periods
        firstFigureStart = figureStarts.min() ?? sentence.upperBound
    }

    /// The label, and the head noun of the words after the figure ("initial health assessments"), which a share
    /// later in the sentence may need ("… with 76% completed within statutory timeframes").
    func label(for m: NumberMention, unit: Metric.Unit, isChange: Bool, fallback: String?, previousHead: String?) -> (label: String, head: String?) {
        let after = afterPhrase(m)
        // "…, equating to 284 per 10,000 population": the same fact restated as a rate or share measures what the
        // figure before did ("representing 69 different organisations" counts something else).
        if unit == .rate || unit == .percent || after == nil, let fallback, restatesFigureBefore(m, isChange: isChange) {
            return (fallback, after?.head)
        }
        if after == nil || isChange, let fallback, changesFigureBefore(m) { return (fallback, after?.head) }
        if let changed = changedThing(m) { return (changed, after?.head) }
        if ranksItself(m), let measured = measuredEarlier(m) ?? fallback { return (measured, nil) }
        if let body = meetingBody(m) { return (body + " meetings", nil) }
        if after == nil || afterStart(m).map({ HolderName.rivalLeads.contains(t[$0].lower) }) == true,
            let holder = HolderName.before(m, t, in: sentence, figureStarts: figureStarts)
                ?? (after == nil ? HolderName.listed(m, t, in: sentence) : nil)
        {
            return (holder, nil)
        }
        if let previousHead, let predicate = predicateOfJoinedCount(m) ?? predicateAfterOfWhich(m) { return (previousHead + " " + predicate, previousHead) }
        if after == nil, let fallback, let shared = sharesClauseBefore(m, label: fallback, head: previousHead) { return (shared, nil) }
        if var joined = CoordinatedPredicate.words(for: m, t, in: sentence, figureStarts: figureStarts) {
            stripLeads(&joined)
            return (render(trimmed(joined)), after?.head)
        }
        let subject = subjectPhrase(m).flatMap { isPronoun($0) ? nil : $0 }
        var choice: String?
        if let after, let previousHead, startsWithShareVerb(m) {
            // The population stays the head for the next part ("… and 33 were unexpected").
            return (previousHead + " " + after.text, previousHead)
        } else if m.inParentheses, parenthesisHoldsWords(m) {
            choice = nounBeforeParenthesis(m) ?? subject ?? after?.text
        } else if m.inParentheses, let k = afterStart(m), MetricVocabulary.subjectVerbs.contains(t[k].lower) {
            // "registration with a GP (100%), immunisations (96%) remain high": the verb after is the list's; the
            // figure names the words before its parenthesis.
            choice = subject ?? nounBeforeParenthesis(m)
        } else if m.inParentheses, after == nil || afterStart(m).map({ Self.nextItemLeads.contains(t[$0].lower) }) == true {
            // "Learning (82%), Communication (76%) and Personal care (71%)": after another figure's parenthesis, the
            // words just before this one's name it.
            // The list's first item is named so too when another follows ("Most LAC are males (58%), white (65%)").
            choice = (listedAfterFigure(m) || opensFigureList(m) ? nounBeforeParenthesis(m) : nil) ?? subject ?? nounBeforeParenthesis(m)
        } else if unit == .rate, let noun = nounBeforeBase(m) {
            choice = noun
        } else if unit == .rate || isChange {
            choice = (isChange ? nil : possessedMeasure(m)) ?? subject ?? after?.text
        } else if let after {
            choice = objectLead(m).map { $0 + " " + after.text } ?? after.text
        } else {
            choice = subject ?? objectPhrase(m)
        }
        // "The population of approximately 540,100 has grown …": a choice that names nothing gives way to the subject.
        // "(Monday, September 1) showed 26 children … and 18 in unregistered provision": a month or a day alone names
        // nothing either.
        if let c = choice, namesNothing(c) {
            choice = subject.flatMap { namesNothing($0) ? nil : $0 }
        }
        if let c = choice, !c.isEmpty {
            guard isStray(c) else { return (c, after?.head) }
            // "… the number of assessments being completed in timescales from 73% in quarter 3 to 87%": the words
            // left before the figure ("in quarter") name nothing; what "number of" named does.
            if let measured = measuredEarlier(m) { return (measured, after?.head) }
        }
        // "an increase in the number of assessments completed in timescales from 73% in quarter 3 to 87% in quarter 4":
        // a change's closing figure with no words of its own measures what "number of" named in its sentence.
        if choice == nil, ContextReader.changeOpening(closedBy: m, t, sentence) != nil, let measured = measuredEarlier(m) {
            return (measured, after?.head)
        }
        if let fallback { return (fallback, after?.head) }
        return (measuredEarlier(m) ?? loosePhrase(m) ?? "figure", after?.head)
    }

    private var t: [Token] { tokens }

    /// "care leavers at 19, 20 and 21 in suitable accommodation": a comma between numbers that are no figures (ages,
    /// names) lists them inside the subject.
    private func listsNonFigures(_ k: Int) -> Bool {
        k > sentence.lowerBound && k + 1 < sentence.upperBound && t[k].text == "," && t[k - 1].kind == .number && t[k + 1].kind == .number
            && !figureStarts.contains(k - 1) && !figureStarts.contains(k + 1)
    }

    /// "… but UASC Care Leavers has increased by 164%", "whereas contacts rose by 12%": a contrast whose clause has a
    /// subject of its own (not "but since then has increased", "but not MASH", "but this has been").
    private func opensContrast(at k: Int, before figure: Int) -> Bool {
        guard MetricVocabulary.contrastConjunctions.contains(t[k].lower), k + 2 < figure, t[k + 1].kind == .word,
            !MetricVocabulary.contrastNonSubjects.contains(t[k + 1].lower)
        else { return false }
        return (k + 2..<figure).contains { MetricVocabulary.predicateWords.contains(t[$0].lower) || MetricVocabulary.changeWords.contains(t[$0].lower) }
    }

    /// "The LSCB Executive met six times a year" → "LSCB Executive": how often a body met counts its meetings.
    private func meetingBody(_ m: NumberMention) -> String? {
        let met = m.first - 1
        guard met > sentence.lowerBound, t[met].lower == "met", m.end < sentence.upperBound, t[m.end].lower == "times" else { return nil }
        var start = met
        while start - 1 >= sentence.lowerBound, met - start < 8, t[start - 1].kind == .word || ["'", "’", "-", "&"].contains(t[start - 1].text),
            !MetricVocabulary.meetingSubjectStops.contains(t[start - 1].lower)
        {
            start -= 1
        }
        if start == met, met - 1 > sentence.lowerBound, t[met - 1].lower == "and" {
            // "The LSCB Executive was a core decision making group and met six times a year": the sentence's subject.
            start = sentence.lowerBound
            if t[start].lower == "the" { start += 1 }
            var end = start
            while end < met, end - start < 6, t[end].kind == .word, !MetricVocabulary.auxiliaries.contains(t[end].lower),
                !MetricVocabulary.subjectVerbs.contains(t[end].lower)
            {
                end += 1
            }
            return end > start && end < met ? render(Array(t[start..<end])) : nil
        }
        guard start < met, t[start].kind == .word else { return nil }
        return render(Array(t[start..<met]))
    }

    /// "75.0 children in care per 10,000 people": the noun a rate counts, written between it and its base.
    private func nounBeforeBase(_ m: NumberMention) -> String? {
        guard m.per != nil, m.end < sentence.upperBound, t[m.end].kind == .word, t[m.end].lower != "per",
            let per = (m.end..<min(sentence.upperBound, m.end + 5)).first(where: { t[$0].lower == "per" })
        else { return nil }
        return render(Array(t[m.end..<per]))
    }

    /// ", equating to", ", which equates to", "; this is equivalent to", "and represents a rate of": a verb that
    /// restates the figure before, with only small words between it and the figure.
    /// Also ", which has increased to 299": a clause whose subject is a pronoun and whose verb is a change.
    /// ("This is a 70% increase from the previous year": the change word may follow the figure it sizes.)
    private func restatesFigureBefore(_ m: NumberMention, isChange: Bool) -> Bool {
        var k = m.first - 1
        var changed = isChange
        while k >= sentence.lowerBound, !SentenceSplitter.isClauseBreak(t, k) {
            let w = t[k].lower
            if MetricVocabulary.restatementWords.contains(w) { return k > sentence.lowerBound }
            if w == "rate" {
                // "…, which is a year-end rate of 329.5 per 10,000": the count before, as a rate; words of when or how
                // it is taken ("year-end", "overall") are passed over to the article. ("a return rate of 76%" is a
                // measure of its own.)
                var j = k - 1
                while j > sentence.lowerBound, MetricVocabulary.rateQualifiers.contains(t[j].lower) || t[j].text == "-" && !t[j].spaced {
                    j -= 1
                }
                guard ["a", "an", "the"].contains(t[j].lower) else { return false }
                changed = true
                k = j
                continue
            }
            if MetricVocabulary.changeWords.contains(w) {
                changed = true
            } else if ["which", "this", "that", "it"].contains(w), changed,
                k == sentence.lowerBound || SentenceSplitter.isClauseBreak(t, k - 1) {
                return true
            } else if !(MetricVocabulary.pronouns.contains(w) || MetricVocabulary.auxiliaries.contains(w)
                || MetricVocabulary.restatementFillers.contains(w)) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// "640,430 referrals in 2022-23, down 1.5% (9,840) on 2021-22": a change written after a comma that follows
    /// another figure of the sentence measures that figure, and so does the figure in parentheses after it (the
    /// same change in another unit). Statistical releases, and the reports quoting them, write changes so.
    private func changesFigureBefore(_ m: NumberMention) -> Bool {
        var k = m.first - 1
        guard k >= sentence.lowerBound else { return false }
        // (Not an age band's number: "aged 10-15 (34%)".)
        if m.inParentheses, t[k].text == "(", k - 1 >= sentence.lowerBound, t[k - 1].kind == .number && !isAgeBand(k - 1) || t[k - 1].text == "%" {
            return firstFigureStart < k - 1
        }
        var words = 0
        while k >= sentence.lowerBound, t[k].kind == .word, words < 4,
            MetricVocabulary.changeWords.contains(t[k].lower) || ["a", "an", "of", "by"].contains(t[k].lower)
        {
            k -= 1
            words += 1
        }
        guard words > 0, k > sentence.lowerBound, t[k].text == "," else { return false }
        return firstFigureStart < k
    }

    /// "41% of referrals came from education settings and 18% from the police" → "referrals came from the police": a
    /// figure joined to the one before by "and" or a comma, with only a prepositional phrase of its own, shares the
    /// earlier clause's subject and verb and swaps in its own phrase. ("5% in Q1 and 7% in Q2" is one measure in two
    /// periods: the fallback label serves.)
    /// "356 children were on plans because of neglect, 36 for sexual abuse and 84 for emotional abuse": when the
    /// earlier label has no such phrase to swap, the population the earlier figure counted takes this one's phrase
    /// ("children for sexual abuse").
    private func sharesClauseBefore(_ m: NumberMention, label: String, head: String?) -> String? {
        guard m.first - 1 > sentence.lowerBound, firstFigureStart < m.first,
            MetricVocabulary.coordinators.contains(t[m.first - 1].lower)
        else { return nil }
        var k = m.end
        if m.inParentheses, k < sentence.upperBound, t[k].text == ")" { k += 1 }
        // "22 were reported in Cambridgeshire and 14 in Peterborough": "in" before a name opens a place, not a period.
        guard k + 1 < sentence.upperBound,
            MetricVocabulary.phrasePrepositions.contains(t[k].lower) || t[k].lower == "in" && TextShape.startsUppercase(t[k + 1].text),
            !periodStarts(within: k + 1...min(k + 3, sentence.upperBound - 1))
        else { return nil }
        let phrase = collect(from: k, limit: 10)
        guard phrase.utf8.contains(UInt8(ascii: " ")) else { return nil }
        let words = label.split(separator: " ")
        guard let at = words.firstIndex(where: { $0.lowercased() == t[k].lower }), at > 0 else {
            // The head must be the noun that opened the earlier label: "completed in 1 day" or "because of a family in
            // acute stress" name no population.
            guard let head, label.hasPrefix(head), let first = head.split(separator: " ").first?.lowercased(),
                !first.hasSuffix("ed"), !first.hasSuffix("ing"), !MetricVocabulary.labelStops.contains(first),
                !MetricVocabulary.prepositions.contains(first)
            else { return nil }
            return head + " " + phrase
        }
        return words[..<at].joined(separator: " ") + " " + phrase
    }

    private func isPronoun(_ s: String) -> Bool {
        guard TextShape.wordCount(s, limit: 2) <= 2 else { return false }
        let words = s.lowercased().split(separator: " ")
        return words.count <= 2 && words.allSatisfy { MetricVocabulary.pronouns.contains(String($0)) || $0 == "is" || $0 == "rises" }
    }

    // MARK: - After the figure

    /// The words after the figure up to the next clause mark, comparison or figure.
    private func afterPhrase(_ m: NumberMention) -> (text: String, head: String?)? {
        guard let k = afterStart(m) else { return nil }
        let words = collect(from: k, limit: 16)
        guard !words.isEmpty else { return nil }
        // The head noun: the words before the first auxiliary or verb ("initial health assessments were offered").
        var end = k
        while end < sentence.upperBound, t[end].kind != .mark || t[end].text == "'" || t[end].text == "-",
            !MetricVocabulary.auxiliaries.contains(t[end].lower), !MetricVocabulary.subjectVerbs.contains(t[end].lower),
            !isFiniteShareVerb(t[end].lower), !figureStarts.contains(end) || end == k, end - k < 12
        {
            end += 1
        }
        let head = render(trimmed(Array(t[k..<end])))
        return (words, head.isEmpty ? nil : head)
    }

    /// "32% of referrals came from the police": a share verb that is no participle ends the population's name
    /// ("came", "went"; not "reported", which can be a participle: "referrals reported by schools").
    private func isFiniteShareVerb(_ w: String) -> Bool {
        MetricVocabulary.shareVerbs.contains(w) && !w.hasSuffix("ed")
    }

    private func afterStart(_ m: NumberMention) -> Int? {
        var k = m.end
        if m.inParentheses, k < sentence.upperBound, t[k].text == ")" { k += 1 }
        // "82% (3,045) were being held open …": the same fact in another unit; the words after both name it.
        if !m.inParentheses, let close = figureParenthesis(at: k) { k = close + 1 }
        // "£21 million a year on 44 children …": how often the amount recurs names nothing.
        if let past = MetricVocabulary.frequencyPhrases.lazy.compactMap({ ContextReader.match($0, at: k, before: sentence.upperBound, t) }).first {
            k = past
        }
        // "£176.6m a year on children's services": what an amount is spent on names it.
        if m.unit == .currency, k + 1 < sentence.upperBound, t[k].lower == "on", t[k + 1].kind == .word { k += 1 }
        if k < sentence.upperBound, t[k].lower == "of" {
            k += 1
            // "25% (105) of the 425 children had been …": the whole the share is of names it, past its size.
            // (A share's whole is its denominator, no figure: "25% of the 425 children".)
            if k + 2 < sentence.upperBound, ["the", "these", "those"].contains(t[k].lower), figureStarts.contains(k + 1) || t[k + 1].kind == .number,
                let whole = (k + 2..<min(sentence.upperBound, k + 5)).first(where: { t[$0].kind == .word })
            {
                k = whole
            }
        }
        k = pastAuxiliaries(k)
        // "an increase of 20% seen in referrals from schools": where the change was seen is what changed.
        if k + 2 < sentence.upperBound, MetricVocabulary.observationParticiples.contains(t[k].lower),
            ["in", "across", "among", "amongst", "within"].contains(t[k + 1].lower), t[k + 2].kind == .word
        {
            k += 2
        }
        guard k < sentence.upperBound, t[k].kind == .word || t[k].text == "'" || t[k].text == "‘" else { return nil }
        guard !MetricVocabulary.prepositions.contains(t[k].lower) else { return nil }
        // "812,000 representing an 8.1% increase", "… 40% which …": a word that ends a label cannot open one.
        guard !MetricVocabulary.labelOpenStops.contains(t[k].lower) else { return nil }
        // "… for a second time is 20% above the national benchmark of 18%", "7%, higher than England": a comparison
        // names the benchmark, not what the figure measures.
        guard !MetricVocabulary.comparisonCues.contains(t[k].lower), !(k + 1 < sentence.upperBound && t[k + 1].lower == "than") else { return nil }
        return k
    }

    /// "… Communication (76%) and Personal care (71%)": the figure's parenthesis follows a few words after another
    /// figure's closing parenthesis.
    private func listedAfterFigure(_ m: NumberMention) -> Bool {
        var k = m.first - 2
        while k > sentence.lowerBound, m.first - k <= 8, t[k].text != ")" {
            if t[k].kind == .mark, t[k].text != "'", t[k].text != "-" { return false }
            k -= 1
        }
        guard k > sentence.lowerBound, t[k].text == ")" else { return false }
        var j = k - 1
        while j >= sentence.lowerBound, k - j <= 8, t[j].text != "(" {
            if figureStarts.contains(j) { return true }
            j -= 1
        }
        return false
    }

    private func namesNothing(_ label: String) -> Bool {
        let key = label.lowercased()
        return MetricVocabulary.emptyLabels.contains(key) || Calendar.months[key] != nil || Calendar.weekdays.contains(key)
    }

    /// "Most LAC are males (58%), white (65%)": another figure's parenthesis follows a few words after this one's, and
    /// the words before it open a list (a copula, "included", "followed by", a colon). "higher than the proportion
    /// nationally (35%) and among statistical neighbours (32%)" compares; its words name no item.
    private func opensFigureList(_ m: NumberMention) -> Bool {
        guard m.end < sentence.upperBound, t[m.end].text == ")" else { return false }
        guard let start = nounStartBeforeParenthesis(m) else { return false }
        guard start == sentence.lowerBound || t[start - 1].text == ":" || Self.listOpeners.contains(t[start - 1].lower) else {
            return false
        }
        var j = m.end + 1
        while j + 1 < sentence.upperBound, j - m.end <= 8 {
            if t[j].text == "(" { return figureStarts.contains(j + 1) }
            if t[j].kind == .mark, ![",", "'", "-"].contains(t[j].text) { return false }
            if t[j].kind == .number { return false }
            j += 1
        }
        return false
    }

    /// A number of an age band: "under 1", "1 to 4 years", "aged 0-4", "16 years and over" (asked only of numbers
    /// that are no figures: an age is never one).
    private func isAgeBand(_ k: Int) -> Bool {
        // A comma or a stop beside the number (every number of a run of figures) settles it without a lookup.
        func plausible(_ j: Int) -> Bool {
            if t[j].kind == .word { return true }
            // Bytes, not String equality: comparing with "–" takes Unicode's slow path.
            guard t[j].kind == .mark, let b = t[j].text.utf8.first else { return false }
            return b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == 0xE2 && t[j].text.utf8.elementsEqual("–".utf8)
        }
        return k - 1 >= sentence.lowerBound && plausible(k - 1) && Self.ageBandBefore.contains(t[k - 1].lower)
            || k + 1 < sentence.upperBound && plausible(k + 1) && Self.ageBandAfter.contains(t[k + 1].lower)
    }

    private static let ageBandBefore: Set<String> = ["under", "over", "aged", "age", "ages", "to", "-", "–"]
    private static let ageBandAfter: Set<String> = ["year", "years", "to", "-", "–", "+"]

    /// "76% completed …", "87% met timescales", "29% were not": a share whose population was named before.
    /// Also "45 child deaths, of which 12 were expected and 33 were unexpected": counts of a part of the
    /// population named before, after "of which" / "of whom".
    /// "of which 1,234 (23%) progressed to referral": the same fact in another unit between stands aside.
    private func startsWithShareVerb(_ m: NumberMention) -> Bool {
        var start = m.end
        if m.inParentheses, start < sentence.upperBound, t[start].text == ")" { start += 1 }
        if !m.inParentheses, let close = figureParenthesis(at: start) { start = close + 1 }
        guard start < sentence.upperBound else { return false }
        let part = m.unit == .percent || m.unit == .fraction
        guard part || m.unit == .count && followsOfWhich(m) else { return false }
        let k = pastAuxiliaries(start)
        guard k < sentence.upperBound, t[k].kind == .word else { return false }
        // "of which 12 cases …": a noun of its own follows; "of which 12 progressed …", "… were expected": a verb.
        let w = t[k].lower
        return MetricVocabulary.shareVerbs.contains(w) || (w.hasSuffix("ed") && w.count > 4 && (k == start || !part))
    }

    /// "21 measures had achieved their target, 5 were within tolerance and 6 were outside it", "Of 45 child deaths,
    /// 12 were expected": a count joined to a figure before it whose verb follows at once counts the same things.
    /// The words after its verb ("within tolerance") name what the count is of those things.
    private func predicateOfJoinedCount(_ m: NumberMention) -> String? {
        guard m.unit == .count, firstFigureStart < m.first, m.first - 1 > sentence.lowerBound, m.end < sentence.upperBound,
            [",", "and"].contains(t[m.first - 1].lower), MetricVocabulary.auxiliaries.contains(t[m.end].lower)
        else { return nil }
        let k = pastAuxiliaries(m.end)
        // A state of the things counted ("within tolerance", "currently outside", "expected"), not a noun phrase of
        // its own ("five were secondary age pupils": those are named by their own words).
        guard k < sentence.upperBound, t[k].kind == .word else { return nil }
        let w = t[k].lower
        guard MetricVocabulary.prepositions.contains(w) || w.hasSuffix("ly") || w.hasSuffix("ed") || w == "not" else { return nil }
        return stateWords(from: k)
    }

    /// The words of a state from token `k`, up to ten: "120 were from police and in Leeds, 40 …" → "from police"
    /// (the state ends at a conjunction or a clause's break).
    private func stateWords(from k: Int) -> String? {
        var end = k
        while end < sentence.upperBound, end - k < 10, !MetricVocabulary.clauseConjunctions.contains(t[end].lower),
            !SentenceSplitter.isClauseBreak(t, end)
        {
            end += 1
        }
        let words = collect(from: k, limit: end - k)
        return words.isEmpty ? nil : words
    }

    /// "45 child deaths, 12 of which were expected", "85 referrals …, 15 of which were considered high risk": a part
    /// written before its "of which", whose predicate says what it is of the things counted before.
    private func predicateAfterOfWhich(_ m: NumberMention) -> String? {
        guard m.unit == .count, firstFigureStart < m.first, m.end + 2 < sentence.upperBound, t[m.end].lower == "of",
            ["which", "whom"].contains(t[m.end + 1].lower)
        else { return nil }
        let k = pastAuxiliaries(m.end + 2)
        guard k > m.end + 2, k < sentence.upperBound, t[k].kind == .word else { return nil }
        return stateWords(from: k)
    }

    /// The first token from `k` that is no auxiliary ("were", "is", "been"): where a predicate's own words start.
    private func pastAuxiliaries(_ k: Int) -> Int {
        var k = k
        while k < sentence.upperBound, MetricVocabulary.auxiliaries.contains(t[k].lower) { k += 1 }
        return k
    }

    /// "of which 12 were …", "of whom 3 …", and the figures joined to it by "and" or commas ("… and 33 were …").
    private func followsOfWhich(_ m: NumberMention) -> Bool {
        var k = m.first - 1
        var steps = 0
        while k > sentence.lowerBound, steps < 12 {
            if ["which", "whom"].contains(t[k].lower), t[k - 1].lower == "of" { return true }
            if t[k].kind == .mark, t[k].text != "," { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "Police attended 70% of ICPCs" → "Police attended"; "modifiable factors were present in 15 of the deaths" →
    /// "modifiable factors were present in": the clause before a figure that is the object of a verb.
    private func objectLead(_ m: NumberMention) -> String? {
        var k = m.first - 1
        var preposition: String?
        if k >= sentence.lowerBound, ["to", "in", "for", "by", "with", "at"].contains(t[k].lower) {
            preposition = t[k].lower
            k -= 1
        }
        guard k >= sentence.lowerBound, t[k].kind == .word else { return nil }
        let verb = t[k].lower
        // The passive's auxiliary: its clause begins after a conjunction, unless the subject is left out
        // ("… took place in January and was attended by 22 practitioners": the workshop is the subject).
        let auxiliary = preposition.map { ["to", "in", "for", "by"].contains($0) } == true ? passiveAuxiliary(k) : nil
        guard MetricVocabulary.objectVerbs.contains(verb) || ["present", "evident"].contains(verb) || auxiliary != nil else { return nil }
        var start = k
        while start - 1 >= sentence.lowerBound, !SentenceSplitter.isClauseBreak(t, start - 1), !["–", "—", "•"].contains(t[start - 1].text),
            !figureStarts.contains(start - 1), k - start < 12,
            !(auxiliary.map { start < $0 } == true && MetricVocabulary.clauseConjunctions.contains(t[start - 1].lower)),
            !CoordinatedPredicate.opens(at: start - 1, t, in: sentence, figureStarts: figureStarts)
        {
            // "Relevant health practitioners (predominately school nurses and health visitors) attended 82%": a
            // parenthesis of words belongs to the subject; one with a figure ends it.
            if t[start - 1].text == ")" {
                guard let open = Self.wordParenthesis(closingAt: start - 1, t, in: sentence, figureStarts: figureStarts) else { break }
                start = open
                continue
            }
            start -= 1
        }
        start = skipLeadingPeriod(from: start, to: m.first)
        var words = Array(t[start..<m.first])
        stripLeads(&words)
        guard words.contains(where: { $0.kind == .word && !MetricVocabulary.pronouns.contains($0.lower) && $0.lower != verb }) else { return nil }
        if words.contains(where: { MetricVocabulary.trendWords[$0.lower] != nil }) { return nil }
        let text = render(words.filter { !(MetricVocabulary.auxiliaries.contains($0.lower)) })
        return text.isEmpty ? nil : text
    }

    /// "care orders were discharged for 8 children", "was followed by 12 schools": a participle after an auxiliary
    /// (and before a preposition), whose subject is what the figure's clause is about; that clause starts after a
    /// conjunction ("This is now being challenged and care orders were discharged for …").
    private func passiveAuxiliary(_ k: Int) -> Int? {
        let verb = t[k].lower
        guard verb.utf8.count > 4, verb.hasSuffix("ed") || verb.hasSuffix("en"), k - 1 >= sentence.lowerBound else { return nil }
        var a = k - 1
        if ["not", "also", "then", "now"].contains(t[a].lower), a - 1 >= sentence.lowerBound { a -= 1 }
        return MetricVocabulary.auxiliaries.contains(t[a].lower) && t[a].lower != "being" ? a : nil
    }

    /// "It has a population of 583,000" → "population": the object before the figure when the subject is a pronoun.
    /// "from 768 last year up to 772": after the earlier figure, its period and the change's "up to" name nothing.
    private func objectPhrase(_ m: NumberMention) -> String? {
        var start = m.first
        while start - 1 >= sentence.lowerBound, !SentenceSplitter.isClauseBreak(t, start - 1), !figureStarts.contains(start - 1),
            !MetricVocabulary.subjectVerbs.contains(t[start - 1].lower), m.first - start < 10
        {
            start -= 1
        }
        var end = m.first
        if end - 2 >= start, t[end - 1].lower == "to", ["up", "down"].contains(t[end - 2].lower) { end -= 2 }
        start = skipLeadingPeriod(from: start, to: end)
        var words = Array(t[start..<end])
        stripLeads(&words)
        let text = render(trimmed(words))
        return text.isEmpty || isPronoun(text) ? nil : text
    }

    /// "with both looked after children (98% and …)" → "looked after children": the noun phrase before the parenthesis.
    private func nounBeforeParenthesis(_ m: NumberMention) -> String? {
        guard let start = nounStartBeforeParenthesis(m), let open = openingParenthesis(m) else { return nil }
        let text = render(trimmed(Array(t[start..<open])))
        return text.isEmpty || isPronoun(text) ? nil : text
    }

    private func openingParenthesis(_ m: NumberMention) -> Int? {
        var open = m.first - 1
        while open >= sentence.lowerBound, t[open].text != "(" { open -= 1 }
        return open >= sentence.lowerBound ? open : nil
    }

    /// Where the noun phrase before a figure's parenthesis starts: up to eight tokens back, to a clause break, a
    /// mark, another figure or a word that joins or predicates.
    private func nounStartBeforeParenthesis(_ m: NumberMention) -> Int? {
        guard let open = openingParenthesis(m) else { return nil }
        var start = open
        while start - 1 >= sentence.lowerBound, open - start < 8 {
            let tok = t[start - 1]
            // "sexual abuse/exploitation (24)": a slash joins a name's words.
            if SentenceSplitter.isClauseBreak(t, start - 1) || tok.kind == .mark && !["'", "-", "/"].contains(tok.text) { break }
            // "aged 10-15 (34%)": an age band's numbers are its name's.
            if figureStarts.contains(start - 1) || tok.kind == .number && !isAgeBand(start - 1) { break }
            if Self.nounPhraseStops.contains(tok.lower) { break }
            start -= 1
        }
        return start
    }

    /// Words that end the noun phrase before a parenthesis: prepositions, conjunctions, copulas, list verbs.
    private static let nounPhraseStops: Set<String> = [
        "with", "in", "for", "by", "than", "and", "or", "to", "at", "on", "as", "is", "was", "were", "are", "has", "have",
        "both", "who", "included", "include", "includes", "including",
    ]

    /// Words before a list's first item: "were neglect (38.8%) and …", "included special guardianship orders (12 per
    /// cent) and …", "followed by health services (14%), …".
    private static let listOpeners: Set<String> = [
        "is", "was", "are", "were", "included", "include", "includes", "including", "by", "being",
        // "on a plan for neglect (44%), followed by …", "registrations under neglect (43 per cent) and …".
        "for", "under",
    ]

    /// Words after a figure's parenthesis that go on to the list's next item, not about this one: "neglect (44%)
    /// followed by emotional abuse (28%)".
    private static let nextItemLeads: Set<String> = ["followed", "then", "ahead"]

    /// Reads words from `k` until a stop; keeps short parenthesised names ("(MASH)", "(ICPCs)").
    private func collect(from start: Int, limit: Int) -> String {
        var out: [Token] = []
        var k = start
        var words = 0
        var quoted = false  // inside "…": the words are a name, kept as written
        while k < sentence.upperBound, words < limit {
            let tok = t[k]
            if ["“", "\"", "”"].contains(tok.text) { quoted = tok.text == "“" || tok.text == "\"" && !quoted }
            if k != start, figureStarts.contains(k) { break }
            if periods.starts.contains(k) { break }
            if tok.kind == .mark {
                if SentenceSplitter.isClauseBreak(t, k) && !SentenceSplitter.isListComma(t, k)
                    || [".", "!", "?", "–", "—"].contains(tok.text) && !(tok.text == "." && !tok.spaced && k + 1 < sentence.upperBound && !t[k + 1].spaced)
                {
                    break
                }
                // "73 girls - with neglect proving …": a hyphen spaced both sides is a dash. ("CN3 - Parent's disability":
                // after a code it joins the code to its name.)
                if tok.text == "-", tok.spaced, k + 1 < sentence.upperBound, t[k + 1].spaced,
                    !(t[k - 1].kind == .number && !t[k - 1].spaced)
                {
                    break
                }
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
                if k != start, MetricVocabulary.labelStops.contains(w), !boundsTimescale(at: k) { break }
                if (w == "a" || w == "an"), k + 1 < sentence.upperBound,
                    MetricVocabulary.changeNouns.contains(t[k + 1].lower) || t[k + 1].lower == "significant" || t[k + 1].lower == "slight"
                {
                    break
                }
                if (w == "up" || w == "down"), tok.spaced, k + 2 < sentence.upperBound, ["from", "by", "to"].contains(t[k + 1].lower),
                    t[k + 2].kind == .number || t[k + 2].text == "£"
                {
                    break
                }
                if w == "and", k + 1 < sentence.upperBound, figureStarts.contains(k + 1) { break }
                if CoordinatedPredicate.opens(at: k, t, in: sentence, figureStarts: figureStarts) { break }
                // "82 repeats out of 721 referrals": the whole is the figure's own denominator.
                if w == "out", k + 2 < sentence.upperBound, t[k + 1].lower == "of", t[k + 2].kind == .number { break }
                // "in 2019-20", "during 2019/20", "as at 31st March 2020": the period is not part of the name.
                // (A preposition ending the sentence has nothing after it: the range would be empty and trap.)
                if ["in", "during", "at", "as", "on", "for", "by", "over", "since", "from", "between", "throughout"].contains(w),
                    k + 1 < sentence.upperBound
                {
                    let isPeriod = periodStarts(within: k + 1...min(k + 3, sentence.upperBound - 1))
                    // "children referred during this quarter had been re-referred", "children in Quarter 1 had a review":
                    // a time phrase between the population and its verb is left out; the predicate names the measure.
                    if let after = timePhraseEnd(from: k + 1, isPeriod: isPeriod), after < sentence.upperBound,
                        MetricVocabulary.predicateVerbs.contains(t[after].lower)
                    {
                        k = after
                        continue
                    }
                    if isPeriod { break }
                }
                // "children who were subject to a plan": a relative clause keeps its verb.
                if !quoted, MetricVocabulary.auxiliaries.contains(w), w != "been", w != "be", k == start || t[k - 1].lower != "who" { k += 1; continue }
                words += 1
            }
            if tok.kind == .number, k != start, figureStarts.contains(k) { break }
            out.append(tok)
            k += 1
        }
        return render(trimmed(out))
    }

    /// "referrals taking more than 72 hours", "contacts completed in more than three working days": a bound on a
    /// timescale that is no figure of the sentence (it defines what was counted) goes on with the label.
    private func boundsTimescale(at k: Int) -> Bool {
        var j = k + 1
        switch t[k].lower {
        case "taking":
            // "taking 3 days", "taking over 20 days", "taking more than 72 hours"
            if j < sentence.upperBound, MetricVocabulary.boundWords.contains(t[j].lower) { j += 1 }
            if j < sentence.upperBound, t[j].lower == "than" { j += 1 }
        case "than":
            guard k - 1 >= sentence.lowerBound, MetricVocabulary.boundWords.contains(t[k - 1].lower), !figureStarts.contains(k - 1)
            else { return false }
        default:
            return false
        }
        guard j < sentence.upperBound, t[j].kind == .number || NumberWords.values[t[j].lower] != nil else { return false }
        return !(k + 1...j).contains { figureStarts.contains($0) }
    }

    /// Where a time phrase starting at `j` ends: a period found there, or "this quarter", "the year".
    private func timePhraseEnd(from j: Int, isPeriod: Bool) -> Int? {
        if isPeriod { return periods.period(startingWithin: j...(j + 2))?.end }
        guard j + 1 < sentence.upperBound, MetricVocabulary.timeDeterminers.contains(t[j].lower),
            MetricVocabulary.periodNouns.contains(t[j + 1].lower)
        else { return nil }
        return j + 2
    }

    /// A period starts in `r`, with only words that can lead into one before it ("in the year 2019-20", "as at 31st
    /// March 2020", "between November and March 2020", "from Easter 2021"): "children in need at 31 March 2015"
    /// keeps "in need".
    private func periodStarts(within r: ClosedRange<Int>) -> Bool {
        if ["previous", "last", "year", "quarter"].contains(t[r.lowerBound].lower) { return true }
        for k in r {
            if periods.starts.contains(k) { return true }
            guard t[k].kind != .word || TextShape.startsUppercase(t[k].text) || MetricVocabulary.periodLeadWords.contains(t[k].lower)
            else { return false }
        }
        return false
    }

    /// A parenthesis opening at `open` that holds one figure and nothing else ("(3,045)", "(85%)", "(£1.2m)"): its
    /// closing index.
    private func figureParenthesis(at open: Int) -> Int? {
        guard open + 1 < sentence.upperBound, t[open].text == "(", figureStarts.contains(open + 1) else { return nil }
        var k = open + 2
        // "(3,045)", "(38.5 per 10,000)": a figure, its marks and its base.
        while k < sentence.upperBound, k - open <= 10 {
            if t[k].text == ")" { return k }
            if t[k].kind == .word && !MetricVocabulary.figureUnitWords.contains(t[k].lower) || figureStarts.contains(k) || t[k].text == "(" {
                return nil
            }
            k += 1
        }
        return nil
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
            if SentenceSplitter.isClauseBreak(t, start - 1) && !SentenceSplitter.isListComma(t, start - 1) && !listsNonFigures(start - 1)
                || ["–", "—", "•"].contains(tok.text)
            {
                break
            }
            // "… has not increased but UASC Care Leavers has increased by 164%": a contrast opens a clause with its own subject.
            if opensContrast(at: start - 1, before: m.first) { break }
            start -= 1
        }
        var end = m.first
        // "Children in care: 312", "Timeliness of ICPCs – 87%": the words set off before the figure name it, back to
        // a clause mark or another figure ("Target 95% Outturn 2018/19 : 34%" → "Outturn"); a period among them
        // ("visits average Sept 2018 – March 2019 : 79%") is passed over whole.
        // "Contacts to Referral (year to date %): Q2 2019: 24%": a period alone before the mark passes on to the
        // label before it.
        if start == m.first, start - 1 > sentence.lowerBound, MetricVocabulary.labelSeparators.contains(t[start - 1].text) {
            end = start - 1
            start = end
            var depth = 0
            var words = 0
            while start - 1 >= sentence.lowerBound {
                if let p = periods.period(endingAt: start), p.first >= sentence.lowerBound, p.first < start {
                    start = p.first
                    continue
                }
                let k = start - 1
                let tok = t[k]
                if tok.text == ")" { depth += 1 } else if tok.text == "(", depth > 0 { depth -= 1 } else if depth == 0 {
                    if words == 0, tok.text == ":", k > sentence.lowerBound, t[k - 1].kind != .number {
                        end = k
                        start = k
                        continue
                    }
                    // "Under 1 year: 7%", "1 to 4 years: 10%", "Children aged under 1: 7%": an age band names the figure.
                    if tok.kind == .number, !figureStarts.contains(k), isAgeBand(k) {
                        start -= 1
                        continue
                    }
                    if SentenceSplitter.isClauseBreak(t, k) || tok.kind == .number || ["–", "—", "•", "(", "."].contains(tok.text)
                        || tok.text == "%" && k > sentence.lowerBound && t[k - 1].kind == .number
                    {
                        break
                    }
                }
                if tok.kind == .word { words += 1 }
                start -= 1
            }
        }
        // "(56%)" after "the main factor": the subject ends at the parenthesis.
        if m.inParentheses, end - 1 >= start, t[end - 1].text == "(" { end -= 1 }
        // "…, down from 30% (2018-19) to 15%": a comparison tail; the subject is in the clause before.
        // "a reduction in the number of children in need, currently at 262.3": the state now of what "number of" named.
        if start - 1 > sentence.lowerBound, start < end, MetricVocabulary.stateLeads.contains(t[start].lower), let measured = measuredEarlier(m) {
            return measured
        }
        while start - 1 > sentence.lowerBound, start < end, MetricVocabulary.tailLeads.contains(t[start].lower) {
            var s2 = start - 1
            while s2 - 1 >= sentence.lowerBound, !SentenceSplitter.isClauseBreak(t, s2 - 1) { s2 -= 1 }
            start = s2
        }
        // "Ms Hammond was pleased to announce that the percentage of children … was 16.6%", "Data analysis tells us
        // that the pages are accessed …": the subject is the reported clause's, past the speaker's own verb.
        if let that = (start..<end).last(where: { t[$0].lower == "that" }), that > start,
            (max(start, that - 3)..<that).contains(where: { MetricVocabulary.reportingVerbs.contains(t[$0].lower) })
        {
            start = that + 1
        }
        // "A report to the Scrutiny Committee showed the number of youngsters in its care has fallen …": without
        // "that", the reported clause starts at the "the" after the finding's verb. ("Re-audit … shows an increase in
        // overall percentage", "Doncaster showed a 'high rate' of 404": what "a" opens is the finding's measure, not its
        // subject.)
        if let verb = (start..<end).last(where: { MetricVocabulary.findingVerbs.contains(t[$0].lower) }), verb > start,
            verb + 1 < end, t[verb + 1].lower == "the"
        {
            start = verb + 1
        }
        // Leading period phrases and figures' residue: "In 2019-20", "At the end of quarter 4", "10:00 –".
        var k = skipLeadingPeriod(from: start, to: end)
        var out: [Token] = []
        var relative = false  // inside "who have started …": its verbs do not end the subject
        while k < end {
            let tok = t[k]
            // "The proportion of referrals that were repeat referrals …": after a measure word's "of", "that" and
            // "which" open what is counted, as "who" does.
            if tok.kind == .word, ["who", "whose"].contains(tok.lower) || ["that", "which"].contains(tok.lower) && measured(out),
                !out.isEmpty
            {
                relative = true
                out.append(tok)
                k += 1
                continue
            }
            if tok.kind == .word, MetricVocabulary.subjectVerbs.contains(tok.lower), !out.isEmpty {
                if relative {
                    relative = false
                    out.append(tok)
                    k += 1
                    continue
                }
                break
            }
            if tok.kind == .word, tok.lower == "which" || tok.lower == "that", !out.isEmpty { break }
            if figureStarts.contains(k), !out.isEmpty { break }
            // "The number of children in care at 31 March 2020 was 614": the period is the metric's own field, so
            // it leaves the name with the words that led into it ("at", "for the year ending"). "Year to date" stays:
            // it qualifies the measure ("year to date outturn"), and the period field holds no date for it.
            if !out.isEmpty, periods.starts.contains(k), let p = periods.periods.first(where: { $0.first == k }), p.end <= end,
                t[k].kind == .number || !["year", "ytd"].contains(t[k].lower)
            {
                while out.count > 1, let last = out.last, last.kind == .word, MetricVocabulary.periodLeadIns.contains(last.lower) {
                    out.removeLast()
                }
                k = p.end
                continue
            }
            out.append(tok)
            k += 1
        }
        var words = out
        stripLeads(&words)
        stripChangeLead(&words)
        let text = render(trimmed(words))
        return text.isEmpty ? nil : text
    }

    /// Words that open with a measure of a population: "the proportion of referrals", "number of children".
    private func measured(_ words: [Token]) -> Bool {
        let k = words.first?.lower == "the" ? 1 : 0
        return k + 1 < words.count && MetricVocabulary.measureWords.contains(words[k].lower) && words[k + 1].lower == "of"
    }

    private func skipLeadingPeriod(from start: Int, to end: Int) -> Int {
        var k = start
        var changed = true
        while changed, k < end {
            changed = false
            while k < end, t[k].kind != .word, t[k].text != "'", t[k].text != "‘", !(t[k].kind == .number && !figureStarts.contains(k) && isAgeBand(k)) {
                k += 1
                changed = true
            }
            if let p = periods.period(startingWithin: k...(k + 4), endingBy: end) {
                let lead = t[k..<p.first].allSatisfy { ["in", "at", "on", "the", "end", "of", "as", "during", "by", "for", "overall", "since", "between", "and"].contains($0.lower) || $0.text == "," }
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

    /// "Q4 has seen a net reduction of children subject to care proceedings, from 52 to 34": the subject was a
    /// period, so what changed is named after "of".
    private func stripChangeLead(_ words: inout [Token]) {
        var k = 0
        if k < words.count, ["has", "have", "had"].contains(words[k].lower) { k += 1 }
        guard k < words.count, ["seen", "saw"].contains(words[k].lower) else { return }
        k += 1
        if k < words.count, ["a", "an"].contains(words[k].lower) { k += 1 }
        // "a net reduction", "a significant increase".
        if k < words.count, !MetricVocabulary.changeNouns.contains(words[k].lower) { k += 1 }
        guard k + 2 < words.count, MetricVocabulary.changeNouns.contains(words[k].lower), words[k + 1].lower == "of" else { return }
        words.removeFirst(k + 2)
    }

    private func parenthesisHoldsWords(_ m: NumberMention) -> Bool {
        m.end < sentence.upperBound && t[m.end].kind == .word
    }

    /// "an increase of 28.7% in attendance", "a reduction of 15% in repeat referrals", "a rise of 230 in the
    /// number of contacts": the change names what changed after "in".
    private func changedThing(_ m: NumberMention) -> String? {
        let k = m.first - 1
        guard k - 1 >= sentence.lowerBound, t[k].lower == "of", MetricVocabulary.changeNouns.contains(t[k - 1].lower),
            m.end + 1 < sentence.upperBound, t[m.end].lower == "in"
        else { return nil }
        var start = m.end + 1
        if start < sentence.upperBound, t[start].lower == "the" { start += 1 }
        if start + 1 < sentence.upperBound, MetricVocabulary.measureWords.contains(t[start].lower), t[start + 1].lower == "of" {
            start += 2
        }
        let phrase = collect(from: start, limit: 12)
        return phrase.isEmpty ? nil : phrase
    }

    /// A preposition and what is left of a period ("in quarter", "in February"): a remnant, not a name
    /// ("for contacts" names something).
    private func isStray(_ label: String) -> Bool {
        guard TextShape.wordCount(label, limit: 2) <= 2 else { return false }
        let words = label.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first, words.count <= 2, MetricVocabulary.prepositions.contains(first) else { return false }
        return words.count == 1 || Calendar.months[words[1]] != nil || MetricVocabulary.periodNouns.contains(words[1])
    }

    /// "There was an increase in the overall number of contacts which proceeded to a strategy discussion, 193 in Q3
    /// compared with 171 in Q2": a figure with no words of its own measures what "number of" named before it.
    private func measuredEarlier(_ m: NumberMention) -> String? {
        var k = m.first - 2
        while k >= sentence.lowerBound, !opensContrast(at: k, before: m.first) {
            if t[k].lower == "of", k - 1 >= sentence.lowerBound, MetricVocabulary.measureWords.contains(t[k - 1].lower) {
                // Up to the clause's verb: "the number of Children In Need has increased by 18%, from 1,117 to 1318".
                var words = 0
                var j = k + 1
                while j < m.first, words < 14, !MetricVocabulary.subjectVerbs.contains(t[j].lower) {
                    if t[j].kind == .word { words += 1 }
                    j += 1
                }
                let phrase = collect(from: k + 1, limit: words)
                return phrase.isEmpty ? nil : phrase
            }
            k -= 1
        }
        return nil
    }

    /// "… a marked increase in the final quarter – 106 represented the highest number since the late 1990's": the
    /// figure is the subject of a verb ranking it, and what it counts was named earlier, not in the predicate.
    private func ranksItself(_ m: NumberMention) -> Bool {
        guard m.end + 2 < sentence.upperBound, MetricVocabulary.rankingVerbs.contains(t[m.end].lower),
            t[m.end + 1].lower == "the", MetricVocabulary.superlatives.contains(t[m.end + 2].lower)
        else { return false }
        return m.first == sentence.lowerBound || [",", "–", "-", "—", ";", ":", "and"].contains(t[m.first - 1].lower)
    }

    /// "Blackpool has a LAC rate of 164 per 10,000 children": what a place or service has a value of is the measure;
    /// the subject is whose it is.
    private func possessedMeasure(_ m: NumberMention) -> String? {
        var k = m.first - 1
        guard k > sentence.lowerBound, t[k].lower == "of" else { return nil }
        k -= 1
        let end = k + 1
        while k > sentence.lowerBound, end - k <= 5, t[k].kind == .word, !["a", "an"].contains(t[k].lower) { k -= 1 }
        guard k > sentence.lowerBound, ["a", "an"].contains(t[k].lower), ["has", "had", "have"].contains(t[k - 1].lower), k + 1 < end else { return nil }
        return render(Array(t[(k + 1)..<end]))
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
        // Only the phrase's own last token may be a name's number ("aged 0-17" cut to "aged 0" is no name).
        let keepsNumber = namesNumber(tokens)
        while let last = out.last,
            last.kind == .word && MetricVocabulary.danglingWords.contains(last.lower) || last.kind == .mark && last.text != ")" && last.text != "'" && last.text != "’"
                || last.kind == .number && !(keepsNumber && out.count == tokens.count)
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

    /// "accommodated under Section 20", "aged over 10": the last number belongs to the name before it.
    private func namesNumber(_ out: [Token]) -> Bool {
        guard out.count >= 2, out[out.count - 1].kind == .number else { return false }
        // "aged 10-15": an age band's closing number.
        if out.count >= 4, ["-", "–", "to"].contains(out[out.count - 2].lower), out[out.count - 3].kind == .number,
            ["aged", "age", "ages"].contains(out[out.count - 4].lower)
        {
            return true
        }
        guard out[out.count - 1].spaced else { return false }
        let before = out[out.count - 2].lower
        // "in quarter 3", "Year 2": a period is left out of labels, not kept as a name.
        guard !MetricVocabulary.periodNouns.contains(before), !MetricVocabulary.quarterWords.contains(before) else { return false }
        return MetricVocabulary.namingWords.contains(before) || before == "over" || before == "under"
    }

    private func render(_ tokens: [Token]) -> String { tokens.rendered }

    /// Where the clause that ends before `end` starts: back to a clause mark, a dash or bullet, or another figure,
    /// passing a parenthesis of words whole.
    static func clauseStart(before end: Int, _ t: [Token], in sentence: Range<Int>, figureStarts: Set<Int>) -> Int {
        var start = end
        while start - 1 >= sentence.lowerBound, end - start < 24 {
            let k = start - 1
            if t[k].text == ")" {
                guard let open = wordParenthesis(closingAt: k, t, in: sentence, figureStarts: figureStarts) else { break }
                start = open
                continue
            }
            if SentenceSplitter.isClauseBreak(t, k) || ["–", "—", "•", "("].contains(t[k].text) || figureStarts.contains(k) { break }
            start = k
        }
        return start
    }

    /// The "(" of a parenthesis closed at `close` that holds words and no figure, within a dozen tokens.
    static func wordParenthesis(closingAt close: Int, _ t: [Token], in sentence: Range<Int>, figureStarts: Set<Int>) -> Int? {
        var k = close - 1
        while k >= sentence.lowerBound, close - k <= 12 {
            if t[k].text == "(" { return k < close - 1 ? k : nil }
            if t[k].text == ")" || figureStarts.contains(k) || t[k].kind == .number { return nil }
            k -= 1
        }
        return nil
    }
}
