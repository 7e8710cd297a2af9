/// `lscb-spend` (should, LSCB reports only): the report details what the LSCB spent, including on child death
/// reviews, serious case reviews, learning events and training.
///
/// Working Together 2015 ch. 3 (LSCB annual report): "details of what the LSCB has spent, including on Child Death Reviews,
/// Serious Case Reviews and other specific expenditure such as learning events or training". A finance section
/// whose content names at least one such item.
struct LSCBSpendRule: Rule {
    let id = "lscb-spend"
    let description = "LSCB report: spending is itemised (child death reviews, serious case reviews, training)"
    let severity = RuleSeverity.should
    let source = "Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "The LSCB annual report should detail what the board spent, including on child death reviews, serious case reviews and training or learning events."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        guard LSCBReport.applies(to: input) else { return .notApplicable(LSCBReport.notApplicable) }
        let sections = input.sections(titled: CheckVocabulary.fundingTitles)
        for s in sections {
            if let b = input.blocks(inSection: s).first(where: {
                input.block($0).kind != .heading && CheckVocabulary.lscbSpendItems.occurs(in: input.lowered[$0])
            }) {
                return .found(input.hit(b), input.describe(section: s) + " itemises spending")
            }
        }
        if let s = sections.first, let h = input.sectionHeadings[s] {
            return .missing(line: input.block(h).line, note: "The \(input.describe(section: s)) does not itemise these.")
        }
        return .missing(line: nil, note: nil)
    }
}
