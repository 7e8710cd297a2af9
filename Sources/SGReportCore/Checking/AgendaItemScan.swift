/// The numbered items of business on an agenda, read from blocks: "5\tGET SAFE and GET THERE\t1 - 30" (a table
/// row) or "4. MINUTES To approve and sign the minutes…" (a numbered paragraph).
///
/// The run starts at item 1 and takes each next number in order; it ends when numbering starts again at 1
/// (the numbered paragraphs of the first report). Linear in the blocks.
struct AgendaItemScan {
    struct Item: Equatable {
        let number: Int
        let title: String
        /// Lowered title, for cue tests.
        let lowered: [UInt8]
        let hasPages: Bool
        let block: Int
        let line: Int
    }

    static func items(in input: CheckInput) -> [Item] {
        var items: [Item] = []
        for b in input.blocks {
            guard let (number, title, pages) = numbered(input.block(b)) else { continue }
            if items.isEmpty {
                if number == 1 { items.append(item(number, title, pages, b, input)) }
            } else if number == items.count + 1 {
                items.append(item(number, title, pages, b, input))
            } else if number == 1 {
                break
            }
        }
        return items
    }

    private static func item(_ n: Int, _ title: String, _ pages: Bool, _ b: Int, _ input: CheckInput) -> Item {
        Item(number: n, title: title, lowered: CueScan.lowered(title), hasPages: pages, block: b, line: input.block(b).line)
    }

    /// The item number, title and whether a page range is given, for a block that can be an agenda item.
    static func numbered(_ block: Block) -> (Int, String, Bool)? {
        switch block.kind {
        case .tableRow:
            let cells = block.cells.map { trimmed($0.text) }
            guard let first = cells.first, let n = itemNumber(first), cells.count >= 2 else { return nil }
            let rest = cells.dropFirst().filter { !$0.isEmpty }
            let pages = rest.contains(where: isPageRange)
            let title = rest.first(where: { !isPageRange($0) }) ?? ""
            return title.isEmpty ? nil : (n, title, pages)
        case .heading, .paragraph, .listItem:
            guard let e = block.enumerator, let n = itemNumber(e) else { return nil }
            let words = block.body.split(separator: " ")
            var pages = false
            if words.count >= 3 {
                let tail = words.suffix(3).joined(separator: " ")
                pages = isPageRange(tail) || block.body.containsFolded("(pages ")
            }
            return (n, block.body, pages)
        default:
            return nil
        }
    }

    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    static func itemNumber(_ s: String) -> Int? {
        var t = Substring(s)
        while let last = t.last, last == "." || last == ")" { t = t.dropLast() }
        guard !t.isEmpty, t.count <= 3, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(t)
    }

    /// "1 - 30", "31-34", "7 – 18", "Pages 7 - 18", "5".
    static func isPageRange(_ s: String) -> Bool {
        var t = s.lowercased()
        for prefix in ["pages ", "page "] where t.hasPrefix(prefix) { t = String(t.dropFirst(prefix.count)) }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == " " })
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { p in !p.isEmpty && p.count <= 4 && p.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

