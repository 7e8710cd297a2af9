/// Finds attendance records in attendance tables and grids: who attended how many of a body's meetings; and,
/// beside such a table, a sentence giving one member's count ("Clare Marchant, CEO of … attended two meetings
/// during the year").
enum AttendanceExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Attendance] {
        let grid = AttendanceGridReader.read(text, report: report)
        // A grid with an attendance word in its header is an attendance table too: its grid record is the fuller one.
        let gridLines = Set(grid.map(\.line))
        var records = grid + AttendanceTableReader.read(text, report: report).filter { !gridLines.contains($0.line) }
        guard !records.isEmpty else { return records }
        // Sections holding an attendance table (nil: the text before any heading).
        var blockOfLine: [Int: Int] = [:]
        for (i, block) in text.blocks.enumerated() where blockOfLine[block.line] == nil { blockOfLine[block.line] = i }
        let tableSections = Set(records.compactMap { record in
            blockOfLine[record.line].map { text.outline.sectionOfBlock[$0] }
        })
        for (i, block) in text.blocks.enumerated() where block.kind == .paragraph {
            guard tableSections.contains(text.outline.sectionOfBlock[i]),
                let record = sentence(block, body: records.last?.body)
            else { continue }
            records.append(record)
        }
        return records.sorted { $0.line < $1.line }
    }

    /// "Name, role attended two meetings" / "Name attended 3 of the 4 meetings".
    static func sentence(_ block: Block, body: String?) -> Attendance? {
        let t = Tokenizer.tokens(block.text)
        guard let v = t.firstIndex(where: { $0.lower == "attended" }), v > 0, v + 1 < t.count else { return nil }
        let countToken = t[v + 1]
        guard let attended = countToken.int ?? MeetingVocabulary.numberWords[countToken.lower] else { return nil }
        var possible: Int?
        var k = v + 2
        if k + 1 < t.count, ["of", "out"].contains(t[k].lower) {
            k += t[k].lower == "out" ? 2 : 1
            if k < t.count, t[k].lower == "the" { k += 1 }
            if k < t.count { possible = t[k].int ?? MeetingVocabulary.numberWords[t[k].lower] }
            k += 1
        }
        guard k < t.count, MeetingVocabulary.meetingNouns.contains(t[k].lower) else { return nil }
        let subject = String(block.text.utf8Slice(0, t[v].start)).trimmingCharacters(in: " ,")
        let parts = subject.split(separator: ",", maxSplits: 1).map { String($0.trimmingCharacters(in: " ")) }
        guard let name = parts.first, TextShape.startsUppercase(name), (1...6).contains(TextShape.wordCount(name, limit: 6)) else { return nil }
        let percent = possible.flatMap { Self.percent(attended, of: $0) }
        return Attendance(
            body: body, name: name, role: parts.count > 1 ? parts[1] : nil, attended: attended, possible: possible,
            percent: percent, line: block.line)
    }

    /// Attended as a whole percentage of possible ("3/4" → 75); nil when nothing was possible.
    static func percent(_ attended: Int, of possible: Int) -> Double? {
        possible > 0 ? (Double(attended) * 100 / Double(possible)).rounded() : nil
    }
}
