/// Reads priorities stated in a sentence, one per named topic.
///
/// "… Child Sexual Exploitation (CSE) and the 'lived experience' of the child will be priorities for the Board
/// in 2017/18." → "Child Sexual Exploitation (CSE)" and "The 'lived experience' of the child", both next year;
/// "… understanding of early help and thresholds and both will be priorities in the coming year." → "Early help", "Thresholds".
enum ProsePriorityReader {
    static func read(_ text: ParsedText, report: ReportInfo) -> [PriorityDraft] {
        var drafts: [PriorityDraft] = []
        for (index, block) in text.blocks.enumerated() where [.paragraph, .listItem].contains(block.kind) {
            guard block.text.containsFolded("priorit") else { continue }
            let context = PriorityContext(text: text, blockIndex: index)
            for sentence in sentences(block.text) {
                for topic in topics(in: sentence, of: block.text, report: report) {
                    drafts.append(PriorityDraft(
                        title: topic.title, scope: topic.scope, section: context.section,
                        line: block.line(atOffset: topic.offset)))
                }
            }
        }
        return drafts
    }

    struct Topic: Equatable {
        let title: String
        let scope: Priority.Scope
        /// UTF-8 offset of the topic in the block's text.
        let offset: Int
    }

    /// Sentences of a paragraph as UTF-8 ranges: a stop, "?" or "!" followed by a capitalised word ends one.
    static func sentences(_ text: String) -> [Range<Int>] {
        let tokens = Tokenizer.tokens(text)
        var result: [Range<Int>] = []
        var start = 0
        for (i, token) in tokens.enumerated() where token.kind == .mark && [".", "?", "!"].contains(token.text) {
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            if let next, !(next.spaced && (next.text.first?.isUppercase ?? false)) { continue }
            result.append(start..<token.end)
            start = next?.start ?? token.end
        }
        if start < text.utf8.count { result.append(start..<text.utf8.count) }
        return result
    }

    static func topics(in range: Range<Int>, of text: String, report: ReportInfo) -> [Topic] {
        let sentence = String(text.utf8Slice(range.lowerBound, range.upperBound))
        guard !sentence.hasSuffix("?") else { return [] }
        let tokens = Tokenizer.tokens(sentence)
        guard let p = tokens.firstIndex(where: { $0.kind == .word && ($0.lower == "priority" || $0.lower == "priorities") }) else {
            return []
        }
        if tokens[p].lower == "priorities", let listed = listedAfter(p, tokens, sentence: sentence, report: report) {
            return listed.map { Topic(title: $0.title, scope: $0.scope, offset: range.lowerBound + $0.offset) }
        }
        // Back over "a key", "the strategic" to the verb that links the topic to "priority".
        var m = p
        while m > 0, tokens[m - 1].kind == .word, PriorityVocabulary.priorityModifiers.contains(tokens[m - 1].lower) { m -= 1 }
        guard let (copulaStart, future) = copula(tokens, endingAt: m) else { return [] }
        let plural = tokens[p].lower == "priorities"
        // The clause holding the subject starts after the last ";" or ":" before the verb.
        var clauseStart = 0
        for k in 0..<copulaStart where tokens[k].kind == .mark && [";", ":"].contains(tokens[k].text) { clauseStart = k + 1 }
        var subject = Array(tokens[clauseStart..<copulaStart])
        if let first = subject.first, PriorityVocabulary.clauseOpeners.contains(first.lower),
           let comma = subject.lastIndex(where: { $0.text == "," }) {
            subject = Array(subject[(comma + 1)...])
        }
        // "…, and Private fostering will be a priority": a comma and a conjunction open a new clause.
        if let joint = subject.indices.last(where: { $0 > 0 && subject[$0 - 1].text == "," && ["and", "but", "while", "whilst"].contains(subject[$0].lower) }) {
            subject = Array(subject[joint...])
        }
        // "… the Board agreed that tackling neglect is a priority": the topic follows "that".
        if let that = subject.lastIndex(where: { $0.lower == "that" }), that + 1 < subject.count {
            subject = Array(subject[(that + 1)...])
        }
        while let first = subject.first, ["and", "but", "so"].contains(first.lower) || first.kind == .mark { subject.removeFirst() }
        if let first = subject.first, PriorityVocabulary.clauseOpeners.contains(first.lower) { return [] }
        guard let last = subject.last else { return [] }

        let after = String(sentence.utf8Slice(tokens[p].end, sentence.utf8.count))
        let scope = PriorityText.scope(of: after, report: report) ?? (future ? .next : .current)
        var phrases: [(start: Int, end: Int)]
        if PriorityVocabulary.coordinatingPronouns.contains(last.lower) {
            // "… understanding of early help and thresholds and both will be …": both of the pair before.
            guard let pair = antecedents(Array(tokens[clauseStart..<copulaStart].dropLast())) else { return [] }
            phrases = pair
        } else {
            guard let first = subject.first, !PriorityVocabulary.pronounSubjects.contains(first.lower),
                  !PriorityVocabulary.pronounSubjects.contains(last.lower),
                  subject.count <= 16,
                  !subject.contains(where: { $0.kind == .word && StructureVocabulary.sentenceWords.contains($0.lower) && $0.lower != "our" && $0.lower != "their" })
            else { return [] }
            phrases = plural ? split(subject) : [(subject[0].start, last.end)]
        }
        return phrases.compactMap { phrase in
            let title = PriorityText.title(String(sentence.utf8Slice(phrase.start, phrase.end)))
            guard title.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
            return Topic(title: title, scope: scope, offset: range.lowerBound + phrase.start)
        }
    }

    /// "Our priorities for 2019-2022 are neglect; making the system work; and contextual safeguarding.", "progress on
    /// the three key priorities; (i) neglect, (ii) contextual safeguarding and (iii) making the system work.": the
    /// topics listed after "priorities", its verb or a colon or semicolon, to the end of the sentence; two at least.
    private static func listedAfter(_ p: Int, _ tokens: [Token], sentence: String, report: ReportInfo) -> [Topic]? {
        var k = p + 1
        // "for 2019-2022", "for the coming year": what the list is for, up to its verb.
        if k < tokens.count, tokens[k].lower == "for" {
            // "… four priorities for 2017-18 – domestic abuse; …": a spaced dash opens the list as a colon does.
            while k < tokens.count, k - p <= 8, !PriorityVocabulary.listVerbs.contains(tokens[k].lower), ![":", ";"].contains(tokens[k].text),
                !(["–", "—"].contains(tokens[k].text) && tokens[k].spaced)
            {
                k += 1
            }
        }
        var future = false
        // "the local priorities of Serious Youth Violence, Child Sexual Exploitation and Radicalisation": after "of",
        // a list of named topics ("the priorities of the Board are …" names whose they are, not what).
        if k + 1 < tokens.count, tokens[k].lower == "of", TextShape.startsUppercase(tokens[k + 1].text),
            !PriorityVocabulary.subjectLeads.contains(tokens[k + 1].lower)
        {
            k += 1
        } else if k + 1 < tokens.count, tokens[k].lower == "will", tokens[k + 1].lower == "be" {
            future = true
            k += 2
        } else if k < tokens.count, PriorityVocabulary.listVerbs.contains(tokens[k].lower) {
            k += 1
        } else if !(k < tokens.count && ([":", ";"].contains(tokens[k].text) || ["–", "—"].contains(tokens[k].text) && tokens[k].spaced)) {
            return nil
        }
        if let lead = PriorityVocabulary.listLeads.first(where: { phrase in
            k + phrase.count <= tokens.count && zip(tokens[k...], phrase).allSatisfy { $0.lower == $1 }
        }) {
            k += lead.count
        }
        while k < tokens.count, tokens[k].kind == .mark, [":", ";", "–", "-"].contains(tokens[k].text) { k += 1 }
        var end = tokens.count
        while end > k, tokens[end - 1].kind == .mark, [".", ";"].contains(tokens[end - 1].text) { end -= 1 }
        guard k < end, end - k <= 40 else { return nil }
        let list = Array(tokens[k..<end])
        // "The priorities were agreed by the Board, the Police and Health": a participle, not a list of topics.
        if let first = list.first, first.kind == .word, first.lower.hasSuffix("ed"), !TextShape.startsUppercase(first.text) { return nil }
        // Items parted by semicolons keep their own "and"s: "neglect; and child and parental mental ill health".
        var parts = list.contains(where: { $0.text == ";" }) ? splitAtSemicolons(list)
            : split(list)
        // "(i) neglect": a list's own numbering is no part of a topic.
        parts = parts.map { part in
            var start = part.start
            let inPart = list.filter { $0.start >= part.start && $0.end <= part.end }
            if inPart.count > 3, inPart[0].text == "(", inPart[2].text == ")", inPart[1].text.count <= 4 { start = inPart[3].start }
            return (start, part.end)
        }
        let titles = parts.map { PriorityText.title(String(sentence.utf8Slice($0.start, $0.end))) }
        guard titles.count >= 2, titles.allSatisfy({ t in
            // "Embedding Early Help and Early Intervention into mainstream partnership activity" is ten words.
            let words = TextShape.wordCount(t, limit: 13)
            return (1...12).contains(words) && !PriorityText.words(t).contains { StructureVocabulary.sentenceWords.contains($0) && $0 != "our" }
        }) else { return nil }
        let after = String(sentence.utf8Slice(tokens[p].end, sentence.utf8.count))
        let scope = PriorityText.scope(of: after, report: report) ?? (future ? .next : .current)
        return zip(titles, parts).map { Topic(title: $0, scope: scope, offset: $1.start) }
    }

    /// The copula ending just before `end` ("will be", "remains", "is"), its first token and whether it is future.
    private static func copula(_ tokens: [Token], endingAt end: Int) -> (Int, Bool)? {
        for (forms, future) in [(PriorityVocabulary.futureCopulas, true), (PriorityVocabulary.presentCopulas, false)] {
            for form in forms where form.count <= end {
                let start = end - form.count
                if zip(tokens[start..<end], form).allSatisfy({ $0.kind == .word && $0.lower == $1 }) {
                    return (start, future)
                }
            }
        }
        return nil
    }

    /// Topics joined by "and" or commas at the top level (not inside brackets or quotes): "CSE and the 'lived experience'".
    private static func split(_ subject: [Token]) -> [(start: Int, end: Int)] {
        var parts: [(start: Int, end: Int)] = []
        var depth = 0
        var partStart: Int?
        var partEnd = 0
        for token in subject {
            if token.text == "(" { depth += 1 }
            if token.text == ")" { depth = max(0, depth - 1) }
            let splits = depth == 0 && (token.lower == "and" || token.text == "," || token.text == "&")
            if splits {
                if let s = partStart { parts.append((s, partEnd)) }
                partStart = nil
                continue
            }
            if partStart == nil { partStart = token.start }
            partEnd = token.end
        }
        if let s = partStart { parts.append((s, partEnd)) }
        return parts
    }

    /// Items parted by ";", an "and" opening the last dropped.
    private static func splitAtSemicolons(_ list: [Token]) -> [(start: Int, end: Int)] {
        list.split { $0.text == ";" }.compactMap { item in
            let words = item.drop { ["and", "or"].contains($0.lower) }
            guard let first = words.first, let last = words.last else { return nil }
            return (first.start, last.end)
        }
    }

    /// The two phrases of the last "A and B" before a "both": A runs back to the preposition that governs it.
    private static func antecedents(_ tokens: [Token]) -> [(start: Int, end: Int)]? {
        var clause = tokens
        while let last = clause.last, last.lower == "and" || last.kind == .mark { clause.removeLast() }
        guard let and = clause.lastIndex(where: { $0.lower == "and" }), and + 1 < clause.count, and > 0 else { return nil }
        var a = and - 1
        while a > 0, !PriorityVocabulary.antecedentStops.contains(clause[a - 1].lower), clause[a - 1].kind == .word { a -= 1 }
        guard and - a <= 5, clause.count - and - 1 <= 5,
              let bEnd = clause.last?.end else { return nil }
        return [(clause[a].start, clause[and - 1].end), (clause[and + 1].start, bEnd)]
    }
}
