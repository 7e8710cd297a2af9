/// The digest's outline: level-1 sections with their lines (levels 1–2 when there are few top-level ones).
enum OutlineBlock: SummaryBlock {
    /// Fewer top-level sections than this and the second level is shown too.
    static let fewTopLevel = 4
    static let limit = 15

    static func lines(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine] {
        let sections = source.document.sections
        guard !sections.isEmpty else { return noneFound("Outline") }
        let topLevel = sections.filter { $0.level <= 1 }
        let shown = topLevel.count < fewTopLevel ? sections.filter { $0.level <= 2 } : topLevel
        let (kept, more) = capped(shown, limit, indent: 2, more: seeAlso("sections", source))
        var lines = [StyledLine("Outline", .bold)]
        lines += SectionListing.outline(kept, width: options.width, indent: 2)
        if let more { lines.append(more) }
        return lines
    }
}
