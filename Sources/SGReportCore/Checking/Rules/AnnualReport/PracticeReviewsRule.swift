/// `practice-reviews` (must): child safeguarding practice reviews, rapid reviews and serious case reviews are covered.
///
/// Working Together 2018 ch. 3 para 42: the report must set out what the partners have done "including on child
/// safeguarding practice reviews"; Working Together 2015 ch. 3 (LSCB annual report): "lessons from reviews undertaken within
/// the reporting period". A section on reviews, or at least two passages in the body.
struct PracticeReviewsRule: Rule {
    let id = "practice-reviews"
    let description = "Child safeguarding practice reviews, rapid reviews and serious case reviews are covered"
    let severity = RuleSeverity.must
    let source = "Working Together 2018, ch. 3 para 42; Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "No account of child safeguarding practice reviews, rapid reviews or serious case reviews: say which were started or completed in the period (or that none were needed) and what was learned."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        TopicEvidence(titles: CheckVocabulary.reviewTitles, text: CheckVocabulary.reviews).find(in: input)
    }
}
