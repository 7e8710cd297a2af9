/// Reads priority tables: one priority per paragraph of the priority column, the other columns as its
/// progress, a one-cell row as the agency the rows below belong to, and ratings as status.
///
/// "Development area as outlined in 2015/16 Annual Report | Responses and Achievements", group row "Police",
/// then "Structural changes to be better connected | Achieved; Management structures introduced …" →
/// priority "Structural changes to be better connected", status complete, section "… – Police".
enum PriorityTableReader {
    static func read(_ text: ParsedText, report: ReportInfo) -> [PriorityDraft] {
        let blocks = text.blocks
        var drafts: [PriorityDraft] = []
        var index = 0
        while index < blocks.count {
            guard blocks[index].kind == .tableRow else {
                index += 1
                continue
            }
            var end = index
            while end < blocks.count, [.tableRow, .furniture].contains(blocks[end].kind) { end += 1 }
            drafts += readTable(text, index..<end, report: report)
            index = end
        }
        return drafts
    }

    private struct Columns {
        let priority: Int
        let status: Int?
        let trend: Int?
    }

    private static func columns(of header: Block, underCue: Bool) -> Columns? {
        let names = header.cells.map { TextShape.key($0.text) }
        guard names.count >= 2 else { return nil }
        func find(_ words: [String]) -> Int? {
            names.firstIndex { name in words.contains { name == $0 || name.hasPrefix($0 + " ") } }
        }
        let status = find(PriorityVocabulary.tableStatusHeaders)
        let trend = find(PriorityVocabulary.tableTrendHeaders)
        if let priority = find(PriorityVocabulary.tablePriorityHeaders) {
            return Columns(priority: priority, status: status, trend: trend)
        }
        return underCue ? Columns(priority: 0, status: status, trend: trend) : nil
    }

    private static func readTable(_ text: ParsedText, _ rows: Range<Int>, report: ReportInfo) -> [PriorityDraft] {
        let blocks = text.blocks
        guard let headerIndex = rows.first(where: { blocks[$0].kind == .tableRow }) else { return [] }
        let header = blocks[headerIndex]
        let context = PriorityContext(text: text, blockIndex: headerIndex)
        let underCue = context.section.map { PriorityListReader.isCue($0, heading: true) } ?? false
        guard let columns = columns(of: header, underCue: underCue) else { return [] }
        let scope = PriorityText.scope(of: header.cells[columns.priority].text, report: report) == .next ? Priority.Scope.next : .current
        var drafts: [PriorityDraft] = []
        var agency: String?
        for index in rows where index != headerIndex && blocks[index].kind == .tableRow {
            let row = blocks[index]
            if row.cells.map(\.text) == header.cells.map(\.text) { continue }
            let filled = row.cells.filter { !$0.isEmpty && !$0.text.allSatisfy { $0 == " " } }
            if filled.count == 1, row.cells.first.map({ !$0.isEmpty }) ?? false {
                agency = filled[0].text
                continue
            }
            guard columns.priority < row.cells.count else { continue }
            let titles = row.cells[columns.priority].paragraphs.map { String($0.trimmingCharacters(in: " ")) }.filter { !$0.isEmpty }
            var notes: [String] = []
            var ratings: [Priority.Status?] = []
            for (c, cell) in row.cells.enumerated() where c != columns.priority {
                for paragraph in cell.paragraphs where !paragraph.isEmpty {
                    let rated = PriorityText.status(atStartOf: paragraph)
                    if c == columns.status || rated.found { ratings.append(rated.status) }
                    if c == columns.trend {
                        notes.append("Direction of travel: \(paragraph)")
                    } else if c != columns.status, !(rated.found && rated.status == nil) {
                        notes.append(paragraph)
                    }
                }
            }
            // A row starting in lower case continues the row before across a page break.
            if titles.isEmpty || titles.first.map(TextShape.startsLowercase) == true, var last = drafts.popLast() {
                last.progress += notes
                drafts.append(last)
                continue
            }
            let section = [context.section, agency].compactMap { $0 }.joined(separator: " – ")
            for (k, title) in titles.enumerated() {
                var draft = PriorityDraft(title: title, scope: scope, section: section.isEmpty ? nil : section, line: row.line)
                // Ratings pair with priorities in order when each has one; a single rating covers the row.
                if ratings.count == titles.count { draft.status = ratings[k] } else if ratings.count == 1 { draft.status = ratings[0] }
                draft.progress = notes
                drafts.append(draft)
            }
        }
        return drafts
    }
}
