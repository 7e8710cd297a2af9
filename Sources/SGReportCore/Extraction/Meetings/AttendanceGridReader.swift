/// Reads attendance grids: one row per member or agency, one column per meeting, a mark in each cell.
///
///     Key: ✓ = attended, A = apologies, D = deputy attended
///     Member          12 June 2019   10 Sept 2019   5 Dec 2019   Attendance
///     Jane Doe        ✓              A              D            67%
///
/// The header's cells after the member's are mostly meeting columns (dates, "Jun-19", "Sept 19", "Meeting 1",
/// "Q1"), the body's cells are marks (`AttendanceMarks`), and a legend near the table overrides what the marks
/// mean. Each member row is one record: attended = present marks (and deputy marks, unless the legend says a
/// deputy does not count), possible = cells that are not blank, "-", "n/a" or "not a member", percent = a stated
/// percentage, else attended / possible. Figures in the meeting columns, or RAG words anywhere, make the table
/// no grid.
///
/// The reading stage keeps a glyph mark (✓, ✗) in a line's text but not as a cell of its own: a row of glyphs
/// only arrives as a line of text ("Jane Doe ✓ ✓ ✓"), read by counting its marks, and a row of glyphs and
/// letters loses its glyphs. In a grid written with glyphs such a row is read only from a stated total.
enum AttendanceGridReader {
    static func read(_ text: ParsedText, report: ReportInfo) -> [Attendance] {
        grids(text).flatMap { $0.records(report: report) }
    }

    /// The meetings a grid's columns are dated with ("12 June 2019"): held when anyone's mark is recorded.
    static func meetings(_ text: ParsedText, report: ReportInfo) -> [MeetingDraft] {
        let dating = MeetingDating(report: report)
        return grids(text).flatMap { $0.meetings(report: report, dating: dating) }
    }

    private static func grids(_ text: ParsedText) -> [Grid] {
        var grids: [Grid] = []
        var context: Context?
        var i = 0
        while i < text.lines.count {
            guard let cells = text.lines[i].cells, let header = Header(cells, line: text.lines[i].number) else {
                i += 1
                continue
            }
            let shared = context ?? Context(text)
            context = shared
            let grid = Grid(header: header, headerIndex: i, text: text, context: shared)
            grids.append(grid)
            i = max(grid.end, i + 1)
        }
        return grids
    }

    /// What a whole document tells every grid: which lines are page furniture.
    struct Context {
        let furniture: Set<Int>

        init(_ text: ParsedText) {
            furniture = Set(text.blocks.lazy.filter { $0.kind == .furniture }.map(\.line))
        }
    }

    // MARK: Header

    /// The columns of a grid, read from its header row.
    struct Header {
        let key: String
        let text: String
        let nameColumn: Int
        let roleColumn: Int?
        let meetingColumns: [Int]
        /// Each meeting column's date when its header gives the day ("12 June 2019", "12/06/19").
        let meetingDates: [PartialDate?]
        /// Meeting columns dated to the day ("12 June 2019", "12/06/19"): enough to call the table a grid.
        let dayDated: Int
        let line: Int

        init?(_ cells: [TableCell], line: Int = 0) {
            // A grid has a member column and two meetings at least; a meeting header is short.
            guard cells.count >= 3, cells.dropFirst().filter({ !$0.isEmpty && $0.text.utf8.count <= 30 }).count >= 2
            else { return nil }
            var meetings: [Int] = []
            var dayDated = 0
            var others = 0
            var before: [Int] = []  // columns before the first meeting: the member's name and role
            for (i, cell) in cells.enumerated() {
                if let withDay = Self.meetingColumn(cell.text) {
                    guard i > 0 else { return nil }  // a first column of dates is a table of meetings, not of members
                    meetings.append(i)
                    if withDay { dayDated += 1 }
                } else if meetings.isEmpty {
                    before.append(i)
                } else if !Self.isTotal(cell.text) {
                    others += 1
                }
            }
            guard meetings.count >= 2, others * 2 < meetings.count, before.count <= 3 else { return nil }
            let words = cells.map { TextShape.words(TextShape.key($0.text)).map(String.init) }
            let name = before.first { words[$0].contains(where: MeetingVocabulary.nameHeaderWords.contains) } ?? 0
            key = TextShape.key(cells.map(\.text).joined(separator: " "))
            text = cells.map(\.text).joined(separator: " ")
            nameColumn = name
            roleColumn = before.first { $0 != name && words[$0].contains(where: MeetingVocabulary.roleHeaderWords.contains) }
            meetingColumns = meetings
            meetingDates = meetings.map { c in
                let tokens = Tokenizer.tokens(cells[c].text)
                return (DateScanner.scan(tokens).first ?? DateScanner.headerCellDate(tokens))
                    .flatMap { $0.day != nil && $0.year != nil ? $0.date() : nil }
            }
            self.dayDated = dayDated
            self.line = line
        }

        /// A meeting column's header: nil when it is none, else whether it is dated to the day.
        /// "12 June 2019", "Tue 12/06/19", "June 2019", "Jun-19", "Sept 19", "June", "Meeting 1", "Q1", "1st meeting".
        static func meetingColumn(_ text: String) -> Bool? {
            guard !text.isEmpty, text.utf8.count <= 30 else { return nil }
            let tokens = Tokenizer.tokens(text)
            let words = tokens.filter { $0.kind != .mark }
            guard !words.isEmpty, words.count <= 6 else { return nil }
            let dates = DateScanner.scan(tokens)
            if dates.isEmpty, let date = DateScanner.headerCellDate(tokens) { return date.day != nil }
            if dates.count == 1 {
                let date = dates[0]
                let rest = words.filter {
                    ($0.start < date.start || $0.start >= date.end) && !Calendar.weekdays.contains($0.lower)
                        && !Calendar.ordinalSuffixes.contains($0.lower)
                }
                if rest.count <= 1 { return date.day != nil }
            }
            // "June", "Jun-19", "Sept 19", "June '19": a month and perhaps a short year.
            if DateScanner.month(words[0]) != nil {
                if words.count == 1 { return false }
                if words.count == 2, words[1].kind == .number, [2, 4].contains(words[1].text.count) { return false }
            }
            // "Meeting 1", "Mtg 2", "Meeting One", "Q1", "Qtr 3", "1st meeting".
            if words.count >= 2 {
                let ordinal: (Token) -> Bool = { t in (t.int.map { (1...24).contains($0) } ?? false) || NumberWords.values[t.lower] != nil }
                // "Q1 2019-20", "Meeting 2 (June)": a year or month may follow.
                let rest = words.dropFirst(2).allSatisfy { $0.kind == .number || DateScanner.month($0) != nil }
                if AttendanceMarks.ordinalColumnWords.contains(words[0].lower), ordinal(words[1]), rest { return false }
                if words.count <= 3, ordinal(words[0]), let last = words.last, ["meeting", "mtg"].contains(last.lower) { return false }
            }
            return nil
        }

        /// A column stating the member's total: "Total", "% attended", "Attendance", "Total attended / possible".
        static func isTotal(_ text: String) -> Bool {
            text.contains("%") || TextShape.words(TextShape.key(text)).contains { AttendanceMarks.totalHeaderWords.contains(String($0)) }
        }
    }

    // MARK: Grid

    /// One member row as written: the mark keys of its meeting cells and any total it states.
    struct Row {
        let line: Int
        let name: String
        let role: String?
        /// One key a meeting column ("" for a blank cell); for a row read from text, its marks in order.
        let keys: [String]
        /// Read from a line of text whose blank cells are lost: the keys are the marks written, not the columns.
        let fromText: Bool
        var statedFraction: (Int, Int)?
        var statedPercent: Double?
        var statedCount: Int?
    }

    /// A grid read from its header to the first line that is not part of it.
    struct Grid {
        let header: Header
        var rows: [Row] = []
        var legend = AttendanceLegend()
        /// A RAG word in a row: a ratings table, never a grid.
        var rated = false
        /// The index in `text.lines` after the grid's last line.
        var end: Int
        let body: String?
        let cued: Bool

        init(header: Header, headerIndex: Int, text: ParsedText, context: Context) {
            self.header = header
            end = headerIndex + 1
            // A legend above the table, nearest first.
            var above: [String] = []
            var k = headerIndex - 1
            while k >= 0, above.count < 3 {
                let line = text.lines[k]
                k -= 1
                guard !line.text.isEmpty, !context.furniture.contains(line.number) else { continue }
                if line.cells != nil, line.text.contains(where: \.isNumber) { break }  // a table of figures above
                above.append(line.text)
                if let found = AttendanceLegend(line.text) { legend.add(found) }
            }
            var group: String?
            var lastRole: String?
            var loose = 0  // lines in a row that were neither member rows nor legends
            var i = headerIndex + 1
            scan: while i < text.lines.count {
                let line = text.lines[i]
                if line.text.isEmpty || context.furniture.contains(line.number) {
                    i += 1
                    continue
                }
                if let cells = line.cells {
                    if TextShape.key(line.text) == header.key {  // the header repeated after a page break
                        i += 1
                        continue
                    }
                    if let row = Self.row(cells, line: line.number, header: header, legend: legend, group: group, lastRole: &lastRole) {
                        rows.append(row)
                    } else if let found = AttendanceLegend(line.text) {
                        legend.add(found)
                    } else if !Self.isSummary(cells) {
                        rated = cells.contains { AttendanceMarks.ragWords.contains(AttendanceMarks.key($0.text)) }
                        break scan
                    }
                    loose = 0
                    end = i + 1
                    i += 1
                    continue
                }
                if let row = Self.row(fromText: line.text, line: line.number, header: header, group: group) {
                    rows.append(row)
                    loose = 0
                } else if let found = AttendanceLegend(line.text) {
                    legend.add(found)
                    loose = 0
                } else if loose < 2, line.headingMarks == nil, !TextShape.endsSentence(line.text),
                    TextShape.wordCount(line.text, limit: 8) <= 8, line.text.contains(where: \.isLetter)
                {
                    // A group row ("Health", "Local Authority:") is the role of the rows under it.
                    group = String(line.text.trimmingCharacters(in: " :"))
                    lastRole = nil
                    loose += 1
                    i += 1
                    continue
                } else {
                    break scan
                }
                end = i + 1
                i += 1
            }
            // A legend below the table.
            var below = 0
            k = end
            while k < text.lines.count, below < 3 {
                let line = text.lines[k]
                k += 1
                guard !line.text.isEmpty, !context.furniture.contains(line.number) else { continue }
                below += 1
                if let found = AttendanceLegend(line.text) { legend.add(found) }
            }
            let headerBlock = Self.blockIndex(ofLine: text.lines[headerIndex].number, in: text)
            let section = headerBlock.flatMap { text.sectionTitle(ofBlock: $0) }
            let heading = section ?? headerBlock.flatMap { AttendanceTableReader.lineAbove($0, in: text) }
            body = heading
            let cues = ([header.text, section ?? ""] + above).map { TextShape.words(TextShape.key($0)) }
            cued = !legend.isEmpty || header.dayDated >= 2
                || cues.contains { $0.contains { AttendanceMarks.cueWords.contains(String($0)) } }
        }

        /// A table row of marks; nil when a meeting cell holds anything but a mark.
        static func row(
            _ cells: [TableCell], line: Int, header: Header, legend: AttendanceLegend, group: String?, lastRole: inout String?
        ) -> Row? {
            guard header.nameColumn < cells.count else { return nil }
            let name = cells[header.nameColumn].text
            guard name.contains(where: \.isLetter) else { return nil }
            var keys: [String] = []
            var marked = 0
            for c in header.meetingColumns {
                let key = c < cells.count ? AttendanceMarks.key(cells[c].text) : ""
                if !key.isEmpty {
                    guard legend.mark(key) != nil else { return nil }
                    marked += 1
                }
                keys.append(key)
            }
            var role: String?
            if let r = header.roleColumn, r < cells.count, !cells[r].isEmpty {
                role = cells[r].text
                lastRole = role
            } else {
                role = lastRole ?? group
            }
            var row = Row(line: line, name: name, role: role, keys: keys, fromText: false)
            // A stated total stands after the meetings ("5/6", "83%", a count under "Total").
            let last = header.meetingColumns.last ?? 0
            for (i, cell) in cells.enumerated() where i > last {
                switch AttendanceTableReader.Value.parse(cell.text) {
                case .fraction(let a, let b)?: row.statedFraction = row.statedFraction ?? (a, b)
                case .percent(let p)?: row.statedPercent = row.statedPercent ?? p
                case .count(let n)?: row.statedCount = row.statedCount ?? n
                case nil: continue
                }
            }
            // A row of a name alone in a table line has a figure or a role beside it: a member with no marks.
            guard marked > 0 || row.statedFraction != nil || row.statedPercent != nil else { return nil }
            return row
        }

        /// A line of text ending in glyph marks, its blank cells lost: "Jane Doe ✓ ✓ ✓", "Amy Lee - ✓ ✓".
        static func row(fromText text: String, line: Int, header: Header, group: String?) -> Row? {
            let words = TextShape.words(text).map { AttendanceMarks.key(String($0)) }
            var start = words.count
            while start > 0,
                AttendanceMarks.glyphs.contains(words[start - 1])
                    || (words[start - 1].count == 1 && AttendanceMarks.defaults[words[start - 1]] == .notExpected)
            {
                start -= 1
            }
            let marks = Array(words[start...])
            guard marks.contains(where: AttendanceMarks.glyphs.contains), marks.count <= header.meetingColumns.count else { return nil }
            let name = TextShape.words(text).prefix(start).joined(separator: " ")
            guard name.contains(where: \.isLetter), start <= 12, !TextShape.endsSentence(name) else { return nil }
            return Row(line: line, name: name, role: group, keys: marks, fromText: true)
        }

        /// "Total attendance | 80% | 70%", "Quorate | Yes | Yes": a summary row inside the grid, passed over.
        static func isSummary(_ cells: [TableCell]) -> Bool {
            guard let first = cells.first else { return false }
            return first.text.contains("%")
                || TextShape.words(TextShape.key(first.text)).contains { AttendanceMarks.summaryRowWords.contains(String($0)) }
        }

        /// The block holding input line `line`: the last block starting on or before it.
        static func blockIndex(ofLine line: Int, in text: ParsedText) -> Int? {
            let low = text.blocks.partitionPoint { $0.line > line }
            return low == 0 ? nil : low - 1
        }

        // MARK: Records

        /// One meeting for each dated column; held when any member's mark is recorded in it, else dated.
        func meetings(report: ReportInfo, dating: MeetingDating) -> [MeetingDraft] {
            guard cued, !rated, rows.count >= 2 else { return [] }
            let body = self.body.flatMap { BodyName.from($0, organisation: report.organisation) } ?? report.organisation
            return zip(header.meetingDates.indices, header.meetingDates).compactMap { n, date in
                guard let date else { return nil }
                let recorded = rows.contains { n < $0.keys.count && !$0.keys[n].isEmpty && legend.mark($0.keys[n]) != nil && !$0.fromText }
                return MeetingDraft(
                    body: body, date: date, status: recorded ? .held : dating.status(of: date, tense: nil), line: header.line,
                    source: .list)
            }
        }

        func records(report: ReportInfo) -> [Attendance] {
            guard cued, !rated, rows.count >= 2 else { return [] }
            let tableKeys = rows.filter { !$0.fromText }.flatMap(\.keys).filter { !$0.isEmpty }
            let glyphInCells = tableKeys.contains(where: AttendanceMarks.glyphs.contains)
            let otherPresent = legend.namesPresent || rows.flatMap(\.keys).contains { legend.mark($0) == .present }
            // A cross is "attended" only in a grid with no other mark for it (a ticked box).
            let cross: AttendanceMark = otherPresent ? .absent : .present
            func mark(_ key: String) -> AttendanceMark {
                guard !key.isEmpty, let m = legend.mark(key) else { return .notExpected }
                return m == .cross ? cross : m
            }
            // Glyphs written in the grid but not kept in its cells: a blank cell may have been a tick.
            let attendedInCells = tableKeys.contains { [.present, .deputy].contains(mark($0)) }
            let lossy = !glyphInCells && (legend.namesGlyph || rows.contains(where: \.fromText) || !attendedInCells)
            let body = self.body.flatMap { BodyName.from($0, organisation: report.organisation) }
            var out: [Attendance] = []
            for row in rows {
                let marks = row.keys.map(mark)
                var attended: Int?
                var possible: Int?
                let readable = !(lossy && !row.fromText && row.keys.contains(""))
                let expected = marks.filter { $0 != .notExpected }.count
                if readable, expected > 0 {
                    attended = marks.filter { $0 == .present || ($0 == .deputy && legend.deputyCounts) }.count
                    possible = expected
                } else if let (a, b) = row.statedFraction {
                    (attended, possible) = (a, b)
                } else {
                    attended = row.statedCount
                }
                let percent = row.statedPercent ?? attended.flatMap { a in possible.flatMap { AttendanceExtractor.percent(a, of: $0) } }
                guard attended != nil || percent != nil else { continue }
                let member = AttendanceTableReader.member(row.name, role: row.role, deputy: false)
                out.append(Attendance(
                    body: body, name: member.name, role: member.role, attended: attended, possible: possible, percent: percent,
                    line: row.line))
            }
            return out
        }
    }
}
