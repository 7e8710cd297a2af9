/// `funding` (should): the partners' funding and contributions are set out.
///
/// Working Together 2018 ch. 3 ("Funding"): the level of funding from each partner should be agreed and
/// "transparent to children and families in the area"; Working Together 2015 ch. 3 (LSCB annual report): the report should
/// "list the contributions made to the LSCB by partner agencies". A budget or funding section, a passage naming
/// contributions with money, or currency metrics once the metrics extractor finds them.
struct FundingRule: Rule {
    let id = "funding"
    let description = "Funding and partner contributions are set out"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 (funding); Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "The funding of the arrangements is not set out: list each partner's contribution and what was spent."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        if let s = input.sections(titled: CheckVocabulary.fundingTitles).first, let h = input.sectionHeadings[s] {
            return .found(input.hit(h), input.describe(section: s))
        }
        if let money = input.document.metrics.first(where: { $0.unit == .currency && CheckVocabulary.contributions.occurs(in: CueScan.lowered($0.text)) }) {
            return .found(line: money.line, note: "contribution of \(money.currency ?? "")\(JSONWriter.number(money.value)): \(money.label)")
        }
        let passage = input.firstHit(CheckVocabulary.contributions, body: true, headings: false) { b in
            CheckVocabulary.money.occurs(in: input.lowered[b])
        }
        if let passage { return .found(passage, input.describe(passage)) }
        return .missing(line: nil, note: nil)
    }
}
