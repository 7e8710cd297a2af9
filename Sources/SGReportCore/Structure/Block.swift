/// One unit of a report's body as a reader sees it: a heading, a paragraph, a list item, a table row.
///
/// Line 96 `### 1.1 Purpose of the Annual Report` → `Block(kind: .heading, text: "1.1 Purpose…", enumerator: "1.1")`.
struct Block: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case heading, paragraph, listItem, tableRow
        /// A table-of-contents entry: never a section, never a source of facts.
        case contents
        /// Page furniture: running headers and footers, page numbers, "This page is intentionally left blank".
        case furniture
    }

    let kind: Kind
    /// Clean text; a paragraph re-joined from several lines holds them all, separated by spaces.
    let text: String
    /// The 1-based input line the block starts on.
    let line: Int
    /// Where each further input line starts in `text` (UTF-8 offsets), for blocks spanning several lines.
    let continuations: [LineStart]
    /// The numbering written before the text ("2.2.1", "a"), or nil.
    let enumerator: String?
    /// The text without its numbering.
    let body: String
    /// List depth for list items; markdown heading marks for headings (0 when none).
    let depth: Int
    /// The cells of a table row.
    let cells: [TableCell]
    /// Whole line bold or underlined in the source.
    let emphasised: Bool
    /// The first line titles a linked document (`CleanLine.linksDocument`).
    let linksDocument: Bool

    /// The input line on which the UTF-8 `offset` of `text` stands.
    /// Binary search: extractors ask once per figure, and a re-joined block may span thousands of lines.
    func line(atOffset offset: Int) -> Int {
        let low = continuations.partitionPoint { $0.offset > offset }
        return low == 0 ? line : continuations[low - 1].line
    }
}

/// A further input line's position inside a re-joined block's text.
struct LineStart: Sendable, Equatable {
    let offset: Int
    let line: Int
}

extension Array where Element == Block {
    /// The index of the first block from `k` on that is no page furniture (`count` when none is).
    func skippingFurniture(from k: Int) -> Int {
        var k = k
        while k < count, self[k].kind == .furniture { k += 1 }
        return k
    }

    /// The index of the last block at or before `k` that is no page furniture (-1 when none is).
    func skippingFurniture(backFrom k: Int) -> Int {
        var k = k
        while k >= 0, self[k].kind == .furniture { k -= 1 }
        return k
    }
}
