/// Reads every council web page of a meeting that a file holds, each headed by its title line:
/// "Children, Sports and Leisure Policy and Scrutiny Committee - Monday 17th October, 2016 7.00 pm" over
/// "Venue: Rooms 5, 6 & 7 …" and its "Items". Saved pages are often joined into one file (a minute book, a scrape
/// of a committee's meetings); the front page's meeting is AgendaReader's, the others are read here, each up to
/// the next title.
///
/// A decision's page names the meeting that made it, "Made at meeting: 22/04/2024 - Education and Children's Services
/// Committee", and an item's history each meeting that considered it, "Meeting: 15/10/2024 - Cabinet (Item 131)":
/// each opens its meeting too, with the decisions under it.
enum PageTitleReader {
    /// The meetings of the file's page titles, except the one on `skippingLine` (the front page's, read already).
    static func read(_ text: ParsedText, dating: MeetingDating, skippingLine: Int?) -> [MeetingDraft] {
        let blocks = text.blocks
        let titles = blocks.indices.compactMap { i in title(blocks[i]).map { (i, $0) } }
        var drafts: [MeetingDraft] = []
        for (n, (i, title)) in titles.enumerated() where blocks[i].line != skippingLine {
            let end = n + 1 < titles.count ? titles[n + 1].0 : blocks.count
            let marked = AgendaReader.statusSuffix(of: blocks[i].text)
            // A decision was made at its meeting: that meeting is held.
            let held = title.kind == .decision || AgendaReader.recordsMeeting(after: i, in: blocks, before: end)
            let status = marked ?? (held ? .held : dating.status(of: title.date, tense: nil))
            var draft = MeetingDraft(body: title.body, date: title.date, status: status, line: blocks[i].line, source: .minutes)
            draft.statusWritten = marked != nil || held
            draft.time = title.time
            if title.kind == .page {
                draft.location = AgendaReader.labelled(after: i, in: blocks, labels: MeetingVocabulary.placeLabels)
                    .map(AgendaReader.withoutLinkText)
                WebAgendaReader.read(text, from: i + 1, into: &draft, minuted: status == .held)
            } else {
                draft.decisions = decisions(in: blocks, from: i + 1, to: end)
            }
            drafts.append(draft)
        }
        return drafts
    }

    /// What a title line says of its meeting: the kind of page it heads, the body, the date, and a page title's time.
    struct Title: Equatable {
        enum Kind: Equatable { case page, decision, history }
        let kind: Kind
        let body: String
        let date: PartialDate
        let time: String?
    }

    static func title(_ block: Block) -> Title? {
        // Every title holds a date's digits: most blocks are refused by one byte scan.
        guard block.kind != .tableRow, block.text.utf8.count <= 200,
            block.text.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 })
        else { return nil }
        return pageTitle(block) ?? labelledMeeting(block)
    }

    /// A page title: a body's name, a spaced dash, a weekday and a full date, then the time ("… Scrutiny Commission -
    /// Monday 2nd December 2024 7.00 p.m."). The weekday and the time tell it from a report's title ("Annual Report
    /// - March 2024") and from prose.
    private static func pageTitle(_ block: Block) -> Title? {
        guard [.paragraph, .heading].contains(block.kind), block.continuations.isEmpty, let dash = block.text.firstSpacedDash() else {
            return nil
        }
        // The word after the dash, read as bytes: most dashes lead to no weekday.
        let word = block.text.utf8[dash.upperBound...].prefix { $0 != 0x20 && $0 != UInt8(ascii: ",") }
        guard (3...9).contains(word.count), Calendar.weekdays.contains(String(decoding: word, as: UTF8.self).lowercased()) else {
            return nil
        }
        guard let (body, after) = AgendaReader.bodyBeforeDate(block.text), let (date, rest) = AgendaReader.leadingDate(after),
            let time = TimeScanner.scan(rest).first, TextShape.wordCount(String(rest.utf8Slice(0, time.start)), limit: 3) <= 2
        else { return nil }
        return Title(kind: .page, body: body, date: date, time: time.time)
    }

    /// "Made at meeting: 22/04/2024 - Education and Children's Services Committee", "Meeting: 15/10/2024 - Cabinet
    /// (Item 131)": a labelled date, then the body after a dash.
    private static func labelledMeeting(_ block: Block) -> Title? {
        guard block.kind != .tableRow, block.text.utf8.count <= 200, block.text.containsFolded("meeting:") else { return nil }
        for (label, kind) in labels {
            guard let value = LabelledLine.value(block, labels: [label]), let (date, rest) = AgendaReader.leadingDate(value),
                let body = AgendaReader.bodyAfterDate(rest)
            else { continue }
            return Title(kind: kind, body: body, date: date, time: nil)
        }
        return nil
    }

    /// The labels of modern.gov's decision and item-history pages ("Decided at meeting:" on some councils' decision
    /// pages, as "Made at meeting:" on others).
    private static let labels: [(String, Title.Kind)] = [("made at meeting", .decision), ("decided at meeting", .decision), ("meeting", .history)]

    /// "Decision:" / "RESOLVED: that the Committee approved …": the decisions recorded under the meeting's line.
    private static func decisions(in blocks: [Block], from start: Int, to end: Int) -> [String] {
        var found: [String] = []
        var k = start
        while k < end {
            if let (decision, next) = MinutesReader.decision(at: k, in: blocks) {
                found.append(decision)
                k = max(next, k + 1)
            } else {
                k += 1
            }
        }
        return found
    }
}
