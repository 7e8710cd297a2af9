/// `independent-scrutiny` (should): the report describes the independent scrutiny of the arrangements.
///
/// Working Together 2018 ch. 3 ("Independent scrutiny"): the arrangements should include independent scrutiny
/// of their effectiveness, and the yearly report is where its findings are published; Working Together 2015
/// ch. 3: an LSCB's independent chair. A section on independent scrutiny, a body passage on independent
/// scrutiny or evaluation, or an independent chair's role described with scrutiny or challenge words.
struct IndependentScrutinyRule: Rule {
    let id = "independent-scrutiny"
    let description = "Independent scrutiny of the arrangements is described"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 (independent scrutiny); Working Together 2015, ch. 3 (independent chair)"
    let missing = "No account of independent scrutiny: say who independently scrutinised the arrangements, how, and what they found."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        if let s = input.sections(titled: ["independent scrutin*"], body: true).first, let h = input.sectionHeadings[s] {
            return .found(input.hit(h), input.describe(section: s))
        }
        let scrutiny = input.firstHit(CheckVocabulary.independentScrutiny, body: true, headings: false)
            ?? input.firstHit(CheckVocabulary.independentRole, body: true, headings: false) { b in
                CheckVocabulary.scrutinyWords.occurs(in: input.lowered[b])
            }
        if let scrutiny { return .found(scrutiny, input.describe(scrutiny)) }
        let summary = input.firstHit(CheckVocabulary.independentScrutiny + CheckVocabulary.independentRole, headings: false)
        return .missing(line: summary?.line, note: summary.map { "Only a passing mention (line \($0.line))." })
    }
}
