/// `agenda-previous-minutes` (should): the agenda has an item to confirm the minutes of the previous meeting.
///
/// Local Government Act 1972 Schedule 12 para 41(1): minutes are signed at the same or "the next suitable
/// meeting" by the person presiding.
struct AgendaPreviousMinutesRule: Rule {
    let id = "agenda-previous-minutes"
    let description = "There is an item to approve the minutes of the previous meeting"
    let severity = RuleSeverity.should
    let source = "Local Government Act 1972 Schedule 12 para 41(1)"
    let missing = "No item to approve the minutes of the previous meeting as a correct record, which the chair signs at the next suitable meeting."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        AgendaStandingItem(cues: CheckVocabulary.previousMinutes).find(in: input)
    }
}
