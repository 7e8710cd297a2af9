/// What a profile's rules read: the document the extractors built, the blocks it came from, and which of
/// those blocks are this profile's part (all of them, or the agenda or the minutes of an agenda pack).
///
/// Built by `Checker`; rules ask it for evidence (`firstHit`, `sections(titled:)`) rather than reading text.
public struct CheckInput: Sendable {
    public let document: Document
    let text: ParsedText
    /// Each block's text with ASCII letters lowered (same byte offsets as `Block.text`).
    let lowered: [[UInt8]]
    /// The indices of this part's readable blocks (no contents entries, no page furniture), in order.
    var blocks: [Int]
    /// For each section index, the range of block indices it spans with its subsections.
    let sectionSpans: [Range<Int>]
    /// For each section index, the index of its heading block, when the heading is a block.
    let sectionHeadings: [Int?]
    /// Blocks that only introduce or summarise (cover, foreword, introduction, executive summary).
    let summaryBlocks: Set<Int>

    init(text: ParsedText, document: Document, part: Range<Int>? = nil, lowered: [[UInt8]]? = nil) {
        self.document = document
        self.text = text
        self.lowered = lowered ?? text.blocks.map { CueScan.lowered($0.text) }
        let range = part ?? 0..<text.blocks.count
        self.blocks = range.filter { i in
            i < text.blocks.count && text.blocks[i].kind != .contents && text.blocks[i].kind != .furniture
        }
        var headings = [Int?](repeating: nil, count: text.outline.sections.count)
        for (b, s) in text.outline.sectionOfBlock.enumerated() {
            if let s, s < headings.count, headings[s] == nil { headings[s] = b }
        }
        self.sectionHeadings = headings
        var spans: [Range<Int>] = []
        let sections = text.outline.sections
        for s in sections.indices {
            let start = headings[s] ?? text.blocks.count
            var next = s + 1
            while next < sections.count, sections[next].level > sections[s].level { next += 1 }
            var end = text.blocks.count
            if next < sections.count { end = headings[next] ?? end }
            spans.append(start..<max(start, end))
        }
        self.sectionSpans = spans
        // The cover is what stands before the first section (the outline's own cover mark can reach further in
        // short documents).
        var summary: Set<Int> = []
        if let first = headings.compactMap({ $0 }).min() { summary.formUnion(0..<first) }
        for (s, section) in sections.enumerated() where CheckVocabulary.summaryTitles.occurs(in: CueScan.lowered(section.title)) {
            summary.formUnion(spans[s])
        }
        self.summaryBlocks = summary
    }

    /// The same text and document, reading only the blocks in `part`.
    func restricted(to part: Range<Int>) -> CheckInput {
        CheckInput(text: text, document: document, part: part, lowered: lowered)
    }

    var report: ReportInfo { document.report }

    func block(_ index: Int) -> Block { text.blocks[index] }

    /// A place in the text: the block, the UTF-8 offset of what was found in it, and its input line.
    struct Hit: Sendable, Equatable {
        let block: Int
        let offset: Int
        let line: Int
    }

    func hit(_ block: Int, offset: Int = 0) -> Hit {
        Hit(block: block, offset: offset, line: text.blocks[block].line(atOffset: offset))
    }

    /// Every block of the part matching `cues` (first match in each), optionally leaving out summaries and headings.
    func hits(_ cues: CueSet, body: Bool = false, headings: Bool = true, where keep: (Int) -> Bool = { _ in true }) -> [Hit] {
        var out: [Hit] = []
        for b in blocks {
            if body, summaryBlocks.contains(b) { continue }
            if !headings, text.blocks[b].kind == .heading { continue }
            guard keep(b), let m = cues.firstMatch(in: lowered[b]) else { continue }
            out.append(hit(b, offset: m.offset))
        }
        return out
    }

    func firstHit(_ cues: CueSet, body: Bool = false, headings: Bool = true, where keep: (Int) -> Bool = { _ in true }) -> Hit? {
        for b in blocks {
            if body, summaryBlocks.contains(b) { continue }
            if !headings, text.blocks[b].kind == .heading { continue }
            guard keep(b), let m = cues.firstMatch(in: lowered[b]) else { continue }
            return hit(b, offset: m.offset)
        }
        return nil
    }

    /// Sections of this part whose title matches `cues` and that have some content under the heading, best
    /// first: a title matching an earlier cue of the set comes first (cue sets list their strongest words first),
    /// then document order.
    func sections(titled cues: CueSet, body: Bool = false) -> [Int] {
        let inPart = Set(blocks)
        var ranked: [(rank: Int, section: Int)] = []
        for s in text.outline.sections.indices {
            guard let h = sectionHeadings[s], inPart.contains(h) else { continue }
            if body, summaryBlocks.contains(h) { continue }
            guard sectionSpans[s].count > 1 else { continue }
            let matched = cues.matchedCues(in: CueScan.lowered(text.outline.sections[s].title))
            if let rank = matched.min() { ranked.append((rank, s)) }
        }
        return ranked.sorted { ($0.rank, $0.section) < ($1.rank, $1.section) }.map(\.section)
    }

    /// Whether a block stands in a section of plans for the coming year ("Areas of work for 2020-21").
    func isPlan(_ b: Int) -> Bool {
        guard let s = sectionIndex(ofBlock: b) else { return false }
        return CheckVocabulary.nextYearTitles.occurs(in: CueScan.lowered(text.outline.sections[s].title))
    }

    func section(_ s: Int) -> Section { text.outline.sections[s] }

    /// The blocks of the part inside section `s` (with its subsections).
    func blocks(inSection s: Int) -> [Int] {
        let span = sectionSpans[s]
        return blocks.filter { span.contains($0) }
    }

    /// The section a block stands in, if any.
    func sectionIndex(ofBlock b: Int) -> Int? {
        b < text.outline.sectionOfBlock.count ? text.outline.sectionOfBlock[b] : nil
    }

    /// "section “5. Serious Case Reviews …”" or a short quote of the sentence around `hit`.
    func describe(_ hit: Hit) -> String {
        let block = text.blocks[hit.block]
        if block.kind == .heading { return "section \u{201C}\(block.text)\u{201D}" }
        return "\u{201C}" + Quote.around(block.text, offset: hit.offset) + "\u{201D}"
    }

    func describe(section s: Int) -> String {
        "section \u{201C}\(text.outline.sections[s].displayTitle)\u{201D}"
    }
}
