/// Finds dated meetings (held, scheduled, postponed) with their body, time, place, agenda and decisions:
/// an agenda's own meeting, minutes, lists of meeting dates, work programmes, summaries and prose mentions,
/// merged into one record per meeting.
enum MeetingExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Meeting] {
        let dating = MeetingDating(report: report)
        var drafts: [MeetingDraft] = []
        var own = AgendaReader.read(text, report: report)
        let minutes = MinutesReader.read(text)
        // Minutes headed "<Body> Minutes" over "Date:" / "Time:" / "Place:" (no "Minutes of …" line): the cover
        // names the meeting, and its record follows it.
        if var record = own, record.source == .minutes, record.status == .held, record.present.isEmpty,
            record.decisions.isEmpty, !minutes.contains(where: { $0.date == record.date }),
            let start = text.blocks.firstIndex(where: { $0.line > record.line })
        {
            _ = MinutesReader.record(from: start, in: text.blocks, into: &record)
            own = record
        }
        if let own { drafts.append(own) }
        drafts += PageTitleReader.read(text, dating: dating, skippingLine: own?.line)
        drafts += minutes
        drafts += DateListReader.read(text, dating: dating, body: own?.body ?? report.organisation)
        drafts += WorkProgrammeReader.read(text, dating: dating, body: own?.body)
        drafts += AttendanceGridReader.meetings(text, report: report)
        for (i, block) in text.blocks.enumerated() {
            var found: [MeetingDraft]
            switch block.kind {
            case .paragraph, .listItem, .heading:
                found = MeetingMentionReader.read(block.text, line: block.line(atOffset:), dating: dating)
            case .tableRow:
                let joined = block.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " – ")
                found = MeetingMentionReader.read(joined, line: { _ in block.line }, dating: dating)
            case .contents, .furniture:
                continue
            }
            // "To approve the minutes of the last meeting held on 17 July 2024" in a committee's own papers: the
            // committee's own earlier meeting.
            if let ownBody = own?.body, found.contains(where: { $0.body == nil }),
                MeetingVocabulary.ownMeetingPhrases.contains(where: { block.text.containsFolded($0) })
            {
                for k in found.indices where found[k].body == nil {
                    found[k].body = ownBody
                    found[k].bodyGuessed = true
                }
            }
            // "2 meetings were held (June 2019 and October 2019)" under a heading naming the Board: the Board's.
            // (Only a heading that ends with its body noun names it: "Appoint/Confirm Convener of the Panel and
            // Confirm Co-optees", an agenda item's title, does not.)
            // (The heading's words, not its number: "2. Northshire Safeguarding Children Board".)
            if found.contains(where: { $0.body == nil }), i < text.outline.sectionOfBlock.count,
                let s = text.outline.sectionOfBlock[i], case let title = text.outline.sections[s].title,
                let body = BodyName.from(title, organisation: report.organisation), BodyName.endsWithBodyNoun(body)
            {
                for k in found.indices where found[k].body == nil {
                    found[k].body = body
                    found[k].bodyGuessed = true
                }
            }
            drafts += found
        }
        return MeetingMerger.merge(drafts)
    }
}
