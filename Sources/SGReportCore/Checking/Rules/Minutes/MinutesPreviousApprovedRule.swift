/// `minutes-previous-approved` (should): the minutes of the previous meeting are approved as a correct record.
///
/// Local Government Act 1972 Schedule 12 para 41(1): the minutes are signed "at the same or next suitable
/// meeting" by the person presiding; the minutes of that meeting record it ("agreed as a correct record").
struct MinutesPreviousApprovedRule: Rule {
    let id = "minutes-previous-approved"
    let description = "The previous meeting's minutes are approved as a correct record"
    let severity = RuleSeverity.should
    let source = "Local Government Act 1972 Schedule 12 para 41(1)"
    let missing = "The minutes do not record that the minutes of the previous meeting were approved as a correct record and signed by the chair."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        if let record = input.firstHit(CheckVocabulary.previousApproved, headings: false) {
            return .found(record, input.describe(record))
        }
        let approved = input.firstHit(["minutes"], headings: false, where: { b in
            CheckVocabulary.approvalWords.occurs(in: input.lowered[b])
        })
        if let approved { return .found(approved, input.describe(approved)) }
        return .missing(line: input.firstHit(["minutes"], where: { $0 != input.blocks.first })?.line, note: nil)
    }
}
