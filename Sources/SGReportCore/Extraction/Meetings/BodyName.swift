/// The body a heading or caption names: "Appendix 2. Walsall Safeguarding Children Board / Partnership - Meeting
/// attendance April 2019 – March 2020" → "Walsall Safeguarding Children Board / Partnership"; "Attendance at
/// Board Meetings" → "Board" (→ the organisation's own name when it ends so); "There were 6 Leadership Group
/// meetings between …" → "Leadership Group".
enum BodyName {
    static func from(_ heading: String, organisation: String? = nil) -> String? {
        var text = Substring(heading)
        if text.lowercased().hasPrefix("appendix") {
            text = text.drop { $0 != " " }.drop { $0 == " " }
            text = text.drop { !$0.isLetter }
        }
        for part in split(String(text)) {
            guard let name = clean(part) else { continue }
            if let organisation, TextShape.wordCount(name, limit: 1) == 1,
                TextShape.key(organisation).hasSuffix(" " + TextShape.key(name))
            {
                return organisation
            }
            return name
        }
        return nil
    }

    /// The words before "meetings" in a caption ("There were 6 Leadership Group meetings …").
    static func beforeMeetings(_ caption: String) -> String? {
        let mt = MeetingText(caption)
        guard let m = mt.tokens.firstIndex(where: { MeetingVocabulary.meetingNouns.contains($0.lower) }),
            let phrase = mt.bodyPhrase(endingBefore: m)
        else { return nil }
        return hasBodyNoun(phrase.name) ? phrase.name : nil
    }

    /// "Northshire Safeguarding Children Board", "The Board": the name's last word is its body noun.
    static func endsWithBodyNoun(_ s: String) -> Bool {
        guard let last = Tokenizer.tokens(s).last(where: { $0.kind == .word }) else { return false }
        return MeetingVocabulary.bodyNouns.contains(last.lower)
    }

    static func hasBodyNoun(_ s: String) -> Bool {
        Tokenizer.tokens(s).contains { MeetingVocabulary.bodyNouns.contains($0.lower) }
    }

    /// Parts of a heading between " - ", " – ", ": ".
    private static func split(_ s: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "-" || c == "–" || c == "—") && i > 0 && chars[i - 1] == " " && i + 1 < chars.count && chars[i + 1] == " " {
                parts.append(current)
                current = ""
            } else if c == ":" {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
            i += 1
        }
        parts.append(current)
        return parts
    }

    /// The part without attendance words, "meetings" and dates; nil unless a body noun is left.
    private static func clean(_ part: String) -> String? {
        // "Board membership and attendance 2019/20" → "Board": a caption's trailing words are no part of the name.
        let drop: Set<String> = [
            "attendance", "attended", "meeting", "meetings", "record", "at", "of", "the", "and", "&", "membership", "members",
        ]
        var words = TextShape.words(part).map(String.init)
        while let first = words.first, drop.contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, drop.contains(last.lowercased()) || last.contains(where: \.isNumber)
            || Calendar.months[last.lowercased()] != nil
        {
            words.removeLast()
        }
        let name = words.joined(separator: " ")
        return hasBodyNoun(name) ? name : nil
    }
}
