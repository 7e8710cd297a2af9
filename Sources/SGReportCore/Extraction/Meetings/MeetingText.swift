/// Token-level questions the meeting readers ask of a sentence: where it ends, which body a phrase names
/// ("the Get Safe Partnership Group"), which tense a clause is in, which status a date is given.
struct MeetingText: Sendable {
    let text: String
    let tokens: [Token]
    /// Index of the first token of each token's sentence.
    let sentenceStart: [Int]
    /// Index one past the last token of each token's sentence.
    let sentenceEnd: [Int]

    init(_ text: String) {
        self.init(text, tokens: Tokenizer.tokens(text))
    }

    /// The same, over tokens a caller has already read from `text`.
    init(_ text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        var starts: [Int] = []
        var start = 0
        for i in tokens.indices {
            starts.append(start)
            if Self.endsSentence(tokens, i) { start = i + 1 }
        }
        sentenceStart = starts
        var ends = Array(repeating: tokens.count, count: tokens.count)
        var end = tokens.count
        for i in stride(from: tokens.count - 1, through: 0, by: -1) {
            if Self.endsSentence(tokens, i) { end = i + 1 }
            ends[i] = end
        }
        sentenceEnd = ends
    }

    /// ". " / "; " / "? " before a capital or the end; "approx. every" and "St. Peter's" go on.
    private static func endsSentence(_ t: [Token], _ i: Int) -> Bool {
        guard t[i].kind == .mark, Self.sentenceMarks.contains(t[i].text) else { return false }
        guard i + 1 < t.count else { return true }
        let next = t[i + 1]
        if t[i].text == ";" { return true }
        return next.spaced && (next.kind != .word || next.text.first?.isUppercase == true)
    }

    private static let sentenceMarks: Set<String> = [".", ";", "?", "!"]

    /// The index of the token starting at UTF-8 `offset`, or nil.
    func index(at offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].start == offset ? lo : nil
    }

    /// The index of the last token ending at or before `offset`.
    func index(endingAt offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }

    func slice(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= tokens.count else { return "" }
        return String(text.utf8Slice(tokens[from].start, tokens[to - 1].end))
    }

    // MARK: Bodies

    static func isBodyNoun(_ t: Token) -> Bool {
        t.kind == .word
            && ((MeetingVocabulary.bodyNounGate.mightContain(t.lower) && MeetingVocabulary.bodyNouns.contains(t.lower)) || isAcronym(t))
    }

    /// "OSPB", "WSCB", "CYPSP": an all-capital word of 3–6 letters that is not a month.
    static func isAcronym(_ t: Token) -> Bool {
        // An acronym starts with a capital: most words are turned away by their first byte.
        guard t.kind == .word, let first = t.text.utf8.first, (0x41...0x5A).contains(first) || first >= 0x80 else { return false }
        let utf8 = t.text.utf8
        // Nearly every word is ASCII: test its bytes before counting characters or looking up months.
        if !utf8.contains(where: { $0 >= 0x80 }) {
            guard (3...6).contains(utf8.count), utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return false }
            return Calendar.months[t.lower] == nil
        }
        guard (3...6).contains(t.text.count), Calendar.months[t.lower] == nil else { return false }
        return t.text.allSatisfy { $0.isUppercase }
    }

    /// Words that end a body's name when reading backwards: articles, prepositions, verbs of the sentence.
    static let phraseStops: Set<String> = [
        "the", "a", "an", "at", "by", "to", "on", "in", "of", "with", "its", "our", "their", "this", "that", "was",
        "were", "is", "are", "from", "for", "before", "after", "his", "her", "and", "last", "next", "previous",
        "first", "initial", "final", "inaugural", "separate", "each", "every", "all", "both", "following", "whole",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "further",
        // Kinds of meeting, not bodies: "the extra-ordinary meeting", "a special meeting", "the annual meeting".
        "extraordinary", "ordinary", "extra", "special", "annual", "quarterly", "monthly", "additional", "informal",
        "virtual", "recent", "latest", "same",
        // The paper, not the body: "Minutes for Environment and Community Safety Scrutiny Committee meeting".
        "minutes", "agenda", "notes",
    ]

    /// Words that say which meeting or what kind, written in lower case before "meeting": "the next business
    /// meeting", "the first of these meetings", "a joint meeting", "the next full meeting". Alone they name no body;
    /// in a name they may ("full Council", "Joint Commissioning Board").
    static let meetingQualifiers: Set<String> = [
        "these", "those", "such", "joint", "business", "formal", "full", "public", "private", "scheduled", "regular",
        "normal", "usual", "routine", "planned", "open", "closed", "face-to-face", "online", "hybrid", "in-person",
    ]

    /// The name of a body ending at token `end - 1`, read backwards ("Children and Families Overview and Scrutiny
    /// Panel", "children and young people scrutiny committee", "Get Safe Partnership Group"); nil when empty.
    func bodyPhrase(endingBefore end: Int, limit: Int = 9) -> (start: Int, name: String)? {
        var i = end - 1
        var start = end
        // "the Local Safeguarding Children Board (LSCB) meeting": the name goes on before its abbreviation.
        if i >= 3, tokens[i].text == ")", tokens[i - 2].text == "(", tokens[i - 1].kind == .word,
            tokens[i - 1].text.allSatisfy({ $0.isUppercase }), tokens[i - 3].kind == .word
        {
            i -= 3
        }
        var words = 0
        var steps = 0
        while i >= 0, words < limit, steps < 3 * limit {
            steps += 1
            let t = tokens[i]
            if t.kind == .mark {
                // "the Children, Families and Learning Overview and Scrutiny Committee": a comma between the
                // capitalised words of a list that the name goes on to join with "and".
                let listComma = t.text == "," && start < end && i > 0 && tokens[i - 1].kind == .word
                    && tokens[i - 1].text.first?.isUppercase == true && tokens[start].text.first?.isUppercase == true
                    && (start..<end).contains { tokens[$0].lower == "and" }
                guard listComma || ["/", "&", "'", "-", "’"].contains(t.text) && (!t.spaced || t.text == "&" || t.text == "/") else { break }
                i -= 1
                continue
            }
            if t.kind == .number { break }
            let lower = t.lower
            if lower == "and" || lower == "of" || lower == "for" {
                // An inner joiner ("Children and Families …", "Director of Children's Services"): kept when a
                // name word stands before it.
                // "of"/"for" only between capitalised words: "Agenda and minutes of OSPB" names OSPB.
                guard start < end, i > 0, tokens[i - 1].kind == .word, !Self.phraseStops.contains(tokens[i - 1].lower),
                    lower == "and" || tokens[i - 1].text.first?.isUppercase == true
                else { break }
                i -= 1
                continue
            }
            if Self.phraseStops.contains(lower) { break }
            if MeetingVocabulary.eventWords.contains(lower) { return nil }
            start = i
            words += 1
            i -= 1
        }
        guard start < end, !(start + 1 == end && Self.meetingQualifiers.contains(tokens[start].text)) else { return nil }
        var name = slice(start, end)
        // "the LSCB's meeting", "the Board’s meeting": the possessive is no part of the name.
        if name.hasSuffix("'s") || name.hasSuffix("’s") { name.removeLast(2) }
        return name.isEmpty ? nil : (start, name)
    }

    // MARK: Tense and status

    /// The tense of the clause leading to token `i`: the nearest cue before it in its sentence.
    func tense(before i: Int) -> MeetingDating.Tense? {
        guard i > 0, i <= tokens.count else { return nil }
        // A clause, not a whole run-on paragraph: at most 30 tokens back, so the cost per date is bounded.
        let first = max(i < tokens.count ? sentenceStart[i] : sentenceStart[tokens.count - 1], i - 30)
        var j = i - 1
        while j >= first {
            let lower = tokens[j].lower
            if MeetingVocabulary.futureCues.contains(lower) { return .future }
            if MeetingVocabulary.pastCues.contains(lower) {
                // "are being presented", "will be held", "to be considered": a participle still to come.
                if j > first, ["being", "be"].contains(tokens[j - 1].lower) { return .future }
                return isMinuted(from: first, to: j) || toldAsDone(cue: j, date: i) ? .attested : .past
            }
            j -= 1
        }
        // "The meeting is on 28 July": no cue before; a cue right after the date ("… will take place") counts too.
        return nil
    }

    /// "during its meeting held on 8th February", "was discussed at the Executive Board on the 4th May", "was
    /// considered by Cabinet on …": the meeting's holding or its business told as done, right before the date.
    /// ("It was agreed to meet on …", "a report was requested for …" look forward: neither verb is one of these.)
    private func toldAsDone(cue j: Int, date i: Int) -> Bool {
        let between = (j + 1)..<i
        // "held on", "met on", "took place on the …"
        if ["held", "met", "took"].contains(tokens[j].lower) {
            return between.allSatisfy { ["on", "the"].contains(tokens[$0].lower) || tokens[j].lower == "took" && tokens[$0].lower == "place" }
        }
        if toldAsPerfect(cue: j, date: i) { return true }
        // "The County Council resolved at its meeting on 5 May 2021 that …": the body's own act at its meeting.
        if j + 3 < i, MeetingVocabulary.doneBusinessVerbs.contains(tokens[j].lower) || tokens[j].lower == "resolved",
            ownMeeting(at: j + 1)
        {
            return true
        }
        guard j > 0, ["was", "were"].contains(tokens[j - 1].lower) || coordinatesPassive(j), MeetingVocabulary.doneBusinessVerbs.contains(tokens[j].lower),
            j + 2 < i, ["at", "by", "to"].contains(tokens[j + 1].lower)
        else { return false }
        // "presented to Cabinet", "to the Board": a body; "agreed to meet": a verb, looking forward.
        return !between.contains { k in
            tokens[k].lower == "to" && k + 1 < i && tokens[k + 1].kind == .word && !["the", "a", "an"].contains(tokens[k + 1].lower)
                && tokens[k + 1].text.first?.isUppercase != true
        }
    }

    /// "The report was agreed by the Panel at its meeting on 2 July and endorsed by Council at its meeting on …": a
    /// participle after "and" shares the passive "was"/"were" of a done verb earlier in its sentence.
    private func coordinatesPassive(_ j: Int) -> Bool {
        guard j > 1, tokens[j - 1].lower == "and" else { return false }
        let first = sentenceStart[j]
        return (first..<(j - 2)).contains { k in
            ["was", "were"].contains(tokens[k].lower) && MeetingVocabulary.doneBusinessVerbs.contains(tokens[k + 1].lower)
        }
    }

    /// "the Cabinet had accepted the report at their meeting on 11 June 2024", "has endorsed the plan at its meeting
    /// of 3 May": a perfect tense told of the business done at the dated meeting ("has requested an update at its
    /// meeting on …" asks for business still to come).
    private func toldAsPerfect(cue j: Int, date i: Int) -> Bool {
        guard ["had", "has", "have"].contains(tokens[j].lower), j + 1 < i, MeetingVocabulary.doneBusinessVerbs.contains(tokens[j + 1].lower),
            let meeting = ((j + 2)..<i).last(where: { tokens[$0].lower == "meeting" }),
            ((meeting + 1)..<i).allSatisfy({ ["on", "of", "the", "held"].contains(tokens[$0].lower) }),
            ((j + 2)..<meeting).contains(where: { tokens[$0].lower == "at" })
        else { return false }
        return true
    }

    /// "at its meeting", "at their meetings" from token `k`: a body's own meeting, named by the body before.
    func ownMeeting(at k: Int) -> Bool {
        k >= 0 && k + 2 < tokens.count && tokens[k].lower == "at" && ["its", "their"].contains(tokens[k + 1].lower)
            && MeetingVocabulary.meetingNouns.contains(tokens[k + 2].lower)
    }

    /// "The minutes of the extra-ordinary meeting held on …": the clause speaks of a meeting's minutes.
    private func isMinuted(from first: Int, to end: Int) -> Bool {
        (first..<end).contains { tokens[$0].lower == MeetingVocabulary.minutesWord && $0 + 1 < end && tokens[$0 + 1].lower == "of" }
    }

    /// A written status for a date ending before token `end`: the words after it in its clause
    /// ("January 2020 and March 2020 were postponed"), skipping other dates (`dateTokens`) and joiners.
    func writtenStatus(after end: Int, dateTokens: Set<Int>) -> Meeting.Status? {
        let skip: Set<String> = [
            "and", "or", ",", "&", "were", "was", "been", "have", "has", "had", "be", "being", "is", "are",
            "subsequently", "later", "then", "both", "also", "unfortunately",
        ]
        var j = end
        var steps = 0
        while j < tokens.count, steps < 24 {
            let lower = tokens[j].lower
            if let status = MeetingVocabulary.explicitStatus[lower] { return status }
            if !dateTokens.contains(j), !skip.contains(lower) { return nil }
            j += 1
            steps += 1
        }
        return nil
    }

    /// A written status in the words just before `i` ("the postponed meeting on …", "cancelled: 5 May").
    func writtenStatus(before i: Int, within: Int = 6) -> Meeting.Status? {
        var j = i - 1
        let first = i > 0 && i <= tokens.count ? sentenceStart[min(i, tokens.count - 1)] : 0
        while j >= max(first, i - within) {
            if let status = MeetingVocabulary.explicitStatus[tokens[j].lower] { return status }
            j -= 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The first occurrence of `needle` (exact, case-sensitive), without Foundation.
    func find(_ needle: String) -> Range<Index>? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if utf8[i] == first {
                var j = i
                var k = 0
                while k < n.count, j < endIndex, utf8[j] == n[k] {
                    j = utf8.index(after: j)
                    k += 1
                }
                if k == n.count { return i..<j }
            }
            i = utf8.index(after: i)
        }
        return nil
    }
}
