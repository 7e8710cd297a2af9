/// A report after the reading and structure stages: what every extractor reads.
struct ParsedText: Sendable {
    let lines: [CleanLine]
    let blocks: [Block]
    let outline: Outline

    init(lines: [CleanLine]) {
        self.lines = lines
        self.blocks = BlockParser.parse(lines)
        self.outline = SectionOutliner.outline(blocks)
    }

    /// The title of the section block `index` stands in, as a reader would cite it ("3.2 Monitoring Effectiveness").
    func sectionTitle(ofBlock index: Int) -> String? {
        guard index < outline.sectionOfBlock.count, let s = outline.sectionOfBlock[index] else { return nil }
        return outline.sections[s].displayTitle
    }
}
