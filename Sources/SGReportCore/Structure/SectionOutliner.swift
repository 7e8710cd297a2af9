/// Builds the outline from heading blocks: numbers from numbering, levels from numbering depth,
/// markdown marks, or the enclosing numbered section; cover lines are left out.
///
/// Level rules, in order: numbered headings take their depth ("2.2.1" → 3, "Section 2" → 1);
/// front and back matter ("Foreword", "Appendices", "Glossary") is level 1, and an appendix is
/// level 2 under an "Appendices" heading; other unnumbered headings sit one level below the
/// numbered section they follow, or follow their markdown marks when nothing is numbered.
enum SectionOutliner {
    /// Titles that are top-level wherever they stand (report front and back matter).
    static let topLevelTitles: Set<String> = [
        "foreword", "executive summary", "introduction", "appendices", "appendix", "glossary", "references",
        "acknowledgements", "conclusion", "conclusions", "agenda", "minutes", "preface", "summary of the year",
    ]

    static func outline(_ blocks: [Block]) -> Outline {
        let coverEnd = self.coverEnd(blocks)
        var sections: [Section] = []
        var sectionOfBlock: [Int?] = Array(repeating: nil, count: blocks.count)
        var marksStack: [(marks: Int, level: Int)] = []
        var lastNumberedLevel: Int?
        var underAppendices = false
        var topLevelSeen: Set<String> = []

        for (index, block) in blocks.enumerated() {
            if block.kind == .heading && (index >= coverEnd || block.enumerator != nil) {
                let parsed = SectionNumber(heading: block)
                guard !parsed.title.isEmpty || parsed.number != nil else { continue }
                let key = TextShape.key(parsed.title)
                let level: Int
                if parsed.isAppendix {
                    level = underAppendices ? 2 : 1
                    lastNumberedLevel = level
                } else if parsed.isItem {
                    level = min((lastNumberedLevel ?? 0) + 1, 6)
                } else if let depth = parsed.depth {
                    level = depth
                    lastNumberedLevel = depth
                    underAppendices = false
                } else if topLevelTitles.contains(key) || key.hasPrefix("foreword") {
                    // "Appendices" printed atop every appendix page is a running header after the first.
                    if parsed.number == nil, !topLevelSeen.insert(key).inserted, key != "summary" {
                        sectionOfBlock[index] = sections.isEmpty ? nil : sections.count - 1
                        continue
                    }
                    level = 1
                    lastNumberedLevel = nil
                    underAppendices = key.hasPrefix("appendi")
                } else if let numbered = lastNumberedLevel {
                    level = min(numbered + 1, 6)
                } else if block.depth > 0 {
                    while let top = marksStack.last, top.marks > block.depth { marksStack.removeLast() }
                    if let top = marksStack.last { level = top.marks == block.depth ? top.level : top.level + 1 } else { level = 1 }
                } else {
                    level = underAppendices ? 2 : 1
                }
                if block.depth > 0 {
                    while let top = marksStack.last, top.marks >= block.depth { marksStack.removeLast() }
                    marksStack.append((block.depth, level))
                }
                sections.append(Section(number: parsed.number, title: parsed.title, level: level, line: block.line))
            }
            sectionOfBlock[index] = sections.isEmpty ? nil : sections.count - 1
        }
        return Outline(sections: sections, sectionOfBlock: sectionOfBlock, coverEnd: coverEnd)
    }

    /// The cover ends at the first block of substance: a contents list, a list, a table or real prose.
    static func coverEnd(_ blocks: [Block]) -> Int {
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .contents, .listItem, .tableRow:
                return index
            case .paragraph where TextShape.wordCount(block.text, limit: 12) >= 12:
                return index
            default:
                continue
            }
        }
        return blocks.count
    }
}
