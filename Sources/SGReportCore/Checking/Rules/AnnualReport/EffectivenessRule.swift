/// `effectiveness` (must): the report assesses how effective the arrangements have been — audits, section 11
/// audits, quality assurance.
///
/// Working Together 2018 ch. 3 para 42: "how effective these arrangements have been in practice"; Children Act
/// 2004 s14A: an LSCB reports "on the effectiveness of child safeguarding"; Working Together 2015 ch. 3 (LSCB annual report).
struct EffectivenessRule: Rule {
    let id = "effectiveness"
    let description = "The effectiveness of the arrangements is assessed (audits, section 11, assurance)"
    let severity = RuleSeverity.must
    let source = "Working Together 2018, ch. 3 para 42; Children Act 2004 s14A; Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "No assessment of how effective the arrangements have been in practice: report what multi-agency audits, section 11 audits and other assurance found."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        TopicEvidence(titles: CheckVocabulary.effectivenessTitles, text: CheckVocabulary.effectivenessText, minBlocks: 3)
            .find(in: input)
    }
}
