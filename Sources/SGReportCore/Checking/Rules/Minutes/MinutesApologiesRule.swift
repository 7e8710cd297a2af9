/// `minutes-apologies` (should): apologies for absence are recorded (or that there were none).
///
/// Local convention, following the agenda's standing item; with the members present (Schedule 12 para 40) it
/// shows who was expected and absent.
struct MinutesApologiesRule: Rule {
    let id = "minutes-apologies"
    let description = "Apologies for absence are recorded"
    let severity = RuleSeverity.should
    let source = "Local convention (standing item); Local Government Act 1972 Schedule 12 para 40"
    let missing = "Apologies for absence are not recorded: record who sent apologies (or that there were none)."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        if let meeting = input.document.meetings.first(where: { !$0.apologies.isEmpty }) {
            return .found(line: meeting.line, note: "\(meeting.apologies.count) apologies")
        }
        let records = input.hits(CheckVocabulary.apologies, headings: false)
        if let first = records.first { return .found(first, input.describe(first)) }
        let heading = input.firstHit(CheckVocabulary.apologies)
        return .missing(line: heading?.line, note: heading.map { _ in "The item has a heading but no record under it." })
    }
}
