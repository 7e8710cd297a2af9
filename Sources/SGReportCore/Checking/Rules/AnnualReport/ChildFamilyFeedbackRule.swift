/// `child-family-feedback` (should): the report says how feedback from children and families was sought and
/// how it was used to inform the partners' work.
///
/// Working Together 2018 ch. 3 para 43: "ways in which the partners have sought and utilised feedback from
/// children and families to inform their work and influence service provision". Needs a body passage (or a
/// section on the voice of children) showing feedback sought, and in the same section wording of its use.
struct ChildFamilyFeedbackRule: Rule {
    let id = "child-family-feedback"
    let description = "How feedback from children and families was sought and used is described"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 para 43"
    let missing = "The report does not say how the partners sought and used feedback from children and families to inform their work and influence service provision."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        var sought = input.sections(titled: CheckVocabulary.feedbackTitles, body: true).compactMap { s -> (Int, [Int])? in
            guard let h = input.sectionHeadings[s] else { return nil }
            return (h, input.blocks(inSection: s))
        }
        for hit in input.hits(CheckVocabulary.feedbackSought, body: true) {
            let area = input.sectionIndex(ofBlock: hit.block).map { input.blocks(inSection: $0) } ?? [hit.block]
            sought.append((hit.block, area))
        }
        for (block, area) in sought {
            if let used = area.first(where: { CheckVocabulary.feedbackUsed.occurs(in: input.lowered[$0]) }) {
                let at = input.hit(block, offset: CheckVocabulary.feedbackSought.firstMatch(in: input.lowered[block])?.offset ?? 0)
                return .found(at, input.describe(at) + ", used (line \(input.block(used).line))")
            }
        }
        if let (block, _) = sought.first {
            return .missing(line: input.block(block).line, note: "Feedback is gathered (line \(input.block(block).line)) but the report does not say how it was used.")
        }
        let summary = input.firstHit(CheckVocabulary.feedbackSought)
        return .missing(line: summary?.line, note: summary.map { "It is only mentioned in the introduction or summary (line \($0.line))." })
    }
}
