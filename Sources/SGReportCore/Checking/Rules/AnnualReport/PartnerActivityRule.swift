/// `partner-activity` (must): the report says what the partners did under the arrangements in the year.
///
/// Working Together 2018 ch. 3 para 42: the report "must set out what they have done as a result of the
/// arrangements". Uses current priorities with progress notes when the priorities extractor finds them; else a
/// section on progress, priorities or work streams; else several passages reporting the partnership's work.
struct PartnerActivityRule: Rule {
    let id = "partner-activity"
    let description = "What the partners did under the arrangements during the year is reported"
    let severity = RuleSeverity.must
    let source = "Working Together 2018, ch. 3 para 42"
    let missing = "The report does not set out what the safeguarding partners have done as a result of the arrangements: report the year's work against each priority."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let reported = input.document.priorities.filter { $0.scope == .current && !$0.progress.isEmpty }
        if let first = reported.first {
            return .found(line: first.line, note: "progress reported on \(reported.count) current priorit\(reported.count == 1 ? "y" : "ies")")
        }
        return TopicEvidence(titles: CheckVocabulary.activityTitles, text: CheckVocabulary.activityText, minBlocks: 3)
            .find(in: input)
    }
}
