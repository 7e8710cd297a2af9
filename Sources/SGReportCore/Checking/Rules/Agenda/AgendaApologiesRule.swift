/// `agenda-apologies` (should): the agenda has an item for apologies for absence.
///
/// Local convention: apologies are the first item of business, so that the minutes can record who sent them.
struct AgendaApologiesRule: Rule {
    let id = "agenda-apologies"
    let description = "There is an item for apologies for absence"
    let severity = RuleSeverity.should
    let source = "Local convention (standing item)"
    let missing = "No item for apologies for absence: add it as the first item of business."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        AgendaStandingItem(cues: CheckVocabulary.apologies).find(in: input)
    }
}
