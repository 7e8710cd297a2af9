/// `agenda-declarations` (should): the agenda has an item for declarations of interest.
///
/// Localism Act 2011 s31 (disclosable pecuniary interests must be disclosed at the meeting) and the members'
/// code of conduct; local convention places it among the first items.
struct AgendaDeclarationsRule: Rule {
    let id = "agenda-declarations"
    let description = "There is an item for declarations of interest"
    let severity = RuleSeverity.should
    let source = "Localism Act 2011 s31; local convention (standing item)"
    let missing = "No item for declarations of interest: members must disclose interests in the business at the meeting, so the agenda should invite them."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        AgendaStandingItem(cues: CheckVocabulary.declarations).find(in: input)
    }
}
