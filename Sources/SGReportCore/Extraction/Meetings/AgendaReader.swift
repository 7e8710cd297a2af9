/// Reads an agenda pack's own meeting from its front page: the body, "Tuesday, 10 May 2022, 2.00 pm" or
/// "Date: Tuesday 2 June 2020" / "Time: 1.00 pm" / "Place: Online meeting only", and the numbered items of
/// business with their pages ("5 | GET SAFE and GET THERE | 1 - 30"). An agenda's own meeting is scheduled.
///
/// Other documents (meeting notes, minutes, a report's cover sheet) name their meeting the same way, with a
/// labelled date ("Meeting Title: London Safeguarding Children Board Meeting" / "Date: 25 July 2007"); that
/// meeting is held when the document goes on to record it (who was present, apologies, points discussed).
enum AgendaReader {
    /// How far into a pack its front page can reach, in blocks.
    static let coverBlocks = 80
    /// How far after the date a record of the meeting (present, apologies, decisions) is looked for, in blocks.
    static let recordReach = 60

    static func read(_ text: ParsedText, report: ReportInfo) -> MeetingDraft? {
        let isAgenda = report.kind == .agenda
        // A council's web page of a past meeting is titled "Agenda and minutes" (or "Agenda, decisions and
        // minutes"): its own meeting is minuted there, so held once its record follows.
        let blocks = text.blocks
        let minutedAgenda = isAgenda && (report.title.map { TextShape.words(TextShape.key($0)).contains { $0 == "minutes" || $0 == "decisions" } } == true
            || minutedItems(in: blocks))
        for i in 0..<min(blocks.count, coverBlocks) {
            let block = blocks[i]
            guard [.paragraph, .heading, .tableRow].contains(block.kind) else { continue }
            let labelledDate = LabelledLine.value(block, labels: MeetingVocabulary.dateLabels) ?? meetingLine(block)
            let notice = block.kind == .tableRow ? nil : Self.notice(block.text)
            // Outside an agenda pack, only a labelled date on a page about a meeting (or a notice of one) is a meeting's.
            guard isAgenda || notice != nil
                || (labelledDate != nil && (namesMeeting(around: i, in: blocks, report: report) || coversMeeting(at: i, in: blocks)))
            else { continue }
            var value = labelledDate ?? LabelledLine.plain(block)
            var line = block.line
            // "Date of Meeting:" alone, its date on the next line.
            if labelledDate?.isEmpty == true, i + 1 < blocks.count {
                value = LabelledLine.plain(blocks[i + 1])
                line = blocks[i + 1].line
            }
            var namedBody: String?
            var dated = leadingDate(value)
            if dated == nil, let notice {
                namedBody = notice.body
                dated = leadingDate(notice.rest)
            }
            if dated == nil, isAgenda, let (name, after) = bodyBeforeDate(value) {
                namedBody = name
                dated = leadingDate(after)
            }
            guard let (date, found) = dated, !continuesSentence(found), !signsMinutes(before: i, in: blocks) else { continue }
            var rest = found
            if namedBody == nil, let named = bodyAfterDate(rest) {
                // The rest of the line was the body's: no time or place is written there.
                namedBody = named
                rest = ""
            }
            let marked = statusSuffix(of: value) ?? statusNotice(after: i, in: blocks)
            let status: Meeting.Status = marked ?? (isAgenda && !minutedAgenda ? .scheduled
                : recordsMeeting(after: i, in: blocks) ? .held : MeetingDating(report: report).status(of: date, tense: nil))
            var draft = MeetingDraft(
                body: namedBody ?? body(before: i, blocks: blocks, report: report), date: date, status: status, line: line,
                source: isAgenda ? .agenda : .minutes)
            draft.statusWritten = marked != nil
            let times = TimeScanner.scan(rest)
            // A summons's lines without labels: the date, then "5.30 pm", then the room.
            let timeLine = timeAlone(after: i, in: blocks)
            draft.time = times.first?.time ?? labelled(after: i, in: blocks, labels: MeetingVocabulary.timeLabels)
                .flatMap { TimeScanner.scan($0).first?.time } ?? timeLine?.time
            draft.location = (labelled(after: i, in: blocks, labels: MeetingVocabulary.placeLabels)
                ?? place(in: rest, after: times.first?.end) ?? place(following: timeLine?.index ?? i, in: blocks)).map(withoutLinkText)
            draft.agenda = AgendaTableReader.items(in: text, from: i + 1)
            if draft.agenda.isEmpty {
                // The page's minutes record this meeting only once it is held.
                WebAgendaReader.read(text, from: i + 1, into: &draft, minuted: status == .held)
            }
            return draft
        }
        return nil
    }

    /// "The report was published" / "18 June 2024 and circulated.": a date that goes on with a sentence's words is
    /// a wrapped line's, not a cover's.
    private static func continuesSentence(_ rest: String) -> Bool {
        guard let first = TextShape.words(rest).first else { return false }
        return MeetingVocabulary.sentenceContinuations.contains(String(first))
    }

    /// "The meeting ended at 4.30 pm" / "Chair" / "Date: 12 January 2023": the date the chair signs the minutes; or
    /// a date that ends the sentence of the line above.
    private static func signsMinutes(before i: Int, in blocks: [Block]) -> Bool {
        let k = blocks.skippingFurniture(backFrom: i - 1)
        guard k >= 0 else { return false }
        let text = blocks[k].text
        // "… must be emailed in full … by 8.30am on Tuesday" / "18th June 2024. When …": a deadline's date, broken
        // from the sentence it ends.
        if let last = TextShape.words(text).last?.lowercased(), MeetingVocabulary.dateLeads.contains(last) || Calendar.weekdays.contains(last) {
            return true
        }
        return MeetingVocabulary.minutesEnd.contains { text.hasPrefixFolded($0) }
            || MeetingVocabulary.signatureLabels.contains(TextShape.key(text))
    }

    /// "… - Tuesday 25 January 2022 7.00 pm, MOVED": a council page marks a meeting that did not go ahead as
    /// planned after its heading's last comma.
    /// Also "… 6.00 pm - POSTPONED" after a spaced dash.
    static func statusSuffix(of heading: String) -> Meeting.Status? {
        let separators = [heading.lastIndex(of: ","), heading.lastSpacedDash()?.lowerBound]
        guard let cut = separators.compactMap({ $0 }).max() else { return nil }
        let word = heading[heading.index(after: cut)...].trimmingCharacters(in: " .-–").lowercased()
        return MeetingVocabulary.headingStatusWords[word]
    }

    /// "POSTPONED" or "This meeting has been cancelled." on a line of its own just under the meeting's date.
    private static func statusNotice(after i: Int, in blocks: [Block]) -> Meeting.Status? {
        guard i + 1 < blocks.count, blocks[i + 1].text.utf8.count <= 60 else { return nil }
        var key = TextShape.key(blocks[i + 1].text)
        for lead in MeetingVocabulary.statusNoticeLeads where key.hasPrefix(lead) { key = String(key.dropFirst(lead.count)) }
        return MeetingVocabulary.headingStatusWords[key]
    }

    /// A block near the date names a meeting: "Meeting Title: …", "London Board meeting", "Date of Meeting:".
    private static func namesMeeting(around i: Int, in blocks: [Block], report: ReportInfo) -> Bool {
        func saysMeeting(_ s: String) -> Bool { TextShape.words(TextShape.key(s)).contains { $0 == "meeting" || $0 == "meetings" } }
        if let title = report.title, saysMeeting(title) { return true }
        return blocks[max(0, i - 4)...min(blocks.count - 1, i + 1)].contains { $0.text.utf8.count <= 200 && saysMeeting($0.text) }
    }

    /// "Children & Young People Scrutiny Committee" / "Date: Monday 24 January 2011" / "Time: 4:30 PM" /
    /// "Location: …": a body's name above the date and a labelled time or place under it make a meeting's cover
    /// (a report's cover has a date but no time or venue).
    private static func coversMeeting(at i: Int, in blocks: [Block]) -> Bool {
        let namesBody = blocks[max(0, i - 3)..<i].contains { b in
            [.paragraph, .heading].contains(b.kind) && !TextShape.endsSentence(b.text) && TextShape.wordCount(b.text, limit: 13) <= 12
                && BodyName.hasBodyNoun(b.text)
        }
        return namesBody && labelled(after: i, in: blocks, labels: MeetingVocabulary.timeLabels + MeetingVocabulary.placeLabels) != nil
    }

    /// The blocks after the date record the meeting: "Present: …", "Apologies …", "RESOLVED: …", "Points of discussion".
    static func recordsMeeting(after i: Int, in blocks: [Block], before end: Int? = nil) -> Bool {
        blocks[(i + 1)..<max(i + 1, min(end ?? blocks.count, i + 1 + recordReach))].contains { b in
            guard b.kind != .furniture, b.kind != .contents, b.text.utf8.count <= 400 else { return false }
            if MinutesReader.roll(b) != nil || MinutesReader.decision(b.text) != nil {
                return true
            }
            let key = TextShape.key(b.text)
            // "Decision:" alone heads what the meeting decided (an agenda's "Decision required: …" runs on).
            if key == "decision", b.text.hasSuffix(":") { return true }
            return MeetingVocabulary.recordCues.contains { key == $0 || key.hasPrefix($0 + " ") }
        }
    }

    /// "1. PROCEDURAL BUSINESS" / "Minutes:" / "1.5 RESOLVED - That …": a web page of a meeting's items (whatever
    /// its title) that minutes them under a "Minutes:" label and records a decision or a roll. (An agenda pack carries the
    /// minutes of the last meeting as "Minutes of the … held on …", never under that label.)
    private static func minutedItems(in blocks: [Block]) -> Bool {
        let page = blocks.prefix(coverBlocks + recordReach)
        guard page.contains(where: { $0.text.utf8.count <= 12 && TextShape.key($0.text) == "minutes" && $0.text.hasSuffix(":") }) else {
            return false
        }
        // A decision, or who attended or sent apologies: "Apologies for absence were received from Councillors …".
        return page.contains { $0.text.utf8.count <= 2_000 && (MinutesReader.decision($0.body) != nil || MinutesReader.roll($0) != nil) }
    }

    /// A date with day and year that opens the line ("Tuesday, 10 May 2022, 2.00 pm"), and the text after it.
    static func leadingDate(_ value: String) -> (PartialDate, String)? {
        let tokens = Tokenizer.tokens(value)
        guard let first = DateScanner.scan(tokens).first, first.day != nil, let date = first.date() else { return nil }
        for t in tokens where t.start < first.start {
            guard t.kind == .mark || Calendar.weekdays.contains(t.lower) else { return nil }
        }
        return (date, String(value.utf8Slice(first.end, value.utf8.count)))
    }

    /// "Notice of a meeting of the Children's Scrutiny Committee to be held on Tuesday 14 March 2023 at 10.00 am in
    /// …": the body it names (when it names one) and the words from the date on.
    /// Undated ("Notice of a public meeting of Children, Education & Communities Policy & Scrutiny Committee", the date
    /// labelled below) the whole line after "of" is the body's.
    static func notice(_ text: String, dated: Bool = true) -> (body: String?, rest: String)? {
        guard text.utf8.count <= 400, MeetingVocabulary.noticeOpeners.contains(where: { text.hasPrefixFolded($0) }) else { return nil }
        let lead = MeetingVocabulary.noticeDateLeads.lazy.compactMap({ text.firstByteRange(of: $0) }).first
        guard dated ? lead != nil : lead == nil else { return nil }
        let head = text[..<(lead?.lowerBound ?? text.endIndex)]
        var body: String?
        // "Notice of a public meeting of X": the name follows the meeting's "of", not the notice's.
        if let of = ["meeting of ", "Meeting of ", "MEETING OF ", " of "].lazy.compactMap({ head.firstByteRange(of: $0) }).first {
            var name = head[of.upperBound...]
            if name.hasPrefixFolded("the ") { name = name.dropFirst(4) }
            body = named(String(name), then: "")?.0
        }
        return (body, lead.map { String(text[$0.upperBound...]) } ?? "")
    }

    /// "To:", "Councillors D Taylor (Chair), Webb (Vice-Chair), …": who a summons is sent to, above its date.
    private static func isRecipients(_ block: Block) -> Bool {
        let key = TextShape.key(block.text)
        if ["to", "membership", "members"].contains(key), block.text.hasSuffix(":") { return true }
        return block.text.hasPrefixFolded("to:") || block.text.hasPrefixFolded("councillors ") || block.text.hasPrefixFolded("councillor ")
            || block.text.hasPrefixFolded("cllrs ")
    }

    /// "Children's Scrutiny Panel - Wednesday 6th December 2023 11.00 am" (a council web page's heading): a
    /// short name with a body noun, a dash, then the rest of the line, where the date must open.
    /// Also a council web page's title, "Agenda for Children's Overview & Scrutiny Committee on Wednesday, 25th June,
    /// 2008, 5.00pm": the name between "for" and "on".
    static func bodyBeforeDate(_ value: String) -> (String, String)? {
        if let r = value.firstSpacedDash() {
            return named(String(value[..<r.lowerBound]), then: String(value[r.upperBound...]))
        }
        guard let forRange = value.firstByteRange(of: " for "),
            MeetingVocabulary.pageTitleLeads.contains(TextShape.key(String(value[..<forRange.lowerBound]))),
            let on = value[forRange.upperBound...].firstByteRange(of: " on ")
        else { return nil }
        return named(String(value[forRange.upperBound..<on.lowerBound]), then: String(value[on.upperBound...]))
    }

    /// "Meeting: 21/10/2020 - Cabinet (Item 6)": a council page of an item's history labels each meeting that
    /// considered it with its date first.
    private static func meetingLine(_ block: Block) -> String? {
        guard block.kind != .tableRow, let value = LabelledLine.value(block, labels: ["meeting"]), leadingDate(value) != nil else { return nil }
        return value
    }

    /// " - Cabinet (Item 6)" after the date: the body, without the item's number.
    static func bodyAfterDate(_ rest: String) -> String? {
        var text = Substring(rest.trimmingCharacters(in: " "))
        guard let dash = text.first, ["-", "–", "—"].contains(dash) else { return nil }
        text = text.dropFirst()
        if let item = text.firstByteRange(of: "(Item") { text = text[..<item.lowerBound] }
        return named(String(text), then: "")?.0
    }

    private static func named(_ name: String, then rest: String) -> (String, String)? {
        let name = String(name.trimmingCharacters(in: " \t"))
        guard BodyName.hasBodyNoun(name), TextShape.wordCount(name, limit: 12) <= 12 else { return nil }
        return (name, rest)
    }

    /// "Meeting: Children and young people scrutiny committee", else the line above the date, else the title.
    private static func body(before i: Int, blocks: [Block], report: ReportInfo) -> String? {
        for k in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            if let v = LabelledLine.value(blocks[k], labels: MeetingVocabulary.bodyLabels), !v.isEmpty {
                return BodyName.from(v, organisation: report.organisation) ?? v
            }
        }
        // The line above the date, past the summons's recipients ("To:" / "Councillors D Taylor (Chair), …").
        var k = i - 1
        while k > 0, i - k < 5, isRecipients(blocks[k]) || LabelledLine.value(blocks[k], labels: MeetingVocabulary.officerLabels) != nil {
            k -= 1
        }
        if k >= 0 {
            let above = blocks[k]
            if let notice = notice(above.text, dated: false), let named = notice.body { return named }
            let words = TextShape.words(above.text)
            if [.paragraph, .heading].contains(above.kind), (2...14).contains(words.count), !TextShape.endsSentence(above.text),
                DateScanner.scan(above.text).isEmpty, TextShape.key(above.text) != "agenda",
                // "The meeting ended at 4.30 pm", "Please state the agenda item": a clause, never a body's name.
                !words.contains(where: { MeetingVocabulary.clauseVerbs.contains($0.lowercased()) })
            {
                return withoutDocumentWord(above.text)
            }
        }
        guard let title = report.title else { return nil }
        let key = TextShape.key(title)
        guard report.kind == .agenda else { return BodyName.from(title, organisation: report.organisation) }
        guard key.hasPrefix("agenda ") else { return title }
        // "Agenda and minutes Cabinet": the page title's words, however many, are no part of the body's name.
        let lead = MeetingVocabulary.pageTitleLeads.filter { key.hasPrefix($0 + " ") }.max { $0.count < $1.count } ?? "agenda"
        let words = title.split(separator: " ", omittingEmptySubsequences: true)
        return String(words.dropFirst(lead.split(separator: " ").count).joined(separator: " ").trimmingCharacters(in: " –-:"))
    }

    /// "Children & Young People Select Committee Minutes" → the committee: a page's title names the body, then
    /// the kind of paper it is.
    static func withoutDocumentWord(_ name: String) -> String {
        for word in MeetingVocabulary.documentWords where name.utf8.count > word.utf8.count + 1 {
            let cut = name.utf8.count - word.utf8.count
            guard name.hasSuffixFolded(" " + word) else { continue }
            return String(name.utf8Slice(0, cut).trimmingCharacters(in: " –-:"))
        }
        return name
    }

    /// The value of a labelled line among the few after the date ("Time: 1.00 pm", "Place: Online meeting only"),
    /// else on the line before it ("Meeting | Northshire Board | Venue | Room 2" over "Date | 9 June 2009").
    static func labelled(after i: Int, in blocks: [Block], labels: [String]) -> String? {
        for k in Array((i + 1)..<min(blocks.count, i + 6)) + (i > 0 ? [i - 1] : []) {
            guard let v = LabelledLine.value(blocks[k], labels: labels) else { continue }
            if !v.isEmpty { return v }
            // "Time:" on a line of its own, "5.30 pm" on the next.
            if k + 1 < blocks.count, [.paragraph, .heading].contains(blocks[k + 1].kind), blocks[k + 1].text.utf8.count <= 120 {
                return blocks[k + 1].text
            }
        }
        return nil
    }

    /// "Council Chamber, Hove Town Hall. View directions": a web page's link after the place is no part of it.
    static func withoutLinkText(_ place: String) -> String {
        for link in MeetingVocabulary.placeLinkTexts {
            if let r = place.firstByteRange(of: link) {
                return String(place[..<r.lowerBound].trimmingCharacters(in: " .,;|/"))
            }
        }
        // "Remote meeting held via Microsoft Teams |": a flattened table's cell separator after the place.
        return String(place.trimmingCharacters(in: " |/"))
    }

    /// ", County Hall, Worcester" after the time on the date line.
    /// Not a web page title's suffix after a spaced dash ("7:00pm - Timeline Tab - … Webcasting"), nor a page number
    /// the converter joined to the date's line ("Monday 4 August 2008 iv").
    private static func place(in rest: String, after timeEnd: Int?) -> String? {
        let tail = timeEnd.map { String(rest.utf8Slice($0, rest.utf8.count)) } ?? rest
        let opening = tail.trimmingCharacters(in: " ")
        if opening.hasPrefix("- ") || opening.hasPrefix("– ") || opening.hasPrefix("— ") { return nil }
        let cleaned = withoutPlaceLead(Substring(tail.trimmingCharacters(in: " ,–-:.")))
        if cleaned.allSatisfy({ $0.isNumber }) || cleaned.utf8.count <= 6 && cleaned.lowercased().allSatisfy({ "ivxlc".contains($0) }) {
            return nil
        }
        return cleaned.isEmpty || TextShape.wordCount(String(cleaned), limit: 10) > 10 ? nil : String(cleaned)
    }

    /// "… at 10.00 am in the Council Chamber" → "the Council Chamber": the preposition leads into the place.
    static func withoutPlaceLead(_ place: Substring) -> Substring {
        MeetingVocabulary.placeLeads.first { place.hasPrefixFolded($0) }.map { place.dropFirst($0.count) } ?? place
    }

    /// "5.30 pm" on the line under the date, and nothing else.
    private static func timeAlone(after i: Int, in blocks: [Block]) -> (time: String, index: Int)? {
        guard i + 1 < blocks.count, [.paragraph, .heading].contains(blocks[i + 1].kind) else { return nil }
        let text = blocks[i + 1].text
        guard TextShape.wordCount(text, limit: 4) <= 3, let found = TimeScanner.scan(text).first,
            found.end >= text.utf8.count - 1
        else { return nil }
        return (found.time, i + 1)
    }

    /// The short line under the date line that names a place ("County Hall, Worcester").
    private static func place(following i: Int, in blocks: [Block]) -> String? {
        guard i + 1 < blocks.count else { return nil }
        let next = blocks[i + 1]
        let words = TextShape.words(next.text)
        // ("Present: Cllr A Smith (Chairman), Cllr B Jones" under the time is the roll, not the room.)
        guard [.paragraph, .heading].contains(next.kind), (1...12).contains(words.count), !TextShape.endsSentence(next.text),
            DateScanner.scan(next.text).isEmpty, MinutesReader.roll(next) == nil
        else { return nil }
        let lower = words.map { String($0.lowercased().trimmingCharacters(in: ",.")) }
        guard next.text.contains(",") || lower.contains(where: { MeetingVocabulary.placeWords.contains($0) }) else { return nil }
        return next.text
    }
}

/// "Label: value" lines and cover-sheet rows ("Meeting date:\tTuesday 2 June 2020").
enum LabelledLine {
    /// The value after one of `labels` (lower-case, compared by key), or nil when the line has no such label.
    static func value(_ block: Block, labels: [String]) -> String? {
        if block.kind == .tableRow, block.cells.count >= 2 {
            // "Meeting | Northshire Board | Venue | Room 2": labels and values in pairs along the row; a value runs
            // to the next cell that is itself a label.
            let keys = block.cells.map { TextShape.key($0.text) }
            for i in stride(from: 0, to: keys.count - 1, by: 2) where labels.contains(keys[i]) {
                var parts: [String] = []
                var j = i + 1
                while j < keys.count, !MeetingVocabulary.coverLabels.contains(keys[j]) {
                    if !block.cells[j].text.isEmpty { parts.append(block.cells[j].text) }
                    j += 1
                }
                return parts.joined(separator: " ")
            }
            return nil
        }
        let text = block.text
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = TextShape.key(String(text[..<colon]))
        guard labels.contains(label) else { return nil }
        // "Venue: / Committee Room 2": a flattened table's cell separator before the value.
        return String(text[text.index(after: colon)...].trimmingCharacters(in: " /|"))
    }

    /// The block's text; a table row's cells joined.
    static func plain(_ block: Block) -> String {
        block.kind == .tableRow ? block.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " ") : block.text
    }
}
