/// `review-recommendations` (should): decisions and actions on the recommendations of local and national
/// reviews are recorded.
///
/// Working Together 2018 ch. 3 para 43: "a record of decisions and actions taken by the partners in the report's
/// period (or planned to be taken) to implement the recommendations of any local and national child safeguarding
/// practice reviews, including any resulting improvements". A body passage where recommendations, action plans or
/// lessons stand with reviews.
struct ReviewRecommendationsRule: Rule {
    let id = "review-recommendations"
    let description = "Actions on the recommendations of local and national reviews are recorded"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 para 43"
    let missing = "No record of decisions and actions taken to implement the recommendations of local and national child safeguarding practice reviews, or of the improvements they led to."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let passage = input.firstHit(CheckVocabulary.recommendationWords, body: true, headings: false) { b in
            CheckVocabulary.reviewSources.occurs(in: input.lowered[b])
        }
        if let passage { return .found(passage, input.describe(passage)) }
        let summary = input.firstHit(CheckVocabulary.recommendationWords) { b in
            CheckVocabulary.reviewSources.occurs(in: input.lowered[b])
        }
        return .missing(line: summary?.line, note: summary.map { "It is only mentioned in the introduction or summary (line \($0.line))." })
    }
}
