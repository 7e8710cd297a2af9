/// `lscb-distribution` (should, LSCB reports only): the report is submitted to the Chief Executive, the Leader
/// of the Council, the police and crime commissioner and the Chair of the health and wellbeing board.
///
/// Working Together 2015 ch. 3 (LSCB annual report). Passes when at least three of the four are named.
struct LSCBDistributionRule: Rule {
    let id = "lscb-distribution"
    let description = "LSCB report: its submission to the Chief Executive, Leader, PCC and health and wellbeing board"
    let severity = RuleSeverity.should
    let source = "Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "The LSCB annual report should be submitted to the Chief Executive, the Leader of the Council, the local police and crime commissioner and the Chair of the health and wellbeing board; the report does not say so."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        guard LSCBReport.applies(to: input) else { return .notApplicable(LSCBReport.notApplicable) }
        let found = CheckVocabulary.lscbRecipients.map { input.firstHit($0.cues) }
        let named = found.compactMap { $0 }
        let absent = zip(CheckVocabulary.lscbRecipients, found).filter { $0.1 == nil }.map(\.0.name)
        if named.count >= 3, let first = named.min(by: { $0.line < $1.line }) {
            return .found(first, "\(named.count) of the 4 recipients named")
        }
        return .missing(line: named.first?.line, note: "Not named: " + absent.joined(separator: ", ") + ".")
    }
}
