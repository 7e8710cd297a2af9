/// Reads numbered priorities and the labelled sub-blocks under each.
///
/// "Priority 1: To support the local and professional community to ensure … right time (RHRT)" at line 239,
/// with `Intention:` / `Still to do during 2020-2021` items as actions and `Implementation:` / `Impact:` items as progress.
enum NumberedPriorityReader {
    static func read(_ text: ParsedText, report: ReportInfo) -> [PriorityDraft] {
        let blocks = text.blocks
        var starts: [(index: Int, number: String?, title: String, titleEnd: Int)] = []
        for (index, block) in blocks.enumerated() {
            guard [.heading, .paragraph, .listItem].contains(block.kind),
                  let head = numbered(block) else { continue }
            var title = head.title
            var titleEnd = index + 1
            // "Priority 3" on a line of its own, its title on the next.
            if title.isEmpty, let next = nextContent(blocks, after: index), next < blocks.count,
               blocks[next].kind != .tableRow, TextShape.wordCount(blocks[next].text, limit: 40) <= 40,
               numbered(blocks[next]) == nil, PriorityText.label(of: blocks[next].text) == nil {
                title = blocks[next].text
                titleEnd = next + 1
            }
            guard !title.isEmpty else { continue }
            starts.append((index, head.number, title, titleEnd))
        }
        var drafts: [PriorityDraft] = []
        for (k, start) in starts.enumerated() {
            let limit = k + 1 < starts.count ? starts[k + 1].index : blocks.count
            var end = start.titleEnd
            while end < limit, !endsPriorities(blocks[end], under: start.number) { end += 1 }
            let context = PriorityContext(text: text, blockIndex: start.index)
            var draft = PriorityDraft(
                number: start.number, title: start.title,
                scope: PriorityText.scope(of: start.title, report: report) ?? context.scope(report: report) ?? .current,
                section: context.section, line: blocks[start.index].line)
            draft.add(PriorityNotes.read(blocks, start.titleEnd..<end))
            drafts.append(draft)
        }
        return drafts
    }

    /// "Priority 1: To support …", "Strategic Priority 2 – Neglect", "Priority Three." → ("1", "To support …").
    /// A number without a separator counts only in a heading: "Priority 1 was achieved" is a sentence.
    /// "1. Strategic Priority: Prevention" takes its number from the list or heading numbering.
    static func numbered(_ block: Block) -> (number: String?, title: String)? {
        // Only a block that says "priority" can open with it: a byte search spares tokenising the others.
        guard block.text.containsFolded("priority") else { return nil }
        let text = block.enumerator != nil && !block.body.isEmpty ? block.body : block.text
        let tokens = Tokenizer.tokens(text)
        var i = 0
        while i < tokens.count, i < 2, tokens[i].kind == .word,
              PriorityVocabulary.numberedPriorityQualifiers.contains(tokens[i].lower) { i += 1 }
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].lower == "priority", i + 1 < tokens.count else { return nil }
        i += 1
        var number: String
        let token = tokens[i]
        if [":", "–", "-", "—"].contains(token.text), block.enumerator != nil || block.kind == .heading {
            // "Strategic Priority: Prevention": no number of its own; not "Priority: High", a rating.
            let rest = TextShape.key(String(text.utf8Slice(token.end, text.utf8.count)))
            guard !rest.isEmpty, !PriorityVocabulary.levelWords.contains(rest) else { return nil }
            return (block.enumerator, String(text.utf8Slice(token.end, text.utf8.count).trimmingCharacters(in: " ")))
        } else if token.kind == .number {
            number = String(token.text)
            // "Priority 1.2": a sub-priority keeps its whole number.
            while i + 2 < tokens.count, tokens[i + 1].text == ".", !tokens[i + 1].spaced, tokens[i + 2].kind == .number,
                  !tokens[i + 2].spaced {
                number += "." + tokens[i + 2].text
                i += 2
            }
            // "PRIORITY 1a Early Help": a sub-priority lettered after its number.
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].spaced, tokens[i + 1].text.utf8.count == 1 {
                number += tokens[i + 1].lower
                i += 1
            }
        } else if token.kind == .word, let n = NumberWords.values[token.lower] {
            number = String(n)
        } else if token.kind == .word, token.text.count == 1, token.text.uppercased() == token.text {
            number = String(token.text)
        } else {
            return nil
        }
        i += 1
        let separated = i < tokens.count && [":", "–", "-", ".", ")", "—"].contains(String(tokens[i].text))
        if separated { i += 1 }
        guard separated || block.kind == .heading || i >= tokens.count else { return nil }
        let start = i < tokens.count ? tokens[i].start : text.utf8.count
        let title = String(text.utf8Slice(start, text.utf8.count).trimmingCharacters(in: " "))
        return (number, title)
    }

    /// A numbered chapter heading ("4. Our 4th Partner") or a list of priorities ends a priority's notes; the
    /// priority's own numbered sub-headings ("1.1 Aim" under "1. Strategic Priority: Prevention") do not.
    private static func endsPriorities(_ block: Block, under number: String?) -> Bool {
        guard block.kind == .heading else { return false }
        if let enumerator = block.enumerator, let number, enumerator.hasPrefix(number + ".") { return false }
        return block.enumerator != nil || PriorityListReader.isCue(block.text, heading: true)
    }

    private static func nextContent(_ blocks: [Block], after index: Int) -> Int? {
        var j = index + 1
        while j < blocks.count, [.furniture, .contents].contains(blocks[j].kind) { j += 1 }
        return j < blocks.count ? j : nil
    }
}
