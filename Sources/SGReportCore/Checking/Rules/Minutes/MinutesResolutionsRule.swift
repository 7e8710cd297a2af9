/// `minutes-resolutions` (should): each item of business that came to a decision records its resolution.
///
/// Local Government Act 1972 Schedule 12 para 41 (minutes of proceedings) and local convention: each numbered
/// minute on substantive business ends with "RESOLVED: That …" (or agreed, noted, recommended). Procedural
/// minutes (apologies, declarations, questions) need none. Numbered minutes are read from the blocks; the first
/// substantive minute without a resolution is the place to fix.
struct MinutesResolutionsRule: Rule {
    let id = "minutes-resolutions"
    let description = "Each decision item records its resolution"
    let severity = RuleSeverity.should
    let source = "Local Government Act 1972 Schedule 12 para 41; local convention"
    let missing = "A minute on substantive business records no resolution: state what was resolved (\"RESOLVED: That …\")."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let items = minuteItems(input)
        let substantive = items.filter { !CheckVocabulary.proceduralItems.occurs(in: input.lowered[$0.block]) || isMinutesItem(input, $0.block) }
        guard !substantive.isEmpty else {
            if let resolved = input.firstHit(CheckVocabulary.resolutions, headings: false) {
                return .found(resolved, input.describe(resolved))
            }
            return .missing(line: nil, note: "No numbered minutes or resolutions were found.")
        }
        for item in substantive where !item.span.contains(where: { CheckVocabulary.resolutions.occurs(in: input.lowered[$0]) }) {
            return .missing(line: input.block(item.block).line, note: "Minute \(item.number) has none.")
        }
        return .found(line: substantive.first.map { input.block($0.block).line }, note: "all \(substantive.count) substantive minutes record a resolution")
    }

    /// The minutes on previous minutes are a decision too ("agreed as a correct record").
    private func isMinutesItem(_ input: CheckInput, _ b: Int) -> Bool {
        CheckVocabulary.previousMinutes.occurs(in: input.lowered[b])
    }

    /// Numbered minutes: headings or paragraphs with a number ("45. SCHOOL EXAMINATION PERFORMANCE 2019"),
    /// each spanning the blocks up to the next, in ascending order.
    private func minuteItems(_ input: CheckInput) -> [(number: Int, block: Int, span: ArraySlice<Int>)] {
        var starts: [(Int, Int, Int)] = []  // number, block, position in input.blocks
        for (position, b) in input.blocks.enumerated() {
            let block = input.block(b)
            guard block.kind == .heading || block.kind == .paragraph, let e = block.enumerator,
                  let n = AgendaItemScan.itemNumber(e), block.body.split(separator: " ").count <= 14 else { continue }
            if let last = starts.last, n != last.0 + 1 { continue }
            starts.append((n, b, position))
        }
        return starts.enumerated().map { i, start in
            let end = i + 1 < starts.count ? starts[i + 1].2 : input.blocks.count
            return (start.0, start.1, input.blocks[start.2..<end])
        }
    }
}
