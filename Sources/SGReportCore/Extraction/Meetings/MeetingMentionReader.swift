/// Finds meetings named in prose with a date: "presented to the Get Safe Partnership Group Meeting on 22nd July
/// 2022", "Last progress meeting … took place on 22/06/22", "two separate stakeholder meetings 13th June and
/// 18th July", "approved at full Council on 11 October", "2 meetings were held (June 2019 and October 2019),
/// January 2020 and March 2020 were postponed".
///
/// A date is a meeting's when a meeting noun or a body ("Cabinet", "OSPB", "the scrutiny committee") leads to
/// it through linking words only; ranges ("between July 2019 and March 2020"), "since …" and events
/// (training, launches, visits) are not meetings.
enum MeetingMentionReader {
    static func read(_ text: String, line: (Int) -> Int, dating: MeetingDating) -> [MeetingDraft] {
        // Every mention is dated: two passages in five have neither a digit nor a month, and need no tokens.
        guard DateScanner.mightHoldDate(text) else { return [] }
        let tokens = Tokenizer.tokens(text)
        // Most passages name no meeting or body: decide that before finding their sentences.
        guard tokens.contains(where: {
            (MeetingVocabulary.meetingNounGate.mightContain($0.lower) && MeetingVocabulary.meetingNouns.contains($0.lower))
                || MeetingText.isBodyNoun($0)
        })
        else { return [] }
        let mt = MeetingText(text, tokens: tokens)
        let dates = mentions(mt)
        let years = YearNeighbours(dates)
        var dateTokens = Set<Int>()
        var spans: [(Int, Int)] = []
        for d in dates {
            guard let a = mt.index(at: d.start), let last = mt.index(endingAt: d.end) else { spans.append((-1, -1)); continue }
            spans.append((a, last + 1))
            for k in a...last { dateTokens.insert(k) }
        }
        var drafts: [MeetingDraft] = []
        var previous: (index: Int, body: String?, tense: MeetingDating.Tense?)?
        for (n, d) in dates.enumerated() {
            let (a, b) = spans[n]
            guard a >= 0 else { continue }
            if isInRange(mt, a, b, dateTokens) { previous = nil; continue }
            var link = linkAfter(mt, a, b) ?? linkBefore(mt, a, b, dateTokens)
            if link == nil, let p = previous, joinedList(mt, from: spans[p.index].1, to: a, sentence: mt.sentenceStart[a]) {
                link = Link(body: p.body, tense: p.tense)
            }
            guard let found = link else { previous = nil; continue }
            let tense = found.tense ?? mt.tense(before: a)
            let written = mt.writtenStatus(after: b, dateTokens: dateTokens) ?? mt.writtenStatus(before: a)
            let sentenceEnd = mt.tokens[mt.sentenceEnd[a] - 1].end
            guard let date = dating.date(of: n, in: years, sentenceEnd: sentenceEnd, tense: tense) else { continue }
            drafts.append(MeetingDraft(
                body: found.body, date: date, status: dating.status(of: date, tense: tense, written: written),
                statusWritten: written != nil, line: line(d.start), source: .mention))
            previous = (n, found.body, tense)
        }
        return drafts
    }

    private struct Link {
        var body: String?
        var tense: MeetingDating.Tense?
    }

    /// Dates as written, with days listed before one ("held on 15 and 29 January 2020"), plus a bare month after "in"
    /// ("to take place in August"), whose year the context gives.
    static func mentions(_ mt: MeetingText) -> [DateMention] {
        let t = mt.tokens
        let written = DateScanner.scan(t)
        var dates = written + written.flatMap { DateScanner.daysListed(before: $0, in: t) }
        var d = 0
        for i in 1..<max(1, t.count) where t[i - 1].kind == .word && ["in", "during"].contains(t[i - 1].lower) {
            while d < written.count, written[d].end <= t[i].start { d += 1 }
            let inside = d < written.count && written[d].start <= t[i].start
            guard let m = DateScanner.month(t[i]), !inside else { continue }
            dates.append(DateMention(year: nil, month: m, day: nil, start: t[i].start, end: t[i].end))
        }
        return dates.sorted { $0.start < $1.start }
    }

    /// "between X and Y", "X – Y", "since X", "by X" (a deadline), "until X": a span or limit, not a meeting.
    private static func isInRange(_ mt: MeetingText, _ a: Int, _ b: Int, _ dateTokens: Set<Int>) -> Bool {
        let t = mt.tokens
        let limits: Set<String> = ["between", "since", "until", "till", "from", "by", "throughout", "before", "after", "end", "beginning", "start"]
        var k = a - 1
        if k >= 0, ["the", "of"].contains(t[k].lower) { k -= 1 }
        if k >= 0, limits.contains(t[k].lower) { return true }
        if a >= 2, ["–", "-", "—", "to"].contains(t[a - 1].lower),
            dateTokens.contains(a - 2) || DateScanner.month(t[a - 2]) != nil
        {
            return true
        }
        if b + 1 < t.count, ["–", "-", "—", "to", "until"].contains(t[b].lower), dateTokens.contains(b + 1) { return true }
        return false
    }

    /// "at its 25 May meeting", "22nd July Board meeting".
    private static func linkAfter(_ mt: MeetingText, _ a: Int, _ b: Int) -> Link? {
        let t = mt.tokens
        guard b < t.count else { return nil }
        if t[b].lower == "meeting" { return Link(body: nil) }
        if b + 1 < t.count, MeetingText.isBodyNoun(t[b]), t[b + 1].lower == "meeting" { return Link(body: String(t[b].text)) }
        return nil
    }

    /// "approved by Cabinet at its meeting on …", "The County Council resolved at its meeting on …": the body whose
    /// meeting "its" or "their" is, the agent after "by" or the subject of the verb before "at".
    private static func agentBefore(possessiveMeeting j: Int, _ mt: MeetingText, first: Int) -> String? {
        let t = mt.tokens
        guard j - 2 > first, mt.ownMeeting(at: j - 2) else { return nil }
        var end = j - 2
        if t[end - 1].kind == .word, t[end - 1].text.first?.isLowercase == true, t[end - 1].lower.hasSuffix("ed") { end -= 1 }
        guard let phrase = mt.bodyPhrase(endingBefore: end), phrase.start >= first, BodyName.hasBodyNoun(phrase.name) else { return nil }
        return phrase.name
    }

    /// A meeting noun or a body reached backwards from the date through linking words only.
    private static func linkBefore(_ mt: MeetingText, _ a: Int, _ b: Int, _ dateTokens: Set<Int>) -> Link? {
        let t = mt.tokens
        let first = mt.sentenceStart[a]
        var j = a - 1
        var steps = 0
        var ofBody: String?
        var meetVerb = false
        while j >= first, steps < 14 {
            steps += 1
            let tok = t[j]
            let lower = tok.lower
            if tok.kind == .mark {
                guard ["–", "-", "—", ":", ",", "(", ")"].contains(tok.text) else { return nil }
                j -= 1
                continue
            }
            if tok.kind == .number { return nil }
            if MeetingVocabulary.eventWords.contains(lower) { return nil }
            if MeetingVocabulary.meetingNouns.contains(lower) {
                return Link(body: ofBody ?? mt.bodyPhrase(endingBefore: j)?.name ?? agentBefore(possessiveMeeting: j, mt, first: first))
            }
            if isBody(t, j) {
                guard let phrase = mt.bodyPhrase(endingBefore: j + 1) else { return nil }
                // "the minutes of the proceedings of this panel held on …": the document's own body, which these
                // words do not name (MeetingVocabulary.ownMeetingPhrases).
                if phrase.start == j, phrase.start > first, t[j].text.first?.isLowercase == true, ["this", "our"].contains(t[j - 1].lower) {
                    return Link(body: nil)
                }
                var k = phrase.start - 1
                while k >= first, ["the", "its", "their", "our", "a"].contains(t[k].lower) { k -= 1 }
                let wholeHeading = phrase.start == 0 && onlyDateAfter(mt, b)
                if wholeHeading || meetVerb || prepositionLinks(mt, k, first: first) {
                    return Link(body: phrase.name)
                }
                if k >= first, MeetingVocabulary.phraseOpeners.contains(t[k].lower) {
                    ofBody = phrase.name
                    j = k - 1
                    continue
                }
                return nil
            }
            if lower == "between" { return nil }
            // "met on Monday 15 September 2025": the weekday before a date stands in the link.
            if MeetingVocabulary.linkWords.contains(lower) || Calendar.weekdays.contains(lower) {
                if ["took", "held", "met"].contains(lower) { meetVerb = true }
                j -= 1
                continue
            }
            // "met at County Hall, Cardiff on 21 June 2018": the place a body met at, names and commas after "at".
            if let at = placeOfMeeting(t, endingAt: j, first: first) {
                meetVerb = true
                j = at - 1
                continue
            }
            // A short phrase after "of"/"with": "meeting of the group on", "meeting with university representatives".
            var o = j - 1
            var found = false
            while o >= max(first, j - 4) {
                if MeetingVocabulary.phraseOpeners.contains(t[o].lower) { found = t[o].lower != "between"; break }
                guard t[o].kind == .word, !MeetingVocabulary.eventWords.contains(t[o].lower) else { break }
                o -= 1
            }
            guard found else { return nil }
            j = o - 1
        }
        return nil
    }

    /// "met at County Hall, Cardiff": capitalised words and commas back to "at" after "met" or "held"; the index of "at".
    private static func placeOfMeeting(_ t: [Token], endingAt j: Int, first: Int) -> Int? {
        var k = j
        while k > first, j - k < 8 {
            let tok = t[k]
            if tok.lower == "at" {
                return k > first && ["met", "held"].contains(t[k - 1].lower) && k < j ? k : nil
            }
            guard tok.text == "," || tok.text == "&" || tok.kind == .word && TextShape.startsUppercase(tok.text) else { return nil }
            k -= 1
        }
        return nil
    }

    /// "approved at Cabinet", "agreed by OSPB", "presented to the Board", "To Cabinet" at the start of a clause.
    private static func prepositionLinks(_ mt: MeetingText, _ k: Int, first: Int) -> Bool {
        let t = mt.tokens
        guard k >= first, MeetingVocabulary.bodyPrepositions.contains(t[k].lower) else { return false }
        let prep = t[k].lower
        if prep == "at" || prep == "before" { return true }
        if k == first { return true }
        let before = t[k - 1]
        if before.kind == .mark { return ["–", "-", "—", ":", "(", ","].contains(before.text) }
        return MeetingVocabulary.bodyVerbs.contains(before.lower)
    }

    private static func isBody(_ t: [Token], _ j: Int) -> Bool {
        if MeetingVocabulary.bodyNouns.contains(t[j].lower) { return true }
        // An acronym stands out from mixed-case words ("agreed by OSPB on"); in an all-capital heading it is a word.
        // "MONDAY, 4 AUGUST 2008": a day or month in capitals is no acronym.
        if MeetingText.isAcronym(t[j]), !Calendar.weekdays.contains(t[j].lower), Calendar.months[t[j].lower] == nil {
            let neighbours = [j - 1, j + 1].filter { $0 >= 0 && $0 < t.count && t[$0].kind == .word && t[$0].text.count > 1 }
            return !neighbours.contains { t[$0].text.allSatisfy(\.isUppercase) }
        }
        for phrase in MeetingVocabulary.bodyPhrases where phrase.count == 2 && t[j].lower == phrase[1] {
            if j > 0, t[j - 1].lower == phrase[0] { return true }
        }
        return false
    }

    /// Nothing but a time or punctuation after the date: "CHILDREN AND FAMILIES … PANEL 10 MAY 2022".
    private static func onlyDateAfter(_ mt: MeetingText, _ b: Int) -> Bool {
        b >= mt.tokens.count || mt.tokens.count - b <= 6 && TimeScanner.scan(Array(mt.tokens[b...])).first != nil
    }

    /// Only list joiners between two dates of one sentence: "13th June and 18th July", "(June 2019 and October 2019), January 2020".
    private static func joinedList(_ mt: MeetingText, from: Int, to: Int, sentence: Int) -> Bool {
        guard from >= sentence, from <= to else { return false }
        let joiners: Set<String> = ["and", "or", ",", "&", ")", "(", "then", "/"]
        for k in from..<to where !joiners.contains(mt.tokens[k].lower) { return false }
        return true
    }
}
