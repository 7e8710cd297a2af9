/// `next-year-priorities` (may): the priorities for the coming year are set out.
///
/// Local convention; Working Together 2015 ch. 3 (LSCB annual report) ("other proposals for action"). Priorities with scope
/// next once the priorities extractor finds them; else a section such as "Priorities for 2020-21" or "Next
/// steps"; else a body passage where priorities stand with "next year" or the like.
struct NextYearPrioritiesRule: Rule {
    let id = "next-year-priorities"
    let description = "Next year's priorities are set out"
    let severity = RuleSeverity.may
    let source = "Local convention; Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "Next year's priorities are not set out: say what the partners will focus on in the coming year."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let next = input.document.priorities.filter { $0.scope == .next }
        if let first = next.first {
            return .found(line: first.line, note: "\(next.count) priorit\(next.count == 1 ? "y" : "ies") for the next period")
        }
        if let s = input.sections(titled: CheckVocabulary.nextYearTitles).first, let h = input.sectionHeadings[s] {
            return .found(input.hit(h), input.describe(section: s))
        }
        let passage = input.firstHit(CheckVocabulary.nextYearText, body: true) { b in
            CheckVocabulary.priorityWord.occurs(in: input.lowered[b])
        }
        if let passage { return .found(passage, input.describe(passage)) }
        return .missing(line: nil, note: nil)
    }
}
