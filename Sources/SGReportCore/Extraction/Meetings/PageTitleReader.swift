/// Reads every council web page of a meeting that a file holds, each headed by its title line:
/// "Children, Sports and Leisure Policy and Scrutiny Committee - Monday 17th October, 2016 7.00 pm" over
/// "Venue: Rooms 5, 6 & 7 …" and its "Items". Saved pages are often joined into one file (a minute book, a scrape
/// of a committee's meetings); the front page's meeting is AgendaReader's, the others are read here, each up to
/// the next title.
enum PageTitleReader {
    /// The meetings of the file's page titles, except the one on `skippingLine` (the front page's, read already).
    static func read(_ text: ParsedText, dating: MeetingDating, skippingLine: Int?) -> [MeetingDraft] {
        let blocks = text.blocks
        let titles = blocks.indices.compactMap { i in title(blocks[i]).map { (i, $0) } }
        var drafts: [MeetingDraft] = []
        for (n, (i, title)) in titles.enumerated() where blocks[i].line != skippingLine {
            let end = n + 1 < titles.count ? titles[n + 1].0 : blocks.count
            let marked = AgendaReader.statusSuffix(of: blocks[i].text)
            let held = AgendaReader.recordsMeeting(after: i, in: blocks, before: end)
            let status = marked ?? (held ? .held : dating.status(of: title.date, tense: nil))
            var draft = MeetingDraft(body: title.body, date: title.date, status: status, line: blocks[i].line, source: .minutes)
            draft.statusWritten = marked != nil || held
            draft.time = title.time
            draft.location = AgendaReader.labelled(after: i, in: blocks, labels: MeetingVocabulary.placeLabels)
                .map(AgendaReader.withoutLinkText)
            WebAgendaReader.read(text, from: i + 1, into: &draft, minuted: status == .held)
            drafts.append(draft)
        }
        return drafts
    }

    struct Title: Equatable {
        let body: String
        let date: PartialDate
        let time: String
    }

    /// A page title: a body's name, a spaced dash, a weekday and a full date, then the time ("… Scrutiny Commission -
    /// Monday 2nd December 2024 7.00 p.m."). The weekday and the time tell it from a report's title ("Annual Report
    /// - March 2024") and from prose.
    static func title(_ block: Block) -> Title? {
        guard [.paragraph, .heading].contains(block.kind), block.continuations.isEmpty, block.text.utf8.count <= 200,
            let dash = block.text.firstSpacedDash(),
            let weekday = block.text[dash.upperBound...].split(separator: " ").first,
            Calendar.weekdays.contains(String(weekday.lowercased().trimmingCharacters(in: ",")))
        else { return nil }
        guard let (body, after) = AgendaReader.bodyBeforeDate(block.text), let (date, rest) = AgendaReader.leadingDate(after),
            let time = TimeScanner.scan(rest).first, TextShape.wordCount(String(rest.utf8Slice(0, time.start)), limit: 3) <= 2
        else { return nil }
        return Title(body: body, date: date, time: time.time)
    }
}
