/// `minutes-urgency` (must, when urgent business is taken): the minutes give the reasons the chair took an item
/// as urgent.
///
/// Local Government Act 1972 s100B(4)(b): an item not on the agenda may be considered only if the chair is of
/// the opinion that it should be considered as a matter of urgency "by reason of special circumstances, which
/// shall be specified in the minutes".
struct MinutesUrgencyRule: Rule {
    let id = "minutes-urgency"
    let description = "Reasons for urgency are recorded when urgent business is taken"
    let severity = RuleSeverity.must
    let source = "Local Government Act 1972 s100B(4)(b)"
    let missing = "Urgent business was taken without the special circumstances that made it urgent, which must be specified in the minutes."

    static let window = 2

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let mentions = input.hits(CheckVocabulary.urgency)
        guard let first = mentions.first else { return .notApplicable("no urgent business") }
        for mention in mentions {
            let position = input.blocks.firstIndex(of: mention.block) ?? 0
            let near = input.blocks[position..<min(input.blocks.count, position + Self.window + 1)]
            if !near.contains(where: { CheckVocabulary.urgencyReasons.occurs(in: input.lowered[$0]) }) {
                return .missing(line: mention.line, note: nil)
            }
        }
        return .found(first, "urgency with its reasons: " + input.describe(first))
    }
}
