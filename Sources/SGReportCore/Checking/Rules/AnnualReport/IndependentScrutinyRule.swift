/// `independent-scrutiny` (should): the report describes the independent scrutiny of the arrangements.
///
/// Working Together 2018 ch. 3 ("Independent scrutiny"): the arrangements should include independent scrutiny
/// of their effectiveness, and the yearly report is where its findings are published; Working Together 2015
/// ch. 3: an LSCB's independent chair. A body passage or a section on independent scrutiny.
struct IndependentScrutinyRule: Rule {
    let id = "independent-scrutiny"
    let description = "Independent scrutiny of the arrangements is described"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 (independent scrutiny); Working Together 2015, ch. 3 (independent chair)"
    let missing = "No account of independent scrutiny: say who independently scrutinised the arrangements, how, and what they found."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        TopicEvidence(titles: ["independent scrutin*"], text: CheckVocabulary.independentScrutiny, minBlocks: 1).find(in: input)
    }
}
