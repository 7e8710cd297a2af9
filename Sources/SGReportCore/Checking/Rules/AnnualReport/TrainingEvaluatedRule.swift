/// `training-evaluated` (should): multi-agency training delivered in the year is reported, with its evaluation.
///
/// Working Together 2018 ch. 3 para 43 (impact "including training"); Working Together 2015 ch. 3 (LSCB annual report)
/// (spend on "learning events or training"). Training must be described and, in its section or the same passage,
/// evaluated (evaluation, feedback, impact on practice, confidence); plans for next year do not count.
struct TrainingEvaluatedRule: Rule {
    let id = "training-evaluated"
    let description = "Training delivered is reported with its evaluation"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 para 43; Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "Training is not reported with its evaluation: say what multi-agency training was delivered, to how many, and what its evaluation showed about the impact on practice."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        // Plans ("Areas of work for 2020-21: to embed impact evaluations") are not an evaluation done.
        let passages = input.hits(CheckVocabulary.training, body: true, headings: false) { !input.isPlan($0) }
        if let both = passages.first(where: { CheckVocabulary.trainingEvaluation.occurs(in: input.lowered[$0.block]) }) {
            return .found(both, input.describe(both))
        }
        for s in input.sections(titled: CheckVocabulary.trainingTitles, body: true) {
            let inSection = input.blocks(inSection: s).filter { !input.isPlan($0) }
            if let b = inSection.first(where: { CheckVocabulary.trainingEvaluation.occurs(in: input.lowered[$0]) }),
               let m = CheckVocabulary.trainingEvaluation.firstMatch(in: input.lowered[b]) {
                return .found(input.hit(b, offset: m.offset), input.describe(section: s) + " with its evaluation")
            }
        }
        if let section = input.sections(titled: CheckVocabulary.trainingTitles, body: true).first,
           let h = input.sectionHeadings[section] {
            return .missing(line: input.block(h).line, note: "The \(input.describe(section: section)) does not say how the training was evaluated.")
        }
        if let first = passages.first {
            return .missing(line: first.line, note: "Training is mentioned (line \(first.line)) but not its evaluation.")
        }
        return .missing(line: nil, note: nil)
    }
}
