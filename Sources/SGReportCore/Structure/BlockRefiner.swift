/// Second looks at blocks that need their neighbours to be read right.
///
/// - A short line between two table rows is the table's group label ("Education" between the rows
///   of an attendance table), so it becomes a one-cell row, not a heading.
/// - A short name followed by a job title ("Derek Benson" / "Independent Chair: August 2017") is a
///   signature, not a heading.
/// - A list item holding the bullets of items flattened onto its line is split into them (`InlineListSplitter`).
enum BlockRefiner {
    static func refine(_ blocks: [Block]) -> [Block] {
        var out = blocks
        for i in out.indices where out[i].kind == .heading || out[i].kind == .paragraph {
            let block = out[i]
            guard block.continuations.isEmpty, block.depth == 0, !isNamedHeading(block) else { continue }
            let prev = neighbour(of: i, step: -1, in: out), next = neighbour(of: i, step: 1, in: out)
            // Counting stops past 12: a paragraph's words are never split here.
            let words = TextShape.wordCount(block.text, limit: 12)
            if prev?.kind == .tableRow, words <= 12, rowFollows(i, in: out) {
                out[i] = Block(
                    kind: .tableRow, text: block.text, line: block.line, continuations: [], enumerator: nil,
                    body: block.text, depth: 0, cells: [TableCell(paragraphs: [block.text])], emphasised: block.emphasised,
                    linksDocument: block.linksDocument)
            } else if block.kind == .heading, block.enumerator == nil, words <= 4, let next,
                next.kind == .paragraph || next.kind == .heading,
                TextShape.wordCount(next.text, limit: 8) <= 8,
                TextShape.words(next.text).contains(where: { StructureVocabulary.roleWords.contains($0.lowercased().trimmingCharacters(in: ",.:;").description) }) {
                out[i] = Block(
                    kind: .paragraph, text: block.text, line: block.line, continuations: [], enumerator: nil,
                    body: block.body, depth: 0, cells: [], emphasised: block.emphasised, linksDocument: block.linksDocument)
            }
        }
        return splittingInlineLists(out)
    }

    /// The blocks with flattened lists split; the same array (no copy of a long document's blocks) when none is.
    private static func splittingInlineLists(_ blocks: [Block]) -> [Block] {
        var split: [Block]?
        for (i, block) in blocks.enumerated() {
            let pieces = InlineListSplitter.split(block)
            if split == nil, pieces.count > 1 { split = Array(blocks[..<i]) }
            split?.append(contentsOf: pieces)
        }
        return split ?? blocks
    }

    /// Whether a table row comes next, past furniture and other short group labels.
    private static func rowFollows(_ i: Int, in blocks: [Block]) -> Bool {
        var j = i + 1
        while j < blocks.count {
            let b = blocks[j]
            if b.kind == .tableRow { return true }
            let label = (b.kind == .heading || b.kind == .paragraph) && b.continuations.isEmpty && b.depth == 0
                && TextShape.wordCount(b.text, limit: 12) <= 12 && !isNamedHeading(b)
            guard b.kind == .furniture || label else { return false }
            j += 1
        }
        return false
    }

    /// Numbered headings, "Appendix 3. Budget" and front/back matter titles stay headings even between tables.
    private static func isNamedHeading(_ b: Block) -> Bool {
        guard b.kind == .heading else { return false }
        if b.enumerator != nil { return true }
        let key = TextShape.key(b.text)
        if SectionOutliner.topLevelTitles.contains(key) { return true }
        guard let first = TextShape.words(key).first else { return false }
        return StructureVocabulary.chapterWords[String(first)] != nil
    }

    private static func neighbour(of i: Int, step: Int, in blocks: [Block]) -> Block? {
        var j = i + step
        while j >= 0, j < blocks.count {
            if blocks[j].kind != .furniture { return blocks[j] }
            j += step
        }
        return nil
    }
}
