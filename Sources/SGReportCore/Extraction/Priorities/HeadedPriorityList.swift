/// Priorities written as short sub-headings under a priorities heading, each with a paragraph or two saying
/// what it means: "What are our priorities?" / "Neglect" / "The aim is to reduce neglect …" / "Exploitation" / …
/// A sub-heading may have been read as a short paragraph ("Voice of the child"); the paragraphs under it are
/// longer than any title.
///
/// Each sub-heading is a priority; the run ends at a question ("What are we trying to achieve?"), another
/// priorities heading, a numbered heading, or anything that is not a short heading or its paragraphs.
enum HeadedPriorityList {
    /// A priority's name is short; a longer heading is a section of the report.
    static let maxTitleWords = 8
    /// Paragraphs a priority's heading may have under it before the next one.
    static let maxParagraphs = 4

    static func read(_ blocks: [Block], after cue: Int, scope: Priority.Scope, section: String?) -> ([PriorityDraft], Int)? {
        var j = skip(blocks, cue + 1)
        // "The Partnership agreed three priorities": how many headings to read, in the cue or its introduction.
        var stated = statedCount(blocks[cue].text)
        // One introduction under the cue ("The Partnership agreed four priorities in 2021.").
        if j < blocks.count, blocks[j].kind == .paragraph {
            stated = stated ?? statedCount(blocks[j].text)
            j = skip(blocks, j + 1)
        }
        var drafts: [PriorityDraft] = []
        while j < blocks.count, isTitle(blocks[j]), drafts.count < (stated ?? .max) {
            // While the stated number is not reached, a short sentence under a heading describes it too.
            let expected = stated.map { drafts.count < $0 } ?? false
            var k = skip(blocks, j + 1)
            var paragraphs = 0
            while k < blocks.count, [.paragraph, .listItem].contains(blocks[k].kind), paragraphs < maxParagraphs,
                isDescription(blocks[k], expected: expected)
            {
                paragraphs += 1
                k = skip(blocks, k + 1)
            }
            // A heading with nothing under it is a label of the page, not a priority described.
            guard paragraphs > 0 else { break }
            drafts.append(PriorityDraft(title: blocks[j].text, scope: scope, section: section, line: blocks[j].line))
            j = k
        }
        return drafts.count >= 2 ? (drafts, j) : nil
    }

    /// Longer than any title; or, when more priorities are expected, a sentence ("Children living with domestic
    /// abuse get help early." is eight words).
    private static func isDescription(_ block: Block, expected: Bool) -> Bool {
        let words = TextShape.wordCount(block.text, limit: maxTitleWords)
        return words > maxTitleWords || expected && words >= 4 && TextShape.endsSentence(block.text)
    }

    /// "three priorities", "4 strategic priorities", "five key priority areas": the number of priorities stated.
    static func statedCount(_ text: String) -> Int? {
        let words = PriorityText.words(text)
        for (k, word) in words.enumerated() {
            guard let n = NumberWords.values[word] ?? Int(word), (2...12).contains(n) else { continue }
            // The noun within three words: "three key strategic priorities".
            if words[(k + 1)..<min(words.count, k + 4)].contains(where: { $0.hasPrefix("priorit") }) { return n }
        }
        return nil
    }

    /// A short line of its own that may name a priority: not a question, label, cue or numbered line.
    static func isTitle(_ block: Block) -> Bool {
        let shortLine = block.kind == .paragraph && !TextShape.endsClause(block.text) && TextShape.startsUppercase(block.text)
        return (block.kind == .heading || shortLine) && block.enumerator == nil && block.continuations.isEmpty
            && TextShape.wordCount(block.text, limit: maxTitleWords) <= maxTitleWords
            && !block.text.hasSuffix("?") && !block.text.hasSuffix(":")
            && !PriorityListReader.isCue(block.text, heading: true) && NumberedPriorityReader.numbered(block) == nil
            && PriorityText.label(of: block.text) == nil
    }

    private static func skip(_ blocks: [Block], _ start: Int) -> Int {
        var j = start
        while j < blocks.count, [.furniture, .contents].contains(blocks[j].kind) { j += 1 }
        return j
    }
}
