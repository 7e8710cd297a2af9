/// `minutes-declarations` (should): declarations of interest are recorded, or an explicit statement that none
/// were made.
///
/// Localism Act 2011 s31 and the Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012:
/// interests disclosed at a meeting are recorded.
struct MinutesDeclarationsRule: Rule {
    let id = "minutes-declarations"
    let description = "Declarations of interest are recorded, or that none were made"
    let severity = RuleSeverity.should
    let source = "Localism Act 2011 s31; local convention (standing item)"
    let missing = "The minutes do not record declarations of interest: record each declaration, or state \"No interests were declared\"."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        if let none = input.firstHit(CheckVocabulary.noInterests, headings: false) {
            return .found(none, input.describe(none))
        }
        let records = input.hits(CheckVocabulary.interestRecorded, headings: false)
        if let first = records.first { return .found(first, input.describe(first)) }
        let heading = input.firstHit(CheckVocabulary.declarations)
        return .missing(line: heading?.line, note: heading.map { _ in "The item has a heading but no record under it." })
    }
}
