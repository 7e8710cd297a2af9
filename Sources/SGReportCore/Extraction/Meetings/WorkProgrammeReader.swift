/// Reads tables whose rows belong to dated meetings: a work programme (`Date of Meeting | Issue for Scrutiny |
/// …`, rows with an empty date cell going on with the meeting above), "Meeting date: 28 July 2020 – 1.00 p.m."
/// group rows over the items of that meeting, and a recommendation tracker whose `Meeting` column dates the
/// meetings that made them. The issues listed become each meeting's agenda.
enum WorkProgrammeReader {
    static func read(_ text: ParsedText, dating: MeetingDating, body: String?) -> [MeetingDraft] {
        var drafts: [MeetingDraft] = []
        for run in TableRuns.runs(in: text) {
            drafts += readColumnTable(run, text: text, dating: dating, body: body)
            drafts += readGroupRows(run, text: text, dating: dating, body: body)
        }
        return drafts
    }

    /// A header with a meeting-date column.
    private static func readColumnTable(_ run: [Int], text: ParsedText, dating: MeetingDating, body: String?) -> [MeetingDraft] {
        let blocks = text.blocks
        guard let headerIndex = run.first, blocks[headerIndex].cells.count >= 2 else { return [] }
        let header = blocks[headerIndex].cells.map { TextShape.words(TextShape.key($0.text)).map(String.init) }
        guard let dateColumn = header.firstIndex(where: { words in
            words.contains(where: MeetingVocabulary.meetingColumnWords.contains) && words.count <= 4
        }) else { return [] }
        let issueColumn = header.indices.first { $0 != dateColumn && header[$0].contains(where: MeetingVocabulary.issueColumnWords.contains) }
        let headerKey = TextShape.key(blocks[headerIndex].text)
        var drafts: [MeetingDraft] = []
        var current: Int?
        for index in run.dropFirst() {
            let row = blocks[index]
            if TextShape.key(row.text) == headerKey { continue }
            let nonEmpty = row.cells.filter { !$0.isEmpty }
            if nonEmpty.count <= 1, row.cells.count <= 1 {
                // A one-cell row: an issue carried on under the meeting when indented, else a group label.
                if text.indent(ofLine: row.line) > 0, let c = current, let title = nonEmpty.first?.paragraphs.first {
                    add(title, to: &drafts[c])
                } else {
                    current = nil
                }
                continue
            }
            let cell = dateColumn < row.cells.count ? row.cells[dateColumn].text : ""
            if !cell.isEmpty {
                current = nil
                let found = DateScanner.scan(cell)
                guard found.count == 1, let date = found[0].date() else { continue }
                if let existing = drafts.firstIndex(where: { $0.date == date }) {
                    current = existing
                } else {
                    drafts.append(MeetingDraft(
                        body: body, date: date, time: TimeScanner.scan(cell).first?.time,
                        status: dating.status(of: date, tense: nil), line: row.line, source: .programme))
                    current = drafts.count - 1
                }
            }
            if let c = current, let column = issueColumn, column < row.cells.count, let title = row.cells[column].paragraphs.first {
                add(title, to: &drafts[c])
            }
        }
        return drafts
    }

    /// "Meeting date: 28 July 2020 – 1.00 p.m." rows, each over the items of its meeting.
    private static func readGroupRows(_ run: [Int], text: ParsedText, dating: MeetingDating, body: String?) -> [MeetingDraft] {
        let blocks = text.blocks
        var drafts: [MeetingDraft] = []
        for index in run {
            let row = blocks[index]
            guard let firstCell = row.cells.first?.text ?? (row.cells.isEmpty ? row.text : nil) else { continue }
            if let colon = firstCell.utf8.firstIndex(of: UInt8(ascii: ":")),
                MeetingVocabulary.dateLabels.contains(TextShape.key(String(firstCell[..<colon])))
            {
                let value = String(firstCell[firstCell.index(after: colon)...])
                if let d = DateScanner.scan(value).first, d.day != nil, let date = d.date() {
                    drafts.append(MeetingDraft(
                        body: body, date: date, time: TimeScanner.scan(value).first?.time,
                        status: dating.status(of: date, tense: nil), line: row.line, source: .programme))
                    continue
                }
            }
            guard !drafts.isEmpty, row.cells.count >= 2, let title = row.cells[0].paragraphs.first else { continue }
            let words = TextShape.words(TextShape.key(title))
            if words.count <= 2, words.contains(where: { MeetingVocabulary.issueColumnWords.contains(String($0)) }) { continue }
            add(title, to: &drafts[drafts.count - 1])
        }
        return drafts
    }

    private static func add(_ title: String, to draft: inout MeetingDraft) {
        guard title.contains(where: \.isLetter), !draft.agenda.contains(where: { $0.title == title }) else { return }
        // A title broken over a page: "Review of performance and progress against the" / "Safeguarding and …".
        if let last = draft.agenda.last, TextShape.endsWithJoiningWord(last.title) || TextShape.startsLowercase(title) {
            draft.agenda[draft.agenda.count - 1] = AgendaItem(number: last.number, title: last.title + " " + title, pages: last.pages)
            return
        }
        draft.agenda.append(AgendaItem(number: nil, title: title, pages: nil))
    }
}

/// Runs of consecutive table rows (page furniture between rows does not end a table), as block indices.
enum TableRuns {
    static func runs(in text: ParsedText) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (i, block) in text.blocks.enumerated() {
            switch block.kind {
            case .tableRow: current.append(i)
            case .furniture: continue
            default:
                if !current.isEmpty { runs.append(current) }
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

extension ParsedText {
    /// The leading indent of input line `line` (a table row's empty first cell counts), or 0.
    func indent(ofLine line: Int) -> Int {
        let i = line - 1
        guard i >= 0, i < lines.count, lines[i].number == line else {
            return lines.first { $0.number == line }?.indent ?? 0
        }
        return lines[i].indent
    }
}
