/// Reads the items of business of an agenda: numbered table rows ("5 | GET SAFE and GET THERE | 1 - 30",
/// "4. | <p>MINUTES</p> <p>To approve and sign …</p> | 7 - 18", the first paragraph of a cell being the title)
/// and a numbered heading that carries the numbering on after the table ("11. DATE OF NEXT MEETING").
enum AgendaTableReader {
    static func items(in text: ParsedText, from start: Int, window: Int = 120) -> [AgendaItem] {
        let blocks = text.blocks
        var items: [AgendaItem] = []
        var i = start
        let end = min(blocks.count, start + window)
        while i < end {
            let block = blocks[i]
            if block.kind == .tableRow, let item = item(block) {
                items.append(item)
            } else if !items.isEmpty, block.kind != .furniture, block.kind != .tableRow {
                if let last = items.last?.number.flatMap(Int.init), block.enumerator == String(last + 1),
                    [.heading, .paragraph].contains(block.kind), !TextShape.endsSentence(block.body)
                {
                    items.append(MinutesReader.item(number: block.enumerator ?? String(last + 1), heading: block.body))
                }
                break
            } else if items.isEmpty, MinutesReader.isMinutesHeading(block.text) {
                break
            }
            i += 1
        }
        return items
    }

    /// A row numbered in its first cell ("1", "4.", "Item 4"), with a title.
    static func item(_ block: Block) -> AgendaItem? {
        let cells = block.cells
        guard cells.count >= 2, let number = itemNumber(cells[0].text) else { return nil }
        guard let title = cells[1].paragraphs.first, title.contains(where: \.isLetter) else { return nil }
        let pages = cells.count >= 3 ? cells.last.map(\.text).flatMap { isPages($0) ? $0 : nil } : nil
        return AgendaItem(number: number, title: title, pages: pages)
    }

    private static func itemNumber(_ cell: String) -> String? {
        var s = Substring(cell.trimmingCharacters(in: " ."))
        if s.lowercased().hasPrefix("item ") { s = s.dropFirst(5) }
        guard !s.isEmpty, s.count <= 3, s.allSatisfy(\.isNumber) else { return nil }
        return String(s)
    }

    /// "1 - 30", "7", "31-34": page numbers and a dash only.
    private static func isPages(_ s: String) -> Bool {
        !s.isEmpty && s.contains(where: \.isNumber) && s.allSatisfy { $0.isNumber || " -–".contains($0) }
    }
}
