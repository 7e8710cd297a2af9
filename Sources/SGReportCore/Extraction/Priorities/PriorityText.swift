/// Small readings of priority text shared by the readers: clean titles, sub-block labels, ratings, and
/// whether a phrase puts a priority in the year after the report.
///
/// `label(of: "Still to do during 2020-2021")` → actions with no content; `title("support schools,")` → "Support schools".
enum PriorityText {
    /// The priority's own words, with list punctuation and a dangling separator removed and a capital first.
    static func title(_ s: String) -> String {
        var t = tightParentheses(String(s.trimmingCharacters(in: " :;,–-|")))
        // "Domestic Abuse – children as victims.": a list item's full stop is no part of its name (a title of
        // several sentences keeps its stops, all of them).
        if t.hasSuffix("."), !t.hasSuffix(".."), t.dropLast().firstByteRange(of: ". ") == nil {
            t = String(t.dropLast().trimmingCharacters(in: " "))
        }
        // "Overarching priority: Voice of the Child": the label before the name.
        if let colon = t.firstIndex(of: ":"), t.index(after: colon) < t.endIndex {
            let label = words(String(t[..<colon]))
            if (1...3).contains(label.count), let last = label.last, PriorityVocabulary.titleLabelNouns.contains(last) {
                t = String(t[t.index(after: colon)...].trimmingCharacters(in: " "))
            }
        }
        if let first = t.first, first.isLowercase {
            t = first.uppercased() + t.dropFirst()
        }
        return t
    }

    /// "Child Exploitation - To reduce the risk of exploitation" → ("Child Exploitation", "To reduce the risk of
    /// exploitation"): a short name, a spaced dash, then its aim (an infinitive or a gerund). Nil otherwise.
    static func nameAndAim(_ title: String) -> (name: String, aim: String)? {
        guard let r = title.firstSpacedDash() else { return nil }
        let name = String(title[..<r.lowerBound].trimmingCharacters(in: " "))
        let aim = String(title[r.upperBound...].trimmingCharacters(in: " "))
        let aimWords = words(aim)
        guard (1...6).contains(words(name).count), !TextShape.endsSentence(name), let first = aimWords.first, aimWords.count >= 3,
            first == "to" || (first.hasSuffix("ing") && first.count > 5)
        else { return nil }
        return (name, aim.prefix(1).uppercased() + aim.dropFirst())
    }

    /// "Domestic abuse ( joint with LSAB)" → "Domestic abuse (joint with LSAB)": spaces a converter left inside
    /// parentheses.
    static func tightParentheses(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "(")) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if b == UInt8(ascii: " "), out.last == UInt8(ascii: "(") { continue }
            if b == UInt8(ascii: ")") { while out.last == UInt8(ascii: " ") { out.removeLast() } }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A lead-in's end: a colon, or the colon and dash of "identifies two business priorities to:-", "as follows:–".
    static func endsLeadIn(_ s: String) -> Bool {
        s.hasSuffix(":") || s.hasSuffix(":-") || s.hasSuffix(":–")
    }

    /// Lowercased words without surrounding punctuation: "Priorities and Next Steps in 2020-21" → ["priorities", "and", …].
    static func words(_ s: String) -> [String] {
        TextShape.words(s).map { String($0.lowercased().trimmingCharacters(in: ".,;:()'\"‘’“”!?*")) }.filter { !$0.isEmpty }
    }

    /// A label that opens a sub-block under a priority, and any content written after it on the same line.
    struct Label: Equatable {
        let kind: PriorityVocabulary.NoteKind
        /// Text after the label that is a note in itself ("Progress: Ten cases are now audited…"), or nil
        /// when the label stands alone or is glossed ("Intention: what we wanted to achieve during 2019-2021").
        let content: String?
    }

    static func label(of text: String) -> Label? {
        let lower = text.lowercased()
        for (phrase, kind) in PriorityVocabulary.noteLabels where lower.hasPrefix(phrase) {
            let rest = text.utf8Slice(phrase.utf8.count, text.utf8.count)
            let trimmed = rest.trimmingCharacters(in: " ")
            if let mark = trimmed.first, ":–-".contains(mark) {
                let content = String(trimmed.dropFirst().trimmingCharacters(in: " :–-"))
                return Label(kind: kind, content: isNote(content) ? content : nil)
            }
            // Without a colon only a bare label or one qualified by its time reads as a label
            // ("Still to do during 2020-2021", "Case Study"); "Impact of training was …" is a sentence.
            if let first = rest.first, first != " " { continue }
            let restWords = words(String(rest))
            if restWords.isEmpty
                || (restWords.count <= 5 && ["during", "in", "for", "by", "so", "over", "from", "and"].contains(restWords[0])
                    && !text.hasSuffix(".")) {
                return Label(kind: kind, content: nil)
            }
        }
        return nil
    }

    /// Content after a label is a note when it reads as a sentence; a short phrase without a stop glosses the label.
    private static func isNote(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !s.hasSuffix(":") else { return false }
        if first.properties.isLowercase { return false }
        return TextShape.endsSentence(s) || TextShape.wordCount(s, limit: 15) > 15
    }

    /// A rating written at the start of a cell or after a status label: "Achieved; Management structures …",
    /// "RAG rating: Amber". `found` is true for "No response provided", which rates nothing.
    static func status(atStartOf text: String) -> (status: Priority.Status?, found: Bool) {
        var lower = text.lowercased().trimmingCharacters(in: " ")
        for label in PriorityVocabulary.statusLabels where lower.hasPrefix(label) {
            let rest = lower.dropFirst(label.count).trimmingCharacters(in: " ")
            if rest.first == ":" { lower = rest.dropFirst().trimmingCharacters(in: " ") }
            break
        }
        for (phrase, status) in PriorityVocabulary.statusWords where lower.hasPrefix(phrase) {
            let next = lower.dropFirst(phrase.count).first
            if next == nil || ";:,.–- )(".contains(next ?? " ") { return (status, true) }
        }
        return (nil, false)
    }

    /// `.next` when the phrase names a year after the report's own period or "the coming year"; `.current`
    /// when it names the report's period; nil when it says nothing about time.
    static func scope(of text: String, report: ReportInfo) -> Priority.Scope? {
        let lower = text.lowercased()
        let reference = report.period?.end ?? report.published
        for mention in PeriodScanner.scan(text) {
            guard let start = mention.period.start, let reference else { continue }
            if start > reference { return .next }
            if let periodStart = report.period?.start, start >= periodStart { return .current }
        }
        if let reference {
            let tokens = Tokenizer.tokens(text)
            for i in tokens.indices where tokens[i].kind == .number {
                guard let year = tokens[i].int, (2000...2099).contains(year), tokens[i].text.count == 4, year > reference.year else { continue }
                // "three priorities for 2019-2022" in a report of 2019-20: a span that runs through now is current.
                if i >= 2, ["-", "–", "/", "to"].contains(tokens[i - 1].lower), tokens[i - 2].text.count == 4,
                    let from = tokens[i - 2].int, from <= reference.year
                {
                    return .current
                }
                return .next
            }
        }
        if PriorityVocabulary.nextYearPhrases.contains(where: { lower.contains($0) }) { return .next }
        return nil
    }
}
