/// Reads an agenda pack's own meeting from its front page: the body, "Tuesday, 10 May 2022, 2.00 pm" or
/// "Date: Tuesday 2 June 2020" / "Time: 1.00 pm" / "Place: Online meeting only", and the numbered items of
/// business with their pages ("5 | GET SAFE and GET THERE | 1 - 30"). An agenda's own meeting is scheduled.
enum AgendaReader {
    /// How far into a pack its front page can reach, in blocks.
    static let coverBlocks = 80

    static func read(_ text: ParsedText, report: ReportInfo) -> MeetingDraft? {
        guard report.kind == .agenda else { return nil }
        let blocks = text.blocks
        for i in 0..<min(blocks.count, coverBlocks) {
            let block = blocks[i]
            guard [.paragraph, .heading, .tableRow].contains(block.kind) else { continue }
            let value = LabelledLine.value(block, labels: MeetingVocabulary.dateLabels) ?? LabelledLine.plain(block)
            guard let (date, rest) = leadingDate(value) else { continue }
            var draft = MeetingDraft(
                body: body(before: i, blocks: blocks, report: report), date: date, status: .scheduled, line: block.line,
                source: .agenda)
            let times = TimeScanner.scan(rest)
            draft.time = times.first?.time ?? labelled(after: i, in: blocks, labels: MeetingVocabulary.timeLabels)
                .flatMap { TimeScanner.scan($0).first?.time }
            draft.location = labelled(after: i, in: blocks, labels: MeetingVocabulary.placeLabels)
                ?? place(in: rest, after: times.first?.end) ?? place(following: i, in: blocks)
            draft.agenda = AgendaTableReader.items(in: text, from: i + 1)
            return draft
        }
        return nil
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

    /// "Meeting: Children and young people scrutiny committee", else the line above the date, else the title.
    private static func body(before i: Int, blocks: [Block], report: ReportInfo) -> String? {
        for k in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            if let v = LabelledLine.value(blocks[k], labels: ["meeting", "committee", "body"]), !v.isEmpty { return v }
        }
        if i > 0 {
            let above = blocks[i - 1]
            let words = TextShape.words(above.text)
            if [.paragraph, .heading].contains(above.kind), (2...14).contains(words.count), !TextShape.endsSentence(above.text),
                DateScanner.scan(above.text).isEmpty, TextShape.key(above.text) != "agenda"
            {
                return above.text
            }
        }
        guard let title = report.title else { return nil }
        let key = TextShape.key(title)
        guard key.hasPrefix("agenda ") else { return title }
        return String(String(title.drop { $0 != " " }).trimmingCharacters(in: " –-:"))
    }

    /// The value of a labelled line among the few after the date ("Time: 1.00 pm", "Place: Online meeting only").
    private static func labelled(after i: Int, in blocks: [Block], labels: [String]) -> String? {
        for k in (i + 1)..<min(blocks.count, i + 6) {
            if let v = LabelledLine.value(blocks[k], labels: labels), !v.isEmpty { return v }
        }
        return nil
    }

    /// ", County Hall, Worcester" after the time on the date line.
    private static func place(in rest: String, after timeEnd: Int?) -> String? {
        let tail = timeEnd.map { String(rest.utf8Slice($0, rest.utf8.count)) } ?? rest
        let cleaned = String(tail.trimmingCharacters(in: " ,–-:"))
        return cleaned.isEmpty || TextShape.wordCount(cleaned, limit: 10) > 10 ? nil : cleaned
    }

    /// The short line under the date line that names a place ("County Hall, Worcester").
    private static func place(following i: Int, in blocks: [Block]) -> String? {
        guard i + 1 < blocks.count else { return nil }
        let next = blocks[i + 1]
        let words = TextShape.words(next.text)
        guard [.paragraph, .heading].contains(next.kind), (1...8).contains(words.count), !TextShape.endsSentence(next.text),
            DateScanner.scan(next.text).isEmpty
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
            let label = TextShape.key(block.cells[0].text)
            guard labels.contains(label) else { return nil }
            return block.cells[1...].map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
        }
        let text = block.text
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = TextShape.key(String(text[..<colon]))
        guard labels.contains(label) else { return nil }
        return String(text[text.index(after: colon)...].trimmingCharacters(in: " "))
    }

    /// The block's text; a table row's cells joined.
    static func plain(_ block: Block) -> String {
        block.kind == .tableRow ? block.cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " ") : block.text
    }
}
