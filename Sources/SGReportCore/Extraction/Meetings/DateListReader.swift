/// Reads lists of meeting dates under a lead-in or heading: "the meetings have taken place as follows:" then
/// "18th August 2021", "24th November 2021", …; "Dates of Future Meetings" then "7 July 2022 at 10am".
/// A list of event dates ("six events … as follows:") is no list of meetings.
enum DateListReader {
    static func read(_ text: ParsedText, dating: MeetingDating, body fallback: String?) -> [MeetingDraft] {
        let blocks = text.blocks
        var drafts: [MeetingDraft] = []
        var i = 0
        while i < blocks.count {
            guard let leadIn = LeadIn(blocks[i]) else { i += 1; continue }
            var items: [(block: Block, mention: DateMention, rest: String)] = []
            var k = i + 1
            while k < blocks.count {
                let block = blocks[k]
                if block.kind == .furniture { k += 1; continue }
                guard [.paragraph, .listItem, .heading].contains(block.kind) else { break }
                if let run = dateRun(block.text) {
                    items += run.map { (block, $0, "") }
                } else if let item = dateLed(block.text) {
                    items.append((block, item.0, item.1))
                } else {
                    break
                }
                k += 1
            }
            let years = YearNeighbours(items.map(\.mention))
            for (n, item) in items.enumerated() {
                guard let date = dating.date(of: n, in: years, sentenceEnd: Int.max, tense: leadIn.tense)
                else { continue }
                drafts.append(MeetingDraft(
                    body: leadIn.body ?? fallback, date: date, time: TimeScanner.scan(item.rest).first?.time,
                    status: dating.status(of: date, tense: leadIn.tense, written: leadIn.status),
                    statusWritten: leadIn.status != nil, line: item.block.line, source: .list))
            }
            i = max(k, i + 1)
        }
        return drafts
    }

    /// A block announcing meeting dates: a lead-in ending ":" or a heading, naming meetings and no events.
    struct LeadIn {
        let body: String?
        let tense: MeetingDating.Tense?
        let status: Meeting.Status?

        init?(_ block: Block) {
            let isLeadIn = [.paragraph, .listItem].contains(block.kind) && block.text.hasSuffix(":")
            guard isLeadIn || block.kind == .heading else { return nil }
            let mt = MeetingText(block.text)
            let words = mt.tokens.map(\.lower)
            guard words.contains(where: MeetingVocabulary.listCues.contains),
                words.contains(where: { MeetingVocabulary.meetingNouns.contains($0) }),
                !words.contains(where: MeetingVocabulary.eventWords.contains)
            else { return nil }
            if block.kind == .heading, !words.contains(where: { ["dates", "date", "schedule", "calendar"].contains($0) }) {
                return nil
            }
            var bodyName: String?
            if let m = words.firstIndex(where: { MeetingVocabulary.meetingNouns.contains($0) }) {
                bodyName = mt.bodyPhrase(endingBefore: m)?.name
                if let name = bodyName, !TextShape.words(name).contains(where: { MeetingVocabulary.bodyNouns.contains($0.lowercased()) }) {
                    bodyName = nil
                }
            }
            body = bodyName
            tense = mt.tense(before: mt.tokens.count)
            status = words.compactMap { MeetingVocabulary.explicitStatus[$0] }.first
        }
    }

    /// "18th August 2021", "Tuesday 7 July 2022 at 10am", "7 July 2022 – County Hall": a date opening a short line.
    /// "10th September 2024 03rd December 2024 09th January 2025", "10 September 2024, 3 December 2024 and 4 March
    /// 2025.": a line of dates and nothing else is a list of its own.
    static func dateRun(_ text: String) -> [DateMention]? {
        let tokens = Tokenizer.tokens(text)
        let dates = DateScanner.scan(tokens)
        guard dates.count >= 2 else { return nil }
        var d = 0
        for t in tokens {
            while d < dates.count, dates[d].end <= t.start { d += 1 }
            if d < dates.count, t.start >= dates[d].start { continue }
            guard t.kind == .mark || ["and", "&"].contains(t.lower) || Calendar.weekdays.contains(t.lower) else { return nil }
        }
        return dates
    }

    static func dateLed(_ text: String) -> (DateMention, String)? {
        let tokens = Tokenizer.tokens(text)
        guard let first = DateScanner.scan(tokens).first, first.day != nil || first.year != nil else { return nil }
        for t in tokens where t.start < first.start {
            guard t.kind == .mark || Calendar.weekdays.contains(t.lower) else { return nil }
        }
        let rest = String(text.utf8Slice(first.end, text.utf8.count))
        guard TextShape.wordCount(rest, limit: 8) <= 8, !TextShape.endsSentence(rest) || TextShape.wordCount(rest, limit: 3) <= 3 else { return nil }
        return (first, rest)
    }
}
