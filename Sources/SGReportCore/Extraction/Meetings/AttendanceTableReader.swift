/// Reads attendance tables: one record per member row, with meetings attended as "3/4" (attended 3 of 4), a
/// member's percentage ("Board member" or "Deputy" column, "Total % attendance"), the agency or sector as
/// role. One-cell group rows ("Adult Services:", "Education") are the role of the rows under them; a row with
/// an empty first cell carries on the agency above; a deputy keeps a record of their own; a caption between
/// tables ("There were 6 Leadership Group meetings …") names the body of the table after it.
enum AttendanceTableReader {
    static func read(_ text: ParsedText, report: ReportInfo) -> [Attendance] {
        var records: [Attendance] = []
        for run in TableRuns.runs(in: text) {
            var layout: Layout?
            var caption: String?
            var group: String?
            var groupBefore: String?
            var lastRole: String?
            for index in run {
                let row = text.blocks[index]
                if let header = Layout(row) {
                    if let current = layout, current.key == header.key {
                        group = groupBefore  // a running header stood before the repeated header row
                        continue
                    }
                    let heading = (text.sectionTitle(ofBlock: index) ?? lineAbove(index, in: text))
                        .flatMap { BodyName.from($0, organisation: report.organisation) }
                    layout = header
                    layout?.body = caption ?? heading
                    caption = nil
                    group = nil
                    lastRole = nil
                    continue
                }
                guard let current = layout else { continue }
                let nonEmpty = row.cells.filter { !$0.isEmpty }
                if nonEmpty.count <= 1, row.cells.count <= 1 || !nonEmpty.contains(where: { Value.parse($0.text) != nil }) {
                    let label = nonEmpty.first?.text ?? row.text
                    if TextShape.endsSentence(label) || TextShape.wordCount(label, limit: 10) > 10 {
                        caption = BodyName.beforeMeetings(label)
                        if caption != nil { layout = nil }
                    } else {
                        groupBefore = group
                        group = String(label.trimmingCharacters(in: " :"))
                        lastRole = nil
                    }
                    continue
                }
                groupBefore = group
                guard let record = current.record(row, group: group, lastRole: &lastRole) else { continue }
                records.append(record)
            }
        }
        return records
    }

    /// A header row whose first cell names courses or events ("Course Title"): its rows are events, not members.
    static func headsEventRows(_ row: Block) -> Bool {
        guard row.kind == .tableRow, let first = row.cells.first else { return false }
        let words = TextShape.words(TextShape.key(first.text))
        return words.count <= 5 && words.contains { MeetingVocabulary.eventHeaderWords.contains(String($0)) }
    }

    /// The heading-like line just above a table when the outline gives it no section ("Attendance at Board Meetings").
    static func lineAbove(_ index: Int, in text: ParsedText) -> String? {
        let k = text.blocks.skippingFurniture(backFrom: index - 1)
        guard k >= 0, [.heading, .paragraph].contains(text.blocks[k].kind), TextShape.wordCount(text.blocks[k].text, limit: 20) <= 20
        else { return nil }
        return text.blocks[k].text
    }

    /// What each column of an attendance table holds, read from its header row.
    struct Layout {
        let key: String
        let headers: [[String]]
        let nameColumn: Int
        let roleColumn: Int?
        var body: String?

        init?(_ row: Block) {
            guard row.kind == .tableRow, row.cells.count >= 2 else { return nil }
            // Most table rows name no attendance word, and are refused here before each cell is keyed.
            guard MeetingVocabulary.attendanceHeaderWords.contains(where: row.text.containsFolded) else { return nil }
            let headers = row.cells.map { TextShape.words(TextShape.key($0.text)).map(String.init) }
            guard headers.contains(where: { $0.contains(where: MeetingVocabulary.attendanceHeaderWords.contains) }),
                !row.cells.contains(where: { Value.parse($0.text) != nil })
            else { return nil }
            guard !AttendanceTableReader.headsEventRows(row) else { return nil }
            self.key = TextShape.key(row.text)
            self.headers = headers
            let named = headers.firstIndex { $0.contains(where: MeetingVocabulary.nameHeaderWords.contains) }
            let name = named ?? 0
            nameColumn = name
            roleColumn = headers.indices.first { i in
                i != name && i < name + 2 && headers[i].contains(where: MeetingVocabulary.roleHeaderWords.contains)
                    && !headers[i].contains(where: MeetingVocabulary.attendanceHeaderWords.contains)
            }
        }

        /// A percentage column that totals the agency rather than the member ("Agency" beside "Name").
        /// A row can have more cells than the header row: a column past the headers has no header words.
        func isAggregate(_ i: Int) -> Bool {
            roleColumn != nil && i != roleColumn && i < headers.count
                && headers[i].contains(where: MeetingVocabulary.aggregateHeaderWords.contains)
        }

        func isDeputy(_ i: Int) -> Bool { i < headers.count && headers[i].contains(where: MeetingVocabulary.deputyWords.contains) }

        func isPercentColumn(_ i: Int) -> Bool {
            i < headers.count && (headers[i].contains("%") || headers[i].contains("percent") || headers[i].contains("percentage")
                || headers[i].contains("member") || isDeputy(i))
        }

        func record(_ row: Block, group: String?, lastRole: inout String?) -> Attendance? {
            let cells = row.cells
            guard nameColumn < cells.count else { return nil }
            let name = cells[nameColumn].text
            guard name.contains(where: \.isLetter) else { return nil }
            var attended: Int?
            var possible: Int?
            var percent: Double?
            var deputy = false
            for (i, cell) in cells.enumerated() where i != nameColumn && i != roleColumn {
                guard let value = Value.parse(cell.text) else { continue }
                switch value {
                case .fraction(let a, let b):
                    if attended == nil { attended = a; possible = b }
                case .percent(let p):
                    if percent == nil, !isAggregate(i) { percent = p; deputy = isDeputy(i) }
                case .count(let n):
                    if i < headers.count, headers[i].contains(where: MeetingVocabulary.attendanceHeaderWords.contains),
                        !isPercentColumn(i), attended == nil
                    {
                        attended = n
                    } else if percent == nil, isPercentColumn(i), !isAggregate(i) {
                        percent = Double(n)
                        deputy = isDeputy(i)
                    }
                }
            }
            guard attended != nil || percent != nil else { return nil }
            if percent == nil, let a = attended, let b = possible {
                percent = AttendanceExtractor.percent(a, of: b)
            }
            var role: String?
            if let r = roleColumn, r < cells.count, !cells[r].isEmpty {
                role = cells[r].text
                lastRole = role
            } else {
                role = lastRole ?? group
            }
            let member = AttendanceTableReader.member(name, role: role, deputy: deputy)
            return Attendance(
                body: body, name: member.name, role: member.role, attended: attended, possible: possible, percent: percent,
                line: row.line)
        }
    }

    /// A member's name without a note after it, and their role marked when they deputised.
    /// "Judith Willis (deputising)", "DS Mark Loader (Chair of CSE Strategic Group)": the note is not the name.
    /// An organisation's own bracket stays: "CRC (Reducing Reoffending Partnership)", "One Walsall (VCS)".
    static func member(_ written: String, role: String?, deputy: Bool) -> (name: String, role: String?) {
        var name = written
        var deputy = deputy
        if name.hasSuffix(")"), let open = name.find(" (") {
            let note = name[open.upperBound...].lowercased()
            if MeetingVocabulary.deputyWords.contains(where: { note.hasPrefix($0) }) { deputy = true }
            if MeetingVocabulary.nameNotes.contains(where: { note.hasPrefix($0) }) { name = String(name[..<open.lowerBound]) }
        }
        guard deputy else { return (name, role) }
        return (name, (role ?? "").isEmpty ? "deputy" : (role ?? "") + " (deputy)")
    }

    /// A cell's figure: "3/4", "75%", "0"; nil for "N/A", blanks and words.
    enum Value: Equatable {
        case fraction(Int, Int)
        case percent(Double)
        case count(Int)

        static func parse(_ s: String) -> Value? {
            let t = s.trimmingCharacters(in: " ")
            if t.hasSuffix("%") {
                let n = t.dropLast().trimmingCharacters(in: " ")
                return Double(n).map { .percent($0) }
            }
            let parts = t.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, let a = Int(parts[0].trimmingCharacters(in: " ")), let b = Int(parts[1].trimmingCharacters(in: " ")),
                a >= 0, b > 0, a <= b, b <= 100
            {
                return .fraction(a, b)
            }
            if let n = Int(t), n >= 0, n <= 100 { return .count(n) }
            return nil
        }
    }
}
