/// `little-progress` (should): the report analyses priorities where there has been little or no progress.
///
/// Working Together 2018 ch. 3 para 43: "an analysis of any areas where there has been little or no evidence of
/// progress on agreed priorities"; Working Together 2015 ch. 3 (LSCB annual report): "identify areas of weakness, the causes
/// of those weaknesses and the action being taken". Uses priorities rated red or amber when the priorities
/// extractor finds them, else wording such as "limited progress", "still to do", "areas for development".
struct LittleProgressRule: Rule {
    let id = "little-progress"
    let description = "Priorities with little or no progress are analysed"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 para 43; Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "No analysis of areas where there has been little or no evidence of progress on agreed priorities: say which priorities fell short, why, and what is being done."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let behind = input.document.priorities.filter { $0.scope == .current && ($0.status == .red || $0.status == .amber) }
        if let first = behind.first {
            return .found(line: first.line, note: "\(behind.count) priorit\(behind.count == 1 ? "y" : "ies") rated red or amber, e.g. \u{201C}\(first.title)\u{201D}")
        }
        return TopicEvidence(titles: [], text: CheckVocabulary.littleProgress, minBlocks: 1).find(in: input)
    }
}
