/// Where a priority stands: the section a reader would cite for it and what that section says about its year.
///
/// A list item under "Priorities and Next Steps in 2020-21" → section "Priorities and Next Steps in 2020-21", scope next;
/// "Priority 1: …", itself a heading, → its parent "3 Progress against Our Priorities".
struct PriorityContext {
    let section: String?
    private let titles: [String]

    init(text: ParsedText, blockIndex: Int) {
        let outline = text.outline
        guard blockIndex < outline.sectionOfBlock.count, var s = outline.sectionOfBlock[blockIndex],
              s < outline.sections.count else {
            section = nil
            titles = []
            return
        }
        // A priority that is a heading itself is cited by the section it stands in.
        if outline.sections[s].line == text.blocks[blockIndex].line {
            let level = outline.sections[s].level
            var parent = s - 1
            while parent >= 0, outline.sections[parent].level >= level { parent -= 1 }
            guard parent >= 0 else {
                section = nil
                titles = []
                return
            }
            s = parent
        }
        section = outline.sections[s].displayTitle
        // The section and its ancestors, nearest first, for the year they name.
        var chain = [outline.sections[s].title]
        var level = outline.sections[s].level
        var k = s - 1
        while k >= 0, level > 1 {
            if outline.sections[k].level < level {
                chain.append(outline.sections[k].title)
                level = outline.sections[k].level
            }
            k -= 1
        }
        titles = chain
    }

    func scope(report: ReportInfo) -> Priority.Scope? {
        for title in titles {
            if let scope = PriorityText.scope(of: title, report: report) { return scope }
        }
        return nil
    }
}
