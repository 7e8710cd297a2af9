/// `agenda-work-programme` (should, scrutiny bodies): a scrutiny committee's agenda includes its work programme.
///
/// Local Government Act 2000 s9F and the statutory guidance on overview and scrutiny (May 2019, ch. 5):
/// scrutiny committees set and keep under review a work programme.
struct AgendaWorkProgrammeRule: Rule {
    let id = "agenda-work-programme"
    let description = "A scrutiny body's agenda includes its work programme"
    let severity = RuleSeverity.should
    let source = "Local Government Act 2000 s9F; Overview and scrutiny: statutory guidance (2019)"
    let missing = "A scrutiny committee's agenda should include its work programme, so members can review and agree it."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let names = [input.report.title, input.report.organisation].compactMap { $0 }.map(CueScan.lowered)
        let scrutiny = names.contains { CheckVocabulary.scrutiny.occurs(in: $0) }
            || input.blocks.prefix(MeetingDetails.openingBlocks).contains { CheckVocabulary.scrutiny.occurs(in: input.lowered[$0]) }
        guard scrutiny else { return .notApplicable("not a scrutiny body") }
        if let item = AgendaItemScan.items(in: input).first(where: { CheckVocabulary.workProgramme.occurs(in: $0.lowered) }) {
            return .found(line: item.line, note: "item \(item.number) \u{201C}\(Quote.around(item.title, offset: 0))\u{201D}")
        }
        if let s = input.sections(titled: CheckVocabulary.workProgramme).first, let h = input.sectionHeadings[s] {
            return .found(input.hit(h), input.describe(section: s))
        }
        return .missing(line: nil, note: nil)
    }
}
